// The OpenAPI 3.1 description of the REST API, served at /api/openapi.json; a test keeps it in step with the routes.

type Operation = {
  summary: string;
  /** Who may call it, in words from the permission table. */
  access: string;
  body?: Record<string, unknown>;
  /** Media type of the body when it is not JSON (e.g. an uploaded file). */
  bodyType?: string;
  /** Optional query parameters: name → meaning. */
  query?: Record<string, string>;
  ok: { status: number; description: string; schema?: Record<string, unknown> };
  errors?: number[];
};

const str = { type: 'string' } as const;
const role = { type: 'string', enum: ['viewer', 'commenter', 'editor', 'facilitator', 'admin'] } as const;
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
});

const process = obj(
  {
    id: str,
    orgId: str,
    title: str,
    description: str,
    leikaKey: str,
    tier: str,
    tags: { type: 'array', items: str },
    status: str,
    originProcessId: str,
    originVersion: { type: 'integer' },
    publishedVersion: { type: 'integer' },
    createdAt: str,
    updatedAt: str,
    role,
  },
  ['id', 'title'],
);
const invite = obj({
  id: str,
  processId: str,
  role,
  createdAt: str,
  expiresAt: str,
  maxUses: { type: 'integer' },
  uses: { type: 'integer' },
  revokedAt: { type: ['string', 'null'] },
});

const roleRates = {
  type: 'array',
  items: obj({ role: str, rate: { type: 'number', minimum: 0 } }, ['role', 'rate']),
} as const;
const hourlyRates = obj({
  orgId: str,
  mayEdit: { type: 'boolean' },
  defaultRate: { type: ['number', 'null'] },
  roles: roleRates,
  updatedAt: { type: ['string', 'null'] },
});

