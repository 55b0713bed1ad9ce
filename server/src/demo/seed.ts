// Demo data for `npm start -- --demo`: two municipalities, their people, and two published variants of a real process.
import * as Y from 'yjs';
import { createProcessDoc } from '@prozesswerk/process-model';
import { roomName } from '@prozesswerk/protocol';
import { addMember, createOrg } from '../auth/accounts.ts';
import { newRecordId } from '../ids.ts';
import type { AgreedBy, Store } from '../store/store.ts';
import { buildKehlDiscussion } from './discussion.ts';
import { writeGewerbeanmeldung } from './gewerbeanmeldung.ts';
import { freezeAndPublish } from './publish.ts';

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

type Town = 'kehl' | 'offenburg';
type Member = { id: string; name: string };

// Shown in the library and on the process sheet; LeiKa 99050012104000 is "Gewerbe Anmeldung".
const PROCESS_META = {
  kehl: {
    description:
      'Anmeldung eines stehenden Gewerbes nach § 14 GewO: Papierformular und Abgabe im Bürgerbüro.',
    tags: ['Gewerbe', 'Bürgerbüro'],
  },
  offenburg: {
    description: 'Anmeldung eines stehenden Gewerbes nach § 14 GewO: Online-Antrag über service-bw.',
    tags: ['Gewerbe', 'Bürgerbüro', 'Onlinedienst'],
  },
} as const;

// The version each town agreed on and shares in the library, so either can compare its variant with the other's.
const AGREED_VERSIONS: Record<Town, { name: string; note: string; by: string; agreedBy: AgreedBy[] }> = {
  kehl: {
    name: 'Ist-Ablauf, abgestimmt im Workshop',
    note: 'Bürgerbüro und Gewerbeamt haben den heutigen Ablauf gemeinsam aufgenommen.',
    by: 'Fritz Fischer',
    agreedBy: [
      { name: 'Anna Albrecht', org: 'Stadt Kehl' },
      { name: 'Fritz Fischer', org: 'Stadt Kehl' },
      { name: 'Eva Engel', org: 'Stadt Kehl' },
      { name: 'Martina Vogt', org: 'Stadt Kehl, Gewerbeamt' },
    ],
  },
  offenburg: {
    name: 'Online-Antrag über service-bw',
    note: 'Seit der Umstellung auf den Online-Antrag; Nachweise werden im Gewerbeamt geprüft.',
    by: 'Otto Ortlieb',
    agreedBy: [
      { name: 'Otto Ortlieb', org: 'Stadt Offenburg' },
      { name: 'Kim Keller', org: 'Stadt Offenburg' },
      { name: 'Julia Brandt', org: 'Stadt Offenburg, Stabsstelle Digitalisierung' },
      { name: 'Peter Huber', org: 'IHK Südlicher Oberrhein' },
    ],
  },
};

/** Seeds the demo once into an empty database; a database that already has accounts is left alone. */
export async function seedDemo(store: Store): Promise<DemoResult> {
  if ((await store.countUsers()) > 0) return { seeded: false, people: DEMO_PEOPLE };
  const towns = {
    kehl: { ...(await createOrg(store, 'Stadt Kehl')), name: 'Stadt Kehl' },
    offenburg: { ...(await createOrg(store, 'Stadt Offenburg')), name: 'Stadt Offenburg' },
  };
  const members = new Map<string, Member>();
  for (const person of DEMO_PEOPLE) {
    const { id } = await addMember(store, {
      ...person,
      orgId: towns[person.town].id,
      password: DEMO_PASSWORD,
    });
    members.set(person.name, { id, name: person.name });
  }
  const member = (name: string): Member => {
    const found = members.get(name);
    if (!found) throw new Error(`The demo has nobody called ${name}`);
    return found;
  };
  for (const town of ['kehl', 'offenburg'] as const) {
    await store.setHourlyRates(towns[town].id, DEMO_HOURLY_RATES[town], new Date().toISOString());
  }
  for (const town of ['kehl', 'offenburg'] as const) {
    const id = newRecordId();
    await store.createProcess({
      id,
      title: 'Gewerbeanmeldung',
      orgId: towns[town].id,
      leikaKey: '99050012104000',
      tier: 'lokal',
      ...PROCESS_META[town],
      tags: [...PROCESS_META[town].tags],
    });
    const map = createProcessDoc();
    const steps = writeGewerbeanmeldung(map, town);
    const rooms = [{ room: roomName(id, 'map'), update: Y.encodeStateAsUpdate(map) }];
    if (town === 'kehl') {
      const person = (name: string) => ({ ...member(name), org: towns.kehl.name });
      const people = {
        anna: person('Anna Albrecht'),
        fritz: person('Fritz Fischer'),
        eva: person('Eva Engel'),
      };
      const discussion = buildKehlDiscussion(steps, people);
      rooms.push({ room: roomName(id, 'discussion'), update: Y.encodeStateAsUpdate(discussion) });
    }
    await store.appendUpdates(rooms);
    const { by, ...version } = AGREED_VERSIONS[town];
    await freezeAndPublish(store, id, version, member(by));
  }
  return { seeded: true, people: DEMO_PEOPLE };
}
