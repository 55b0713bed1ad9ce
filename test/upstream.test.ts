// A variant follows its origin: upstream changes listed three-way, taken over live and undoably, chains, bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  LOCAL_ORIGIN,
  addNode,
  applyUpstreamChanges,
  readUpstreamVersions,
  connect as connectNodes,
  disconnect,
  readProcessMap,
  setNodeAttrs,
} from '@prozesswerk/process-model';
import { createOrg } from '../server/src/auth/accounts.ts';
import { callWithBearer, okWithBearer } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { removeDataDir, seedMember, startTestServer, type TestServer } from './support/server.ts';

type Json = Record<string, unknown>;
type Change = { id: string; kind: string; element: string; collision: string | null; fields: Json[] };

describe.each(testBackends())('following an origin ($name)', (backend) => {
  let server: TestServer;
  const clients: StockClient[] = [];

  beforeAll(async () => {
    server = await startTestServer(backend.env());
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
    await backend.cleanup();
  });

  const call = (token: string, method: string, path: string, body?: unknown) =>
    callWithBearer(server, token, method, path, body);
  const ok = (token: string, method: string, path: string, body?: unknown) =>
    okWithBearer(server, token, method, path, body);
  const open = async (processId: string, token: string) => {
    const client = connectStockClient(server.url, processId, 'map', { token });
    clients.push(client);
    await whenSynced(client);
    return client;
  };
  /** Waits until a second connection sees the map as `client` has it: relayed means stored. */
  const settled = async (client: StockClient, processId: string, token: string) => {
    const watcher = await open(processId, token);
    const expected = JSON.stringify(readProcessMap(client.doc));
    await waitFor(() => JSON.stringify(readProcessMap(watcher.doc)) === expected, 5000, 'stored');
    return watcher;
  };
  const town = async (name: string) => {
    const orgName = `${name} ${Math.random().toString(36).slice(2, 7)}`;
    const org = { id: (await createOrg(server.store, orgName)).id, name: orgName };
    const facilitator = await seedMember(server, 'facilitator', org.id);
    const editor = await seedMember(server, 'editor', org.id);
    return { org, facilitator: facilitator.token, editor: editor.token };
  };
  const freezeAndPublish = async (token: string, processId: string, name: string) => {
    const { version } = (await ok(token, 'POST', `/api/processes/${processId}/versions`, { name })) as {
      version: number;
    };
    await ok(token, 'POST', `/api/processes/${processId}/versions/${version}/publish`);
    return version;
  };
  const adopt = async (token: string, processId: string, version: number, orgId: string) =>
    (
      (await ok(token, 'POST', `/api/processes/${processId}/versions/${version}/adopt`, { orgId })) as {
        id: string;
      }
    ).id;

  /** Kehl publishes version 2; Offenburg adopts it and works on; Kehl publishes version 3. */
  async function offenburgFollowsKehl() {
    const kehl = await town('Kehl');
    const offenburg = await town('Offenburg');
    const { id: origin } = (await ok(kehl.facilitator, 'POST', '/api/processes', {
      title: 'Gewerbeanmeldung',
      orgId: kehl.org.id,
    })) as { id: string };
    const k = await open(origin, kehl.facilitator);
    const receive = addNode(k.doc, { kind: 'start', label: 'Antrag geht ein', x: 0, y: 0 });
    const check = addNode(k.doc, {
      kind: 'activity',
      label: 'Antrag prüfen',
      x: 200,
      y: 0,
      attrs: { durationMin: 15, casesPerYear: 900 },
    });
    const done = addNode(k.doc, { kind: 'end', label: 'Bescheid versandt', x: 400, y: 0 });
    connectNodes(k.doc, { source: receive, target: check });
    const e2 = connectNodes(k.doc, { source: check, target: done });
    await settled(k, origin, kehl.facilitator);
    await ok(kehl.facilitator, 'POST', `/api/processes/${origin}/versions`, { name: 'Entwurf' });
    expect(await freezeAndPublish(kehl.facilitator, origin, 'Abgestimmt')).toBe(2);

    const variant = await adopt(offenburg.editor, origin, 2, offenburg.org.id);
    const o = await open(variant, offenburg.editor);
    setNodeAttrs(o.doc, check, { durationMin: 30 });
    const own = addNode(o.doc, { kind: 'note', label: 'Termin anbieten', x: 0, y: 300 });
    const colleague = await settled(o, variant, offenburg.editor);

    const fee = addNode(k.doc, { kind: 'activity', label: 'Gebühr erheben', x: 300, y: 150 });
    setNodeAttrs(k.doc, check, { durationMin: 20 });
    disconnect(k.doc, e2);
    await settled(k, origin, kehl.facilitator);
    expect(await freezeAndPublish(kehl.facilitator, origin, 'Mit Gebühr')).toBe(3);
    return { kehl, offenburg, origin, variant, o, colleague, ids: { receive, check, done, e2, fee, own } };
  }

  it('lists exactly the origin’s changes with old → new values, the one both sides changed as a collision', async () => {
    const { offenburg, variant, kehl, ids } = await offenburgFollowsKehl();
    const report = await ok(offenburg.editor, 'GET', `/api/processes/${variant}/upstream`);
    expect(report).toMatchObject({
      origin: { title: 'Gewerbeanmeldung', orgName: kehl.org.name, withdrawnAt: null },
      basedOn: 2,
      newest: 3,
      updateAvailable: true,
      newestVersion: { version: 3, name: 'Mit Gebühr' },
      collisions: [ids.check],
    });
    const changes = report.changes as Change[];
    expect(changes.map((c) => [c.id, c.kind, c.element]).sort()).toEqual(
      [
        [ids.fee, 'added', 'node'],
        [ids.check, 'changed', 'node'],
        [ids.e2, 'removed', 'edge'],
      ].sort(),
    );
    expect(changes.find((c) => c.id === ids.check)).toMatchObject({
      collision: 'same-field',
      fields: [{ field: 'attrs.durationMin', before: 15, after: 20, ours: 30, collides: true }],
    });
    expect(changes.find((c) => c.id === ids.fee)!.fields).toContainEqual(
      expect.objectContaining({ field: 'label', after: 'Gebühr erheben' }),
    );
  });

  it('takes the changes over in the editor as one step everyone sees, stored, and undo takes it back', async () => {
    const { offenburg, variant, o, colleague, ids } = await offenburgFollowsKehl();
    const before = readProcessMap(o.doc);
    const undo = new Y.UndoManager(
      ['nodes', 'edges', 'lanes'].map((name) => o.doc.getMap(name)),
      { trackedOrigins: new Set([LOCAL_ORIGIN]) },
    );
    // What the editor does: fetch both versions, merge into its own document, let it travel the normal write path.
    const documents = (await ok(
      offenburg.editor,
      'GET',
      `/api/processes/${variant}/upstream/documents?version=3`,
    )) as { base: string; theirs: string };
    const asDoc = (state: string) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Buffer.from(state, 'base64'));
      return doc;
    };
    undo.stopCapturing();
    const local = applyUpstreamChanges(
      o.doc,
      readUpstreamVersions(asDoc(documents.base), asDoc(documents.theirs)),
    );
    undo.stopCapturing();
    expect(local.applied.sort()).toEqual([ids.e2, ids.fee].sort());
    await waitFor(() => readProcessMap(colleague.doc).nodes.some((n) => n.id === ids.fee), 5000, 'live');

    const applied = await ok(offenburg.editor, 'POST', `/api/processes/${variant}/upstream/apply`, {
      version: 3,
    });
    // The server finds the editor's merge already there and writes nothing twice.
    expect(applied).toMatchObject({ previous: 2, basedOn: 3, applied: [] });
    const map = readProcessMap(colleague.doc);
    expect(map.nodes.map((n) => n.label).sort()).toEqual(
      ['Antrag geht ein', 'Antrag prüfen', 'Bescheid versandt', 'Gebühr erheben', 'Termin anbieten'].sort(),
    );
    expect(map.edges.map((e) => e.id)).not.toContain(ids.e2);
    expect(map.nodes.find((n) => n.id === ids.check)!.attrs.durationMin).toBe(30);
    expect(await ok(offenburg.editor, 'GET', `/api/processes/${variant}/upstream`)).toMatchObject({
      basedOn: 3,
      updateAvailable: false,
      changes: [],
    });

    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    await waitFor(
      () => JSON.stringify(readProcessMap(colleague.doc)) === JSON.stringify(before),
      5000,
      'undo seen live',
    );
    const reloaded = await open(variant, offenburg.editor);
    expect(readProcessMap(reloaded.doc)).toEqual(before);
  });

  it('applies through the API alone: live for everyone, collisions left, or taken when chosen', async () => {
    const { offenburg, variant, colleague, ids } = await offenburgFollowsKehl();
    const applied = await ok(offenburg.editor, 'POST', `/api/processes/${variant}/upstream/apply`, {
      version: 3,
      changes: [ids.fee, ids.check],
    });
    expect(applied).toMatchObject({ basedOn: 3, applied: [ids.fee, ids.check].sort(), skipped: [] });
    await waitFor(() => readProcessMap(colleague.doc).nodes.some((n) => n.id === ids.fee), 5000, 'live');
    const map = readProcessMap(colleague.doc);
    expect(map.nodes.find((n) => n.id === ids.check)!.attrs.durationMin).toBe(20);
    // Not chosen: the connection Kehl removed stays, as Offenburg's own deviation from version 3.
    expect(map.edges.map((e) => e.id)).toContain(ids.e2);
    expect(map.nodes.map((n) => n.id)).toContain(ids.own);
  });

  it('refuses bad input with stable codes and keeps a variant whose origin was withdrawn working', async () => {
    const { offenburg, kehl, origin, variant, o, ids } = await offenburgFollowsKehl();
    const apply = (body: unknown, token = offenburg.editor) =>
      call(token, 'POST', `/api/processes/${variant}/upstream/apply`, body);
    expect((await apply({ version: 2 })).body).toMatchObject({ status: 409, code: 'version-not-newer' });
    expect((await apply({ version: 9 })).body).toMatchObject({ status: 400, code: 'version-not-of-origin' });
    expect((await apply({ version: 'drei' })).body).toMatchObject({ status: 400, code: 'invalid-input' });
    expect((await apply({ version: 3, changes: ['gibt-es-nicht'] })).body).toMatchObject({
      status: 400,
      code: 'unknown-change',
    });
    const viewer = await seedMember(server, 'viewer', offenburg.org.id);
    expect((await apply({ version: 3 }, viewer.token)).status).toBe(403);
    expect((await apply({ version: 3 }, kehl.editor)).status).toBe(404);
    expect((await call(kehl.editor, 'GET', `/api/processes/${origin}/upstream`)).body).toMatchObject({
      status: 404,
      code: 'no-origin',
    });

    // A newer version frozen but not published is not offered.
    await ok(kehl.facilitator, 'POST', `/api/processes/${origin}/versions`, { name: 'Intern' });
    expect((await apply({ version: 4 })).body).toMatchObject({ status: 409, code: 'version-not-published' });

    const beforeWithdrawal = Date.now();
    await ok(kehl.facilitator, 'DELETE', `/api/processes/${origin}/publication`);
    expect(
      (await call(kehl.facilitator, 'DELETE', `/api/processes/${origin}/publication`)).body,
    ).toMatchObject({
      status: 409,
      code: 'not-published',
    });
    const withdrawn = (await ok(offenburg.editor, 'GET', `/api/processes/${variant}/upstream`)) as {
      origin: { withdrawnAt: string };
    };
    expect(withdrawn).toMatchObject({ newest: null, updateAvailable: false, changes: [] });
    // When Kehl withdrew it (the clock's second, so allow for rounding down).
    expect(Date.parse(withdrawn.origin.withdrawnAt)).toBeGreaterThanOrEqual(beforeWithdrawal - 1000);
    expect(Date.parse(withdrawn.origin.withdrawnAt)).toBeLessThanOrEqual(Date.now());
    expect((await apply({ version: 3 })).body).toMatchObject({ status: 409, code: 'origin-withdrawn' });
    // The variant itself goes on: edits are stored and read back.
    setNodeAttrs(o.doc, ids.check, { durationMin: 25 });
    const watcher = await open(variant, offenburg.editor);
    await waitFor(
      () => readProcessMap(watcher.doc).nodes.find((n) => n.id === ids.check)?.attrs.durationMin === 25,
    );
    expect((await call(offenburg.editor, 'GET', `/api/processes/${variant}/compare-origin`)).status).toBe(
      200,
    );
  });

  it('refuses taking over while a facilitator locked the map, like any other edit by an editor', async () => {
    const { offenburg, variant } = await offenburgFollowsKehl();
    const facilitator = await seedMember(server, 'facilitator', offenburg.org.id);
    const session = connectStockClient(server.url, variant, 'session', { token: facilitator.token });
    clients.push(session);
    await whenSynced(session);
    session.doc.getMap('workshop').set('locked', true);
    const watcher = connectStockClient(server.url, variant, 'session', { token: offenburg.editor });
    clients.push(watcher);
    await waitFor(() => watcher.provider.synced && watcher.doc.getMap('workshop').get('locked') === true);
    const refused = await call(offenburg.editor, 'POST', `/api/processes/${variant}/upstream/apply`, {
      version: 3,
    });
    expect(refused.body).toMatchObject({ status: 403, code: 'map-locked' });
    const byFacilitator = await call(facilitator.token, 'POST', `/api/processes/${variant}/upstream/apply`, {
      version: 3,
    });
    expect(byFacilitator.status).toBe(200);
  });

  it('shows the new version on the library card and in the unread counts of the variant’s municipality', async () => {
    const { offenburg, variant } = await offenburgFollowsKehl();
    const unread = (await ok(offenburg.editor, 'GET', '/api/unread')) as {
      processes: { processId: string; upstream: Json | null }[];
      upstreamUpdates: number;
    };
    expect(unread.upstreamUpdates).toBe(1);
    expect(unread.processes.find((p) => p.processId === variant)?.upstream).toEqual({
      basedOn: 2,
      newest: 3,
    });
    const library = (await ok(offenburg.editor, 'GET', '/api/library')) as {
      processes: { id: string; upstream: Json | null }[];
    };
    expect(library.processes.find((p) => p.id === variant)?.upstream).toEqual({
      basedOn: 2,
      newest: 3,
      updateAvailable: true,
      withdrawn: false,
    });
    await ok(offenburg.editor, 'POST', `/api/processes/${variant}/upstream/apply`, { version: 3 });
    const after = (await ok(offenburg.editor, 'GET', '/api/unread')) as { upstreamUpdates: number };
    expect(after.upstreamUpdates).toBe(0);
  });

  it('propagates down a chain: Stamm → Referenz → Lokal, each following its own origin', async () => {
    const land = await town('Land');
    const kehl = await town('Kehl');
    const offenburg = await town('Offenburg');
    const { id: stamm } = (await ok(land.facilitator, 'POST', '/api/processes', {
      title: 'Gewerbeanmeldung (Stammprozess)',
      orgId: land.org.id,
    })) as { id: string };
    await ok(land.facilitator, 'PATCH', `/api/processes/${stamm}`, { tier: 'stamm' });
    const s = await open(stamm, land.facilitator);
    const check = addNode(s.doc, {
      kind: 'activity',
      label: 'Antrag prüfen',
      x: 0,
      y: 0,
      attrs: { durationMin: 15 },
    });
    await settled(s, stamm, land.facilitator);
    await freezeAndPublish(land.facilitator, stamm, 'Stamm 1');

    const referenz = await adopt(kehl.facilitator, stamm, 1, kehl.org.id);
    const r = await open(referenz, kehl.facilitator);
    addNode(r.doc, { kind: 'activity', label: 'Ortsrecht Kehl prüfen', x: 0, y: 200 });
    await settled(r, referenz, kehl.facilitator);
    await freezeAndPublish(kehl.facilitator, referenz, 'Referenz 1');
    const lokal = await adopt(offenburg.editor, referenz, 1, offenburg.org.id);
    expect((await ok(offenburg.editor, 'GET', `/api/processes/${lokal}`)).tier).toBe('lokal');
    expect((await ok(kehl.editor, 'GET', `/api/processes/${referenz}`)).tier).toBe('referenz');

    // The Land changes the master process; only its direct variant hears of it.
    setNodeAttrs(s.doc, check, { legalBasis: '§ 14 GewO' });
    await settled(s, stamm, land.facilitator);
    await freezeAndPublish(land.facilitator, stamm, 'Stamm 2');
    expect(await ok(kehl.editor, 'GET', `/api/processes/${referenz}/upstream`)).toMatchObject({
      updateAvailable: true,
      changes: [{ id: check, fields: [{ field: 'attrs.legalBasis', after: '§ 14 GewO' }] }],
    });
    expect(await ok(offenburg.editor, 'GET', `/api/processes/${lokal}/upstream`)).toMatchObject({
      updateAvailable: false,
    });

    // Kehl takes it over and publishes; now Offenburg's local process sees the same change arrive.
    await ok(kehl.editor, 'POST', `/api/processes/${referenz}/upstream/apply`, { version: 2 });
    await waitFor(
      () => readProcessMap(r.doc).nodes.find((n) => n.id === check)?.attrs.legalBasis === '§ 14 GewO',
    );
    await freezeAndPublish(kehl.facilitator, referenz, 'Referenz 2');
    expect(await ok(offenburg.editor, 'GET', `/api/processes/${lokal}/upstream`)).toMatchObject({
      origin: { processId: referenz },
      basedOn: 1,
      newest: 2,
      changes: [{ id: check, kind: 'changed', collision: null }],
    });
    await ok(offenburg.editor, 'POST', `/api/processes/${lokal}/upstream/apply`, { version: 2 });
    const l = await open(lokal, offenburg.editor);
    expect(readProcessMap(l.doc).nodes.find((n) => n.id === check)?.attrs.legalBasis).toBe('§ 14 GewO');

    // The family tree from the top: every municipality, what each is based on, how far it moved.
    const lineage = (await ok(land.facilitator, 'GET', `/api/processes/${stamm}/lineage`)) as {
      family: Json[];
    };
    expect(lineage.family).toMatchObject([
      { id: stamm, parentId: null, depth: 0, basedOn: null, divergence: null },
      {
        id: referenz,
        parentId: stamm,
        depth: 1,
        orgName: kehl.org.name,
        basedOn: 2,
        behind: false,
        // The share of Referenz 2's elements that differ from the Stamm version it is based on.
        divergence: 0.5,
        // Offenburg's local process is not published: the Land sees it only counted.
        hiddenVariants: 1,
      },
    ]);
    expect(lineage.family).toHaveLength(2);
    // Kehl's own step "Ortsrecht Kehl prüfen" is one of two elements: half diverged.
    expect(lineage.family[1]!.divergence).toBe(0.5);
    const fromOffenburg = (await ok(offenburg.editor, 'GET', `/api/processes/${lokal}/lineage`)) as {
      family: Json[];
    };
    expect(fromOffenburg.family.map((m) => m.id)).toEqual([stamm, referenz, lokal]);
    expect(fromOffenburg.family[2]).toMatchObject({
      parentId: referenz,
      depth: 2,
      basedOn: 2,
      behind: false,
      divergence: 0,
      role: 'editor',
    });
    const library = (await ok(offenburg.editor, 'GET', `/api/library?variantsOf=${stamm}`)) as {
      processes: { id: string }[];
    };
    expect(library.processes.map((p) => p.id).sort()).toEqual([referenz, lokal].sort());
  });
});