export const OPERATIONS: Record<string, Record<string, Operation>> = {
  '/api/setup': {
    get: {
      summary: 'Whether first-run setup is still needed',
      access: 'anyone',
      ok: { status: 200, description: '{ needed }' },
    },
    post: {
      summary: 'Create the first municipality and its admin with the one-time setup token',
      access: 'holder of the setup token printed on first start',
      body: obj({ token: str, orgName: str, email: str, name: str, password: str }, [
        'token',
        'orgName',
        'email',
        'name',
        'password',
      ]),
      ok: { status: 201, description: 'Signed in as the new admin' },
      errors: [400, 403],
    },
  },
  '/api/auth/login': {
    post: {
      summary: 'Sign in; sets the session cookie',
      access: 'anyone (rate-limited per address and account)',
      body: obj({ email: str, password: str }, ['email', 'password']),
      ok: { status: 200, description: 'The signed-in user and their municipalities' },
      errors: [400, 401, 429],
    },
  },
  '/api/auth/logout': {
    post: { summary: 'Sign out', access: 'anyone', ok: { status: 204, description: 'Session ended' } },
  },
  '/api/auth/session': {
    get: {
      summary: 'Who am I',
      access: 'signed-in user or guest',
      ok: { status: 200, description: 'User or guest' },
      errors: [401],
    },
  },
  '/api/orgs': {
    get: {
      summary: 'My municipalities and my role in each',
      access: 'signed-in user',
      ok: { status: 200, description: '{ orgs }' },
      errors: [401, 403],
    },
  },
  '/api/orgs/{orgId}/processes/import': {
    post: {
      summary:
        'Import a BPMN 2.0 file (the XML as the body, at most 5 MiB) as a new process of the municipality; ' +
        'answers the process and a report of what could not be mapped',
      access: 'editor of the municipality',
      body: { type: 'string', description: 'BPMN 2.0 XML' },
      bodyType: 'application/xml',
      query: {
        title: 'title of the new process (default: the name in the file, else the file name)',
        fileName: 'name of the uploaded file, used as the title when the file names no process',
      },
      ok: {
        status: 201,
        description:
          'The new process with report { nodes, edges, lanes, unsupported, warnings, notes }: warnings are German sentences, notes the same as { code, params } for other languages',
        schema: process,
      },
      errors: [400, 401, 403, 404, 413, 422],
    },
  },
  '/api/orgs/{orgId}/members': {
    get: {
      summary: 'Members of a municipality',
      access: 'admin of the municipality',
      ok: { status: 200, description: '{ members }' },
      errors: [401, 403, 404],
    },
    put: {
      summary:
        'Add a member (creating the user if the email is new) or change their role; `password` only sets the password of a new user, never of an existing one',
      access: 'admin of the municipality',
      body: obj({ email: str, name: str, role, password: str }, ['email', 'role']),
      ok: { status: 201, description: '{ id } (200 when the user existed)' },
      errors: [400, 401, 403, 404],
    },
  },
  '/api/orgs/{orgId}/members/{userId}': {
    delete: {
      summary: 'Remove a membership',
      access: 'admin of the municipality',
      ok: { status: 204, description: 'Removed' },
      errors: [401, 403, 404],
    },
  },
  '/api/orgs/{orgId}/hourly-rates': {
    get: {
      summary: "The municipality's hourly staff rates (euros) for staff cost metrics",
      access: 'member of the municipality',
      ok: { status: 200, description: 'the rates', schema: hourlyRates },
      errors: [401, 403, 404],
    },
    put: {
      summary:
        'Replace the hourly rates: a default rate (or null) and one rate per role name; with `basedOn` (the ' +
        '`updatedAt` the editor started from) a save over newer rates is refused with 409 `rates-changed`',
      access: 'admin of the municipality',
      body: obj(
        {
          basedOn: { type: ['string', 'null'] },
          defaultRate: { type: ['number', 'null'], minimum: 0 },
          roles: roleRates,
        },
        ['defaultRate', 'roles'],
      ),
      ok: { status: 200, description: 'the saved rates', schema: hourlyRates },
      errors: [400, 401, 403, 404, 409],
    },
  },
  '/api/processes/{id}/map': {
    get: {
      summary:
        'The process map as JSON (?version=live|published|n; default: live for members, else the published version)',
      access: 'viewer of the process; any signed-in user for its published version',
      query: {
        version:
          '`live`, `published` or a version number (default: live for members, else the published version)',
      },
      ok: { status: 200, description: '{ process (with orgName, role), version, map }' },
      errors: [400, 401, 404, 409],
    },
  },
  '/api/processes/{id}/hourly-rates': {
    get: {
      summary: "The hourly rates of the process's municipality, for its staff cost",
      access: 'anyone who may read the process map',
      ok: { status: 200, description: 'the rates with orgName', schema: hourlyRates },
      errors: [401, 404],
    },
  },
  '/api/processes': {
    get: {
      summary: 'Processes of my municipalities',
      access: 'signed-in user',
      ok: { status: 200, description: '{ processes }' },
      errors: [401, 403],
    },
    post: {
      summary: 'Create a process in a municipality',
      access: 'editor or above in that municipality',
      body: obj({ title: str, orgId: str }, ['title']),
      ok: { status: 201, description: 'The new process', schema: process },
      errors: [400, 401, 403],
    },
  },
  '/api/processes/{id}': {
    get: {
      summary: 'A process with the caller’s role',
      access: 'anyone who may see the process',
      ok: { status: 200, description: 'Process', schema: process },
      errors: [401, 404],
    },
    patch: {
      summary: 'Edit process metadata: title, description, LeiKa key, FIM tier, tags, status draft/workshop',
      access: 'editor or above',
      body: obj({
        title: str,
        description: str,
        leikaKey: str,
        tier: { type: 'string', enum: ['stamm', 'referenz', 'lokal'] },
        tags: { type: 'array', items: str },
        status: { type: 'string', enum: ['draft', 'workshop'] },
      }),
      ok: { status: 200, description: 'The process', schema: process },
      errors: [400, 401, 403, 404],
    },
  },
  '/api/processes/{id}/invites': {
    get: {
      summary: 'Invite links of a process',
      access: 'facilitator or admin',
      ok: { status: 200, description: '{ invites }' },
      errors: [401, 403, 404],
    },
    post: {
      summary: 'Create a workshop invite link (the token is shown only here)',
      access: 'facilitator or admin',
      body: obj(
        {
          role: { type: 'string', enum: ['editor', 'commenter', 'viewer'] },
          expiresInHours: { type: 'integer' },
          maxUses: { type: 'integer' },
        },
        ['role'],
      ),
      ok: { status: 201, description: 'Invite with token and url', schema: invite },
      errors: [400, 401, 403, 404],
    },
  },
  '/api/invites/{inviteId}': {
    delete: {
      summary: 'Revoke an invite link; its guests lose access at once',
      access: 'facilitator or admin of the process',
      ok: { status: 204, description: 'Revoked' },
      errors: [401, 403, 404],
    },
  },
  '/api/invites/by-token/{token}': {
    get: {
      summary: 'What an invite link opens (for the join page)',
      access: 'holder of the link',
      ok: { status: 200, description: 'Process title, municipality, role' },
      errors: [404, 410],
    },
  },
  '/api/invites/by-token/{token}/join': {
    post: {
      summary: 'Join a workshop as a guest; sets the session cookie',
      access: 'holder of a valid link',
      body: obj({ name: str }, ['name']),
      ok: { status: 201, description: '{ processId, role, name }' },
      errors: [400, 404, 410],
    },
  },
  '/api/tokens': {
    post: {
      summary: 'Create a personal access token for scripts',
      access: 'signed-in user',
      body: obj({ label: str }),
      ok: { status: 201, description: '{ id, token }' },
      errors: [401, 403],
    },
  },
  '/api/tokens/revoke': {
    post: {
      summary: 'Revoke one of my access tokens',
      access: 'owner of the token',
      body: obj({ token: str }, ['token']),
      ok: { status: 204, description: 'Revoked' },
      errors: [401, 403, 404],
    },
  },
  '/api/library': {
    get: {
      summary: 'Search the process library: own municipalities’ processes and every published process',
      access: 'signed-in user',
      ok: {
        status: 200,
        description: '{ processes } — query: q (words, also parts of compounds), org, status, tier, tag',
      },
      errors: [400, 401, 403],
    },
  },
  '/api/processes/{id}/lineage': {
    get: {
      summary: 'Origin and variants of a process',
      access: 'anyone who may see the process',
      ok: { status: 200, description: '{ origin, variants }' },
      errors: [401, 404],
    },
  },
  '/api/processes/{id}/versions': {
    get: {
      summary: 'Frozen versions of a process',
      access: 'anyone who may see the process',
      ok: { status: 200, description: '{ versions }' },
      errors: [401, 404],
    },
    post: {
      summary: 'Freeze the current map and discussion as the next version; the process becomes agreed',
      access: 'facilitator or admin',
      body: obj(
        { name: str, note: str, agreedBy: { type: 'array', items: obj({ name: str, org: str }, ['name']) } },
        ['name'],
      ),
      ok: { status: 201, description: 'Version metadata with its SHA-256' },
      errors: [400, 401, 403, 404],
    },
  },
  '/api/processes/{id}/versions/{version}': {
    get: {
      summary: 'One version, verified against its SHA-256 (a tampered version answers 409 snapshot-tampered)',
      access: 'anyone who may see the process; every signed-in user for the published version',
      ok: { status: 200, description: 'Metadata, map and discussion' },
      errors: [401, 404, 409],
    },
  },
  '/api/processes/{id}/versions/{version}/restore': {
    post: {
      summary: 'Restore a version into the live map as one new change',
      access: 'facilitator or admin',
      ok: { status: 200, description: '{ restoredVersion }' },
      errors: [401, 403, 404, 409],
    },
  },
  '/api/processes/{id}/versions/{version}/publish': {
    post: {
      summary: 'Publish a version to the shared library of all municipalities',
      access: 'facilitator or admin',
      ok: { status: 200, description: 'The process' },
      errors: [401, 403, 404, 409],
    },
  },
  '/api/processes/{id}/versions/{version}/adopt': {
    post: {
      summary: 'Adopt a version as a new process of another municipality, remembering its origin',
      access: 'editor of the target municipality who may read the version',
      body: obj({ orgId: str, title: str }, ['orgId']),
      ok: { status: 201, description: 'The new process', schema: process },
      errors: [400, 401, 403, 404, 409],
    },
  },
  '/api/processes/{id}/compare': {
    get: {
      summary: 'Compare two versions, or a version with the live map (from/to: a version number or "live")',
      access: 'anyone who may see the process',
      ok: { status: 200, description: '{ before, after, diff }' },
      errors: [400, 401, 404, 409],
    },
  },
  '/api/processes/{id}/compare-origin': {
    get: {
      summary: 'Compare a variant with the published version of its origin',
      access: 'anyone who may see the process',
      ok: { status: 200, description: '{ origin, before, after, diff }' },
      errors: [400, 401, 404],
    },
  },
  '/api/processes/{id}/visits': {
    post: {
      summary: 'Mark the process as seen now; returns the previous visit and what was new since then',
      access: 'anyone who may see the process',
      ok: { status: 200, description: '{ lastSeenAt, unread: { unreadThreads, unreadComments, mentions } }' },
      errors: [401, 404],
    },
  },
  '/api/processes/{id}/people': {
    get: {
      summary: "People who can be @mentioned: the members of the process's municipality (names, no e-mail)",
      access: 'commenter or higher on the process',
      ok: { status: 200, description: '{ people: [{ id, name, org }] }, sorted by name' },
      errors: [401, 403, 404],
    },
  },
  '/api/processes/{id}/unread': {
    get: {
      summary: 'Unread threads, comments and mentions since my last visit',
      access: 'anyone who may see the process',
      ok: { status: 200, description: '{ lastSeenAt, unreadThreads, unreadComments, mentions }' },
      errors: [401, 404],
    },
  },
  '/api/unread': {
    get: {
      summary: 'Processes of my municipalities with unread threads or mentions',
      access: 'signed-in user',
      ok: {
        status: 200,
        description: '{ processes: [{ processId, unreadThreads, unreadComments, mentions }] }',
      },
      errors: [401, 403],
    },
  },
  '/api/processes/{id}/decision-log': {
    get: {
      summary: 'Decision log: resolved threads with their decisions, as Markdown',
      access: 'anyone who may see the process',
      ok: {
        status: 200,
        description: 'text/markdown, as an attachment (Content-Disposition) named after the process',
      },
      errors: [401, 404],
    },
  },
  '/api/processes/{id}/versions/{version}/discussion': {
    get: {
      summary:
        'The threads of a version as they were when it was frozen, each flagged orphaned if its element was not in that map',
      access: 'anyone who may read the version',
      ok: { status: 200, description: '{ processId, version, threads }' },
      errors: [400, 401, 404, 409],
    },
  },
  '/api/processes/{id}/versions/{version}/decision-log': {
    get: {
      summary: 'Decision log of a version: the threads resolved when it was frozen, as Markdown',
      access: 'anyone who may read the version',
      ok: { status: 200, description: 'text/markdown, as an attachment named after the process and version' },
      errors: [400, 401, 404, 409],
    },
  },
  '/api/openapi.json': {
    get: { summary: 'This document', access: 'anyone', ok: { status: 200, description: 'OpenAPI 3.1' } },
  },
};

