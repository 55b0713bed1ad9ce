// @prozesswerk/contract — the REST contract: zod schemas of every request and response, and the operations that
// use them. The server validates with them and generates /api/openapi.json from them; the client takes its types.
export * from './problem.ts';
export * from './operation.ts';
export * from './common.ts';
export * from './auth.ts';
export * from './processes.ts';
export * from './upstream.ts';
export * from './orgs.ts';
export * from './members.ts';
export * from './people.ts';
export * from './invites.ts';
export * from './maps.ts';
export * from './versions.ts';
export * from './discussion.ts';
export * from './analysis.ts';
export * from './comparison.ts';
export * from './interchange.ts';
export * from './api-document.ts';
export * from './operations.ts';
