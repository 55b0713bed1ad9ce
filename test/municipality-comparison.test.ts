// Comparing how municipalities run one service, on SQLite and PostgreSQL: every published variant of a LeiKa key or of
// one family with its figures per case and per year; null (never 0) where a map gives no figure, no cost without
// consent to the hourly rates, never a draft; bad input answered with stable problem codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addLane, addNode, connect, setNodeAttrs, type NodeId } from '@prozesswerk/process-model';
import { createOrg } from '../server/src/auth/accounts.ts';
import { seedMap } from './e2e/support/seed.ts';
import { callWithBearer, okWithBearer } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { removeDataDir, seedMember, startTestServer, type TestServer } from './support/server.ts';

const LEIKA = '99050012104000';
type Json = Record<string, unknown>;
type Variant = { processId: string; orgName: string; title: string } & Json;

/** start → check (Bürgerbüro) → decide (Sachbearbeitung) → end; attributes as given, lanes only if wanted. */
function writeService(doc: Y.Doc, check: Json, decide: Json, laned: boolean): Record<string, NodeId> {
  const front = laned ? addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit' }) : undefined;
  const back = laned ? addLane(doc, { label: 'Sachbearbeitung', kind: 'orgUnit' }) : undefined;
  const start = addNode(doc, { kind: 'start', label: 'Antrag geht ein', x: 0, y: 0 });
  const ids = {
    check: addNode(doc, {
      kind: 'activity',
      label: 'Antrag prüfen',
      x: 150,
      y: 0,
      laneId: front,
      attrs: check,
    }),
    decide: addNode(doc, {
      kind: 'activity',
      label: 'Entscheiden',
      x: 300,
      y: 0,
      laneId: back,
      attrs: decide,
    }),
  };
  const end = addNode(doc, { kind: 'end', label: 'Bescheid versandt', x: 450, y: 0 });
  connect(doc, { source: start, target: ids.check });
  connect(doc, { source: ids.check, target: ids.decide });
  connect(doc, { source: ids.decide, target: end });
  return ids;
}