const problem = obj({ type: str, title: str, status: { type: 'integer' }, code: str, detail: str }, [
  'type',
  'title',
  'status',
  'code',
]);

export function openApiDocument(): Record<string, unknown> {
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, methods]) => [
      path,
      Object.fromEntries(
        Object.entries(methods).map(([method, op]) => [
          method,
          {
            summary: op.summary,
            description: `Access: ${op.access}.`,
            parameters: [
              ...[...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
                name: m[1],
                in: 'path',
                required: true,
                schema: str,
              })),
              ...Object.entries(op.query ?? {}).map(([name, description]) => ({
                name,
                in: 'query',
                required: false,
                description,
                schema: str,
              })),
            ],
            ...(op.body
              ? {
                  requestBody: {
                    required: true,
                    content: { [op.bodyType ?? 'application/json']: { schema: op.body } },
                  },
                }
              : {}),
            responses: {
              [op.ok.status]: {
                description: op.ok.description,
                ...(op.ok.schema ? { content: { 'application/json': { schema: op.ok.schema } } } : {}),
              },
              ...Object.fromEntries(
                (op.errors ?? []).map((status) => [
                  status,
                  {
                    description: 'Problem details',
                    content: {
                      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
                    },
                  },
                ]),
              ),
            },
          },
        ]),
      ),
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Prozesswerk API',
      version: '0.1.0',
      description:
        'REST API of Prozesswerk. Authenticate with the session cookie (browsers) or `Authorization: Bearer <token>`. ' +
        'Live documents sync over the y-websocket protocol at `/sync/{processId}/{map|discussion|session}` ' +
        '(`?token=` for scripts, `?ack=1` for saved acknowledgements). Errors are RFC 9457 problem details with a stable `code`.',
    },
    paths,
    components: {
      schemas: { Problem: problem },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'pw_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
    },
    security: [{ session: [] }, { token: [] }],
  };
}
