// How the people of a version are written: "Name (Kommune)", or the municipality alone when the publisher shared no names.
import type { TFunction } from 'i18next';
import type { Person } from './api.ts';

export function personLabel(t: TFunction, person: Person): string {
  if (!person.name) return person.org || t('versions.someone');
  return person.org ? `${person.name} (${person.org})` : person.name;
}

export function peopleLabel(t: TFunction, people: readonly Person[]): string {
  return people.map((person) => personLabel(t, person)).join(', ');
}