describe.each(testBackends())('comparing how municipalities work ($name)', (backend) => {
  let server: TestServer;
  let reader: string;
  const p: Record<'kehl' | 'offenburg' | 'lahr' | 'draft', string> = {
    kehl: '',
    offenburg: '',
    lahr: '',
    draft: '',
  };
  const names: Record<'kehl' | 'offenburg' | 'lahr', string> = { kehl: '', offenburg: '', lahr: '' };

  const call = (token: string, method: string, path: string, body?: unknown) =>
    callWithBearer(server, token, method, path, body);
  const ok = (token: string, method: string, path: string, body?: unknown) =>
    okWithBearer(server, token, method, path, body);
  const town = async (name: keyof typeof names, rates: Json) => {
    names[name] = `Stadt ${name} ${Math.random().toString(36).slice(2, 7)}`;
    const orgId = (await createOrg(server.store, names[name])).id;
    const { token } = await seedMember(server, 'admin', orgId);
    await ok(token, 'PUT', `/api/orgs/${orgId}/hourly-rates`, rates);
    return { orgId, token };
  };
  const process = async (token: string, orgId: string, title: string, write: (doc: Y.Doc) => void) => {
    const { id } = (await ok(token, 'POST', '/api/processes', { title, orgId })) as { id: string };
    await ok(token, 'PATCH', `/api/processes/${id}`, { leikaKey: LEIKA });
    await seedMap({ url: server.url, adminToken: token }, id, write);
    return id;
  };
  const publish = async (token: string, id: string, consent: Json) => {
    const { version } = (await ok(token, 'POST', `/api/processes/${id}/versions`, { name: 'Fassung' })) as {
      version: number;
    };
    await ok(token, 'POST', `/api/processes/${id}/versions/${version}/publish`, consent);
    return version;
  };
  const compare = async (query: string) => {
    const answer = await call(reader, 'GET', `/api/library/comparison?${query}`);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body as { service: Json; variants: Variant[] };
  };
  const byTown = (variants: Variant[]) =>
    Object.fromEntries(
      variants.map((v) => [
        Object.entries(names).find(([, name]) => name === v.orgName)?.[0] ?? v.orgName,
        v,
      ]),
    );

  beforeAll(async () => {
    server = await startTestServer(backend.env());
    // Kehl publishes with its rates; Offenburg adopts Kehl's version, handles more cases faster and publishes
    // without its rates; Lahr publishes a map without times, lanes or media, and keeps a draft of the same service.
    const kehl = await town('kehl', { defaultRate: 60, roles: [{ role: 'Sachbearbeitung', rate: 80 }] });
    const offenburg = await town('offenburg', { defaultRate: 70, roles: [] });
    const lahr = await town('lahr', { defaultRate: 50, roles: [] });
    let ids: Record<string, NodeId> = {};
    p.kehl = await process(kehl.token, kehl.orgId, 'Gewerbeanmeldung', (doc) => {
      ids = writeService(
        doc,
        { durationMin: 15, casesPerYear: 900, medium: 'paper' },
        { durationMin: 30, waitMin: 120, casesPerYear: 900, medium: 'digital' },
        true,
      );
    });
    expect(await publish(kehl.token, p.kehl, { hourlyRates: true })).toBe(1);
    p.offenburg = (
      (await ok(offenburg.token, 'POST', `/api/processes/${p.kehl}/versions/1/adopt`, {
        orgId: offenburg.orgId,
        title: 'Gewerbeanmeldung Offenburg',
      })) as { id: string }
    ).id;
    await seedMap({ url: server.url, adminToken: offenburg.token }, p.offenburg, (doc) => {
      setNodeAttrs(doc, ids.check!, { durationMin: 10, casesPerYear: 1500 });
      setNodeAttrs(doc, ids.decide!, { casesPerYear: 1500 });
    });
    await publish(offenburg.token, p.offenburg, {});
    p.lahr = await process(lahr.token, lahr.orgId, 'Gewerbe anmelden', (doc) => {
      writeService(doc, { casesPerYear: 400 }, { casesPerYear: 400 }, false);
    });
    await publish(lahr.token, p.lahr, { hourlyRates: true });
    p.draft = await process(lahr.token, lahr.orgId, 'Entwurf Gewerbe Lahr', (doc) => {
      writeService(doc, { durationMin: 1, casesPerYear: 1 }, { durationMin: 1, casesPerYear: 1 }, true);
    });
    // Kehl works on after publishing: the comparison shows what was published, not the live draft.
    await seedMap({ url: server.url, adminToken: kehl.token }, p.kehl, (doc) => {
      setNodeAttrs(doc, ids.check!, { durationMin: 500 });
    });
    reader = (await seedMember(server, 'viewer')).token;
  });
  afterAll(async () => {
    await server?.close();
    if (server) removeDataDir(server.dataDir);
    await backend.cleanup();
  });

  it('lists every published variant of a LeiKa key with its figures per case and per year', async () => {
    const { service, variants } = await compare(`leika=${LEIKA}`);
    expect(service).toMatchObject({ leikaKey: LEIKA, family: null });
    expect(variants.map((v) => v.processId).sort()).toEqual([p.kehl, p.offenburg, p.lahr].sort());
    const { kehl, offenburg, lahr } = byTown(variants);
    // Kehl: 15 min at 60 €/h + 30 min at 80 €/h = 55 € a case; 900 cases.
    expect(kehl).toMatchObject({
      title: 'Gewerbeanmeldung',
      version: 1,
      ratesShared: true,
      casesPerYear: 900,
      perCase: { staffMinutes: 45, staffCost: 55, leadTimeMin: 165, handOffs: 1, mediaBreaks: 1 },
      perYear: { staffMinutes: 40_500, staffCost: 49_500, handOffs: 900, mediaBreaks: 900 },
    });
    // Offenburg did not publish its rates: minutes, but no cost.
    expect(offenburg).toMatchObject({
      originProcessId: p.kehl,
      ratesShared: false,
      casesPerYear: 1500,
      perCase: { staffMinutes: 40, staffCost: null, leadTimeMin: 160, handOffs: 1, mediaBreaks: 1 },
      perYear: { staffMinutes: 60_000, staffCost: null, handOffs: 1500, mediaBreaks: 1500 },
    });
    // Lahr gave case numbers only: every other figure is missing, not 0.
    expect(lahr).toMatchObject({
      ratesShared: true,
      casesPerYear: 400,
      perCase: { staffMinutes: null, staffCost: null, leadTimeMin: null, handOffs: null, mediaBreaks: null },
      perYear: { staffMinutes: null, staffCost: null, handOffs: null, mediaBreaks: null },
    });
  });

  it('never shows a draft, neither an unpublished process nor the live map of a published one', async () => {
    const { variants } = await compare(`leika=${LEIKA}`);
    expect(JSON.stringify(variants)).not.toContain('Entwurf Gewerbe Lahr');
    expect(variants.map((v) => v.processId)).not.toContain(p.draft);
    expect(byTown(variants).kehl?.perCase).toMatchObject({ staffMinutes: 45 });
    // Its own municipality sees the draft in the library, but not in the comparison either.
    const owner = (await seedMember(server, 'viewer', (await server.store.getProcess(p.draft))!.orgId!))
      .token;
    const own = await call(owner, 'GET', `/api/library/comparison?leika=${LEIKA}`);
    expect((own.body.variants as Variant[]).map((v) => v.processId)).not.toContain(p.draft);
  });

  it('lists one family: the origin and its variants, not another municipality’s process of the same key', async () => {
    const { service, variants } = await compare(`family=${p.offenburg}`);
    expect(service).toMatchObject({ family: p.kehl, leikaKey: null, title: 'Gewerbeanmeldung' });
    expect(variants.map((v) => v.processId).sort()).toEqual([p.kehl, p.offenburg].sort());
  });

  it('answers bad input with problems of stable codes', async () => {
    const problem = async (query: string, status: number, code: string) => {
      const answer = await call(reader, 'GET', `/api/library/comparison${query}`);
      expect(answer.status, query).toBe(status);
      expect(answer.body, query).toMatchObject({ status, code });
    };
    await problem('', 400, 'comparison-service-required');
    await problem(`?leika=${LEIKA}&family=${p.kehl}`, 400, 'comparison-service-required');
    await problem('?leika=9905', 400, 'invalid-leika-key');
    await problem('?family=no-such-process', 404, 'process-not-found');
    // Another municipality's unpublished draft does not exist for this reader.
    await problem(`?family=${p.draft}`, 404, 'process-not-found');
    expect((await compare('leika=12345678901234')).variants).toEqual([]);
  });
});
