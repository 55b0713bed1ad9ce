// Who was signed in at the server's last answer, kept in this browser so the editor opens offline; forgotten on sign-out.
import type { Person } from '@prozesswerk/process-model';
import type { Identity } from './identity.ts';
import { colourForName } from './identity.ts';

const KEY = 'prozesswerk.signedIn';

type Remembered = { name: string; municipality: string; municipalityDeclared?: boolean; person?: Person };

function read(): Remembered | undefined {
  const raw = localStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<Remembered>;
    if (typeof parsed.name !== 'string' || !parsed.name.trim()) return undefined;
    const person =
      parsed.person && typeof parsed.person.id === 'string' && typeof parsed.person.name === 'string'
        ? parsed.person
        : undefined;
    const base = {
      name: parsed.name,
      municipality: typeof parsed.municipality === 'string' ? parsed.municipality : '',
      municipalityDeclared: parsed.municipalityDeclared === true,
    };
    return person ? { ...base, person } : base;
  } catch (error) {
    console.warn('Ignoring an unreadable remembered sign-in', error);
    return undefined;
  }
}

/** After the server said who is signed in: remembered for opening the editor without network. */
export function rememberSignedIn(identity: Identity): void {
  const known = read();
  const person = known?.name === identity.name ? known.person : undefined;
  const entry: Remembered = {
    name: identity.name,
    municipality: identity.municipality,
    municipalityDeclared: identity.municipalityDeclared === true,
  };
  localStorage.setItem(KEY, JSON.stringify(person ? { ...entry, person } : entry));
}

/** After the server said who the person is for authorship (account or guest id). */
export function rememberPerson(person: Person): void {
  const known = read();
  if (known?.name === person.name) localStorage.setItem(KEY, JSON.stringify({ ...known, person }));
}

export function recallSignedIn(): Identity | undefined {
  const known = read();
  return known && { ...known, colour: colourForName(known.name) };
}

export function recallPerson(name: string): Person | undefined {
  const known = read();
  return known?.name === name ? known.person : undefined;
}

/** Nobody is signed in any more (signed out here, or the server no longer knows the session). */
export function forgetSignedIn(): void {
  localStorage.removeItem(KEY);
}
