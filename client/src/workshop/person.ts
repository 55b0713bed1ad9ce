// Who acts in the workshop: this browser's user as the session document records them.
import type { Person } from '@prozesswerk/process-model';
import type { Identity } from '../shared/identity.ts';

// The map awareness client id tells this browser tab apart from everyone else, including same-named people.
export function workshopPerson(identity: Identity, clientId: number): Person {
  const person: Person = { id: `client-${clientId}`, name: identity.name };
  if (identity.municipality) person.org = identity.municipality;
  return person;
}
