import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  computeMetrics,
  readDiscussion,
  validateProcessMap,
  type ProcessMap,
  type ProcessMetrics,
} from '@prozesswerk/process-model';
import { readStoredDoc } from '../library/stored-docs.ts';
import { loadVerifiedVersion } from '../library/versions.ts';
import { createSqliteStore } from '../store/sqlite/index.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import { seedDemo } from './seed.ts';

// The demo processes as the library lists them to a member of Stadt Kehl.
async function libraryForKehl(store: Store): Promise<ProcessRecord[]> {
  return store.searchLibrary({ memberOrgIds: [await orgId(store, 'Stadt Kehl')], includePublished: true });
}

async function orgId(store: Store, name: string): Promise<string> {
  return (await store.listOrgs()).find((org) => org.name === name)?.id ?? '';
}

// The same rates as the metrics panel uses: per role, else the municipality's default.
async function metricsOf(store: Store, process: ProcessRecord, map: ProcessMap): Promise<ProcessMetrics> {
  const rates = await store.getHourlyRates(process.orgId ?? '');
  return computeMetrics(map, {
    hourlyRates: Object.fromEntries(rates.roles.map(({ role, rate }) => [role, rate])),
    ...(rates.defaultRate === null ? {} : { defaultHourlyRate: rates.defaultRate }),
  });
}

async function publishedMap(store: Store, process: ProcessRecord): Promise<ProcessMap> {
  const loaded = await loadVerifiedVersion(store, process.id, process.publishedVersion ?? 0);
  loaded.mapDoc.destroy();
  return loaded.map;
}

describe('demo data', () => {
  let store: Store;
  beforeEach(() => {
    store = createSqliteStore({ dataDir: ':memory:' });
  });
  afterEach(() => store.close());

  it('seeds two municipalities with one Gewerbeanmeldung each, and a second run adds nothing', async () => {
    expect((await seedDemo(store)).seeded).toBe(true);
    expect((await seedDemo(store)).seeded).toBe(false);
    const orgs = await store.listOrgs();
    expect(orgs.map((o) => o.name)).toEqual(['Stadt Kehl', 'Stadt Offenburg']);
    expect(await store.countUsers()).toBe(5);
    for (const org of orgs) {
      const processes = await store.listProcesses([org.id]);
      expect(processes.map((p) => p.title)).toEqual(['Gewerbeanmeldung']);
      expect(await store.listSnapshots(processes[0]?.id ?? '')).toHaveLength(1);
    }
  });

  it("publishes both variants, so Kehl finds Offenburg's in the library and can compare", async () => {
    await seedDemo(store);
    const library = await libraryForKehl(store);
    expect(library.map((p) => p.orgId)).toHaveLength(2);
    for (const process of library) {
      expect(process.status).toBe('published');
      expect(process.publishedVersion).toBe(1);
      const [version] = await store.listSnapshots(process.id);
      expect(version?.agreedBy.length).toBeGreaterThanOrEqual(3);
      const map = await publishedMap(store, process);
      expect(validateProcessMap(map).success).toBe(true);
      expect(map.lanes.map((l) => l.label)).toEqual(['Antragsteller/in', 'Bürgerbüro', 'Gewerbeamt']);
    }
    const found = await store.searchLibrary({ memberOrgIds: [], includePublished: true, text: 'service-bw' });
    expect(found).toHaveLength(1);
  });

  it('gives each variant full metrics with at most two warnings, and Offenburg fewer media breaks and less time', async () => {
    await seedDemo(store);
    const orgName = new Map((await store.listOrgs()).map((org) => [org.id, org.name]));
    const metrics = new Map<string, ProcessMetrics>();
    for (const process of await libraryForKehl(store)) {
      const figures = await metricsOf(store, process, await publishedMap(store, process));
      expect(figures.warnings.length).toBeLessThanOrEqual(2);
      // A quarter of a full-time post (1,600 hours a year) or more: the staffed steps have their cases.
      expect(figures.staffMinutesPerYear / 60).toBeGreaterThan(0.25 * 1600);
      expect(figures.staffCostPerYear).toBeGreaterThan(20_000);
      expect(figures.leadTimeMin).not.toBeNull();
      metrics.set(orgName.get(process.orgId ?? '') ?? '', figures);
    }
    const kehl = metrics.get('Stadt Kehl');
    const offenburg = metrics.get('Stadt Offenburg');
    expect(kehl?.warnings.map((w) => w.code)).toEqual(['missing-cases']);
    expect(offenburg?.mediaBreaks).toBeLessThan(kehl?.mediaBreaks ?? 0);
    expect(offenburg?.leadTimeMin).toBeLessThan(kehl?.leadTimeMin ?? 0);
    expect(offenburg?.counts.activities).toBeGreaterThan(kehl?.counts.activities ?? Infinity);
    // Online, Offenburg handles more cases than Kehl with less staff time.
    expect(offenburg?.staffMinutesPerYear).toBeLessThan(kehl?.staffMinutesPerYear ?? 0);
  });

  it("starts Kehl's discussion with a settled decision and an open question to Eva", async () => {
    await seedDemo(store);
    const [kehl] = await store.listProcesses([await orgId(store, 'Stadt Kehl')]);
    const doc = await readStoredDoc(store, kehl?.id ?? '', 'discussion');
    const { threads } = readDiscussion(doc);
    doc.destroy();
    const eva = await store.getUserByEmail('eva.bearbeitung@kehl.example');
    const resolved = threads.filter((t) => t.status === 'resolved');
    const open = threads.filter((t) => t.status === 'open');
    expect(resolved).toHaveLength(1);
    expect(resolved[0]?.decision).toContain('am Schalter');
    expect(open).toHaveLength(1);
    expect(open[0]?.comments[0]?.mentions).toEqual([eva?.id]);
    expect(open[0]?.comments[0]?.text).toContain('@Eva Engel');
  });
});
