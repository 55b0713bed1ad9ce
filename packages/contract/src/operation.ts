// An operation of the REST API as plain data: method, path, request and response schemas, and who may call it.
// The server registers these with @hono/zod-openapi; the client and the tests read the same objects.
import type { z } from 'zod';
import type { Role } from '@prozesswerk/protocol';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Who may call an operation, in the words of the permission table. Published as `x-access` in the OpenAPI
 * document; the REST permission test holds the server to it for every persona.
 */
export type Access =
  | { scope: 'anyone' }
  /** A member or a workshop guest. */
  | { scope: 'signed-in' }
  /** A member account; workshop guests are refused. */
  | { scope: 'user' }
  /** At least `min` in the municipality named in the path (or, with `orgIn: 'body'`, in the body). */
  | { scope: 'org'; min: Role; orgIn?: 'body' }
  /** At least `min` on the process in the path. */
  | { scope: 'process'; min: Role }
  /** Whoever may see the process; every member of any municipality for its published version. */
  | { scope: 'version' }
  /** Whoever holds the one-time link's token (workshop invite, member invitation, password reset). */
  | { scope: 'link' }
  /** Whoever holds the one-time setup token printed on first start. */
  | { scope: 'setup-token' }
  /**
   * About the person in the path: `self-or-admin` the person themselves or an admin of one of their municipalities,
   * `admin-of-all` an admin of every one of them. Anyone else: 404, as for an unknown person.
   */
  | { scope: 'person'; min: 'self-or-admin' | 'admin-of-all' };

export type Content = { [mediaType: string]: { schema: z.ZodType } };
export type ResponseSpec = { description: string; content?: Content };

export type OperationSpec = {
  method: Method;
  /** The full path, with `{name}` for path parameters. */
  path: `/api/${string}`;
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  'x-access': Access;
  security?: Record<string, string[]>[];
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    body?: { required: boolean; description?: string; content: Content };
  };
  responses: { [status: number]: ResponseSpec };
};

/** An operation, with its access appended to the description in words. */
export function defineOperation<T extends OperationSpec>(operation: T): T {
  const access = `Access: ${describeAccess(operation['x-access'])}.`;
  return {
    ...operation,
    description: operation.description ? `${operation.description}\n\n${access}` : access,
  };
}

export function describeAccess(access: Access): string {
  switch (access.scope) {
    case 'anyone':
      return 'anyone';
    case 'signed-in':
      return 'a signed-in member or workshop guest';
    case 'user':
      return 'a signed-in member (not a workshop guest)';
    case 'org':
      return `${access.min} or higher in the municipality ${access.orgIn === 'body' ? 'named in the body' : 'in the path'}`;
    case 'process':
      return `${access.min} or higher on the process`;
    case 'version':
      return 'whoever may see the process; every member of any municipality for its published version';
    case 'link':
      return 'whoever holds the link (its token is in the path)';
    case 'setup-token':
      return 'whoever holds the one-time setup token printed on first start';
    case 'person':
      return access.min === 'self-or-admin'
        ? 'the person themselves, or an admin of one of their municipalities'
        : 'an admin of every municipality the person belongs to (or the operator, by CLI)';
  }
}

export const jsonContent = <S extends z.ZodType>(schema: S) => ({ 'application/json': { schema } });

/** A required JSON request body. */
export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  required: true as const,
  content: jsonContent(schema),
});

/** A JSON request body that may be left out: the handler then gets `{}` (no defaults applied). */
export const optionalJsonBody = <S extends z.ZodType>(schema: S) => ({
  required: false as const,
  content: jsonContent(schema),
});

/** A JSON response. */
export const jsonResponse = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: jsonContent(schema),
});

/** The path of an operation with its parameters filled in (encoded). */
export function pathOf(
  operation: Pick<OperationSpec, 'path'>,
  params: Record<string, string | number> = {},
): string {
  return operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${operation.path}: missing path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
}
