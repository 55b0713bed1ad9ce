// @prozesswerk/protocol — names, roles, permissions, messages and close codes shared by client and server.
export * from './channels.ts';
export * from './roles.ts';
export * from './messages.ts';
export * from './close-codes.ts';
export * from './session-doc.ts';
export * from './refusals.ts';
export * from './awareness.ts';
