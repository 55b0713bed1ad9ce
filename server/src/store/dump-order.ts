// Puts a dump in one canonical order (by key, code unit by code unit), whichever database produced it.
import { NO_CONSENT } from './publication-consent.ts';
import type { Publication, StoreDump } from './store.ts';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function by<T>(key: (item: T) => string): (items: T[]) => T[] {
  return (items) => [...items].sort((x, y) => compare(key(x), key(y)));
}

export function orderDump(dump: StoreDump): StoreDump {
  return {
    orgs: by<StoreDump['orgs'][number]>((o) => o.id)(dump.orgs),
    users: by<StoreDump['users'][number]>((u) => u.id)(dump.users),
    memberships: by<StoreDump['memberships'][number]>((m) => `${m.userId}\u0000${m.orgId}`)(dump.memberships),
    processes: by<StoreDump['processes'][number]>((p) => p.id)(dump.processes),
    docs: by<StoreDump['docs'][number]>((d) => d.room)(dump.docs),
    snapshots: by<StoreDump['snapshots'][number]>(
      (s) => `${s.processId}\u0000${String(s.version).padStart(10, '0')}`,
    )(dump.snapshots),
    accessTokens: by<StoreDump['accessTokens'][number]>((t) => t.id)(dump.accessTokens),
    invites: by<StoreDump['invites'][number]>((i) => i.id)(dump.invites),
    guests: by<StoreDump['guests'][number]>((g) => g.id)(dump.guests),
    hourlyRates: by<NonNullable<StoreDump['hourlyRates']>[number]>((r) => r.orgId)(dump.hourlyRates ?? []),
    publications: by<Publication>((p) => p.processId)(dump.publications ?? []),
  };
}

/** A dump's publications; exports made before they existed use the published processes' metadata instead. */
export function publicationsOf(dump: StoreDump): Publication[] {
  if (dump.publications) return dump.publications;
  return dump.processes.flatMap((p) =>
    p.publishedVersion === null
      ? []
      : [
          {
            processId: p.id,
            version: p.publishedVersion,
            title: p.title,
            description: p.description,
            leikaKey: p.leikaKey,
            tier: p.tier,
            tags: p.tags,
            publishedAt: p.updatedAt,
            consent: NO_CONSENT,
          },
        ],
  );
}
