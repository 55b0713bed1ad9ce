// Query keys that more than one feature reads, so that a change made in one refreshes what the others show.
export const sharedKeys = {
  myOrgs: ['my-orgs'] as const,
  process: (processId: string) => ['process', processId] as const,
  // Under 'session', so that whatever invalidates the session (a role changed, signed in) refreshes these too.
  accountMenu: ['session', 'account-menu'] as const,
  sessionBody: ['session', 'body'] as const,
  person: (name: string) => ['session', 'person', name] as const,
  rates: (processId: string) => ['process', processId, 'rates'] as const,
  map: (processId: string, version: unknown) => ['process', processId, 'map', version] as const,
};
