// Demo data for `npm start -- --demo`: two municipalities, their people, and two variants of a real process.
import * as Y from 'yjs';
import { roomName } from '@prozesswerk/protocol';
import { addMember, createOrg } from '../auth/accounts.ts';
import { newRecordId } from '../ids.ts';
import type { Store } from '../store/store.ts';
import { buildGewerbeanmeldung } from './gewerbeanmeldung.ts';

export const DEMO_PASSWORD = 'prozesswerk-demo';

export const DEMO_PEOPLE = [
  { email: 'anna.admin@kehl.example', name: 'Anna Albrecht', town: 'kehl', role: 'admin' },
  { email: 'fritz.moderation@kehl.example', name: 'Fritz Fischer', town: 'kehl', role: 'facilitator' },
  { email: 'eva.bearbeitung@kehl.example', name: 'Eva Engel', town: 'kehl', role: 'editor' },
  { email: 'otto.admin@offenburg.example', name: 'Otto Ortlieb', town: 'offenburg', role: 'admin' },
  { email: 'kim.kommentar@offenburg.example', name: 'Kim Keller', town: 'offenburg', role: 'commenter' },
] as const;

// Hourly staff rates in the range of the KGSt cost tables; applicants' own time costs the town nothing.
export const DEMO_HOURLY_RATES = {
  kehl: {
    defaultRate: 56,
    roles: [
      { role: 'Sachbearbeitung Bürgerbüro', rate: 54 },
      { role: 'Sachbearbeitung Gewerbeamt', rate: 61 },
      { role: 'Antragsteller/in', rate: 0 },
    ],
  },
  offenburg: {
    defaultRate: 58,
    roles: [
      { role: 'Sachbearbeitung Bürgerbüro', rate: 56 },
      { role: 'Sachbearbeitung Gewerbeamt', rate: 63 },
      { role: 'Antragsteller/in', rate: 0 },
    ],
  },
} as const;

export type DemoResult = {
  seeded: boolean;
  people: readonly { email: string; name: string; role: string }[];
};

/** Seeds the demo once into an empty database; a database that already has accounts is left alone. */
export async function seedDemo(store: Store): Promise<DemoResult> {
  if ((await store.countUsers()) > 0) return { seeded: false, people: DEMO_PEOPLE };
  const towns = {
    kehl: await createOrg(store, 'Stadt Kehl'),
    offenburg: await createOrg(store, 'Stadt Offenburg'),
  };
  for (const person of DEMO_PEOPLE) {
    await addMember(store, { ...person, orgId: towns[person.town].id, password: DEMO_PASSWORD });
  }
  for (const town of ['kehl', 'offenburg'] as const) {
    await store.setHourlyRates(towns[town].id, DEMO_HOURLY_RATES[town], new Date().toISOString());
  }
  for (const town of ['kehl', 'offenburg'] as const) {
    const id = newRecordId();
    await store.createProcess({ id, title: 'Gewerbeanmeldung', orgId: towns[town].id });
    const update = Y.encodeStateAsUpdate(buildGewerbeanmeldung(town));
    await store.appendUpdates([{ room: roomName(id, 'map'), update }]);
  }
  return { seeded: true, people: DEMO_PEOPLE };
}
