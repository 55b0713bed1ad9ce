// Upstream: listing what an origin changed (GET …/upstream) and taking it over (POST …/upstream/apply) on a large map.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import {
  addNode,
  connect,
  disconnect,
  moveNode,
  relabelNode,
  setNodeAttrs,
  type EdgeId,
  type NodeId,
} from '@prozesswerk/process-model';
import { addMember, createOrg, issueAccessToken } from '../../../server/src/auth/accounts.ts';
import { parseConfig } from '../../../server/src/config.ts';
import { startServer, type RunningServer } from '../../../server/src/server.ts';
import type { BenchOptions, BenchReport, Benchmark } from '../benchmark.ts';
import { summarize } from '../report/percentiles.ts';

const NODES = 500;
const EDGES = 600;
const UPSTREAM_CHANGES = 100;
const OWN_CHANGES = 20;
const RUNS = 20;
const TARGET_MS = 150;

type Ids = { nodes: NodeId[]; edges: EdgeId[] };

function buildMap(doc: Y.Doc): Ids {
  const nodes: NodeId[] = [];
  for (let i = 0; i < NODES; i++)
    nodes.push(
      addNode(doc, {
        kind: 'activity',
        label: `Schritt ${i}`,
        x: (i % 25) * 220,
        y: Math.floor(i / 25) * 140,
        attrs: { durationMin: 5, casesPerYear: 900, medium: 'digital', role: 'Sachbearbeitung' },
      }),
    );
  const edges: EdgeId[] = [];
  for (let i = 0; i < EDGES; i++)
    edges.push(connect(doc, { source: nodes[i % NODES]!, target: nodes[(i * 7 + 1) % NODES]! }));
  return { nodes, edges };
}

/** Exactly 100 changed elements: 40 attributes, 20 labels, 20 moves, 10 new steps, 10 removed connections. */
function changeAtOrigin(doc: Y.Doc, { nodes, edges }: Ids): void {
  for (let i = 0; i < 40; i++) setNodeAttrs(doc, nodes[i]!, { durationMin: 7 + (i % 5) });
  for (let i = 40; i < 60; i++) relabelNode(doc, nodes[i]!, `Schritt ${i} (neu geregelt)`);
  for (let i = 60; i < 80; i++) moveNode(doc, nodes[i]!, (i % 25) * 220 + 40, Math.floor(i / 25) * 140 + 20);
  for (let i = 0; i < 10; i++) addNode(doc, { kind: 'activity', label: `Neu ${i}`, x: 6000, y: i * 140 });
  for (let i = 0; i < 10; i++) disconnect(doc, edges[EDGES - 1 - i]!);
}

/** The variant's own work: half on the same attributes as the origin (collisions), half elsewhere. */
function changeInVariant(doc: Y.Doc, { nodes }: Ids): void {
  for (let i = 0; i < OWN_CHANGES / 2; i++) setNodeAttrs(doc, nodes[i]!, { durationMin: 20 });
  for (let i = 0; i < OWN_CHANGES / 2; i++) relabelNode(doc, nodes[400 + i]!, `Offenburg ${i}`);
}

async function timed(runs: number, once: (run: number) => Promise<void>): Promise<Float64Array> {
  const times = new Float64Array(runs);
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await once(run);
    times[run] = performance.now() - started;
  }
  return times;
}

export const upstreamBenchmark: Benchmark = {
  name: 'upstream',
  description: `a ${NODES}-node variant whose origin made ${UPSTREAM_CHANGES} changes: GET …/upstream and POST …/upstream/apply`,
  scenarioIds: ['U1'],
  async run(options: BenchOptions): Promise<BenchReport> {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-upstream-'));
    const server = await startServer(
      parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }),
      () => undefined,
    );
    try {
      const call = await signedIn(server);
      const { id: origin } = (await call('POST', '/api/processes', { title: 'Gewerbeanmeldung' })) as {
        id: string;
      };
      let ids: Ids = { nodes: [], edges: [] };
      await server.sync.docs.change(origin, 'map', (doc) => (ids = buildMap(doc)));
      await call('POST', `/api/processes/${origin}/versions`, { name: 'v1' });
      await call('POST', `/api/processes/${origin}/versions/1/publish`);
      // Variants adopted before the origin changes; each apply run takes one of them over from version 1.
      const variants: string[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const { id } = (await call('POST', `/api/processes/${origin}/versions/1/adopt`, {
          orgId: call.orgId,
        })) as { id: string };
        await server.sync.docs.change(id, 'map', (doc) => changeInVariant(doc, ids));
        variants.push(id);
      }
      await server.sync.docs.change(origin, 'map', (doc) => changeAtOrigin(doc, ids));
      await call('POST', `/api/processes/${origin}/versions`, { name: 'v2' });
      await call('POST', `/api/processes/${origin}/versions/2/publish`);
      const first = (await call('GET', `/api/processes/${variants[0]}/upstream`)) as {
        changes: unknown[];
        collisions: unknown[];
      };
      if (first.changes.length !== UPSTREAM_CHANGES)
        throw new Error(`expected ${UPSTREAM_CHANGES} changes, got ${first.changes.length}`);
      options.progress(
        `upstream: ${first.changes.length} changes, ${first.collisions.length} collisions; measuring`,
      );

      // Warm once, as an editor's open map would be: the rooms are loaded.
      for (const id of variants) await server.sync.docs.inspect(id, 'map', () => undefined);
      const list = await timed(RUNS, () =>
        call('GET', `/api/processes/${variants[0]}/upstream`).then(() => undefined),
      );
      const apply = await timed(RUNS, async (run) => {
        const answer = (await call('POST', `/api/processes/${variants[run + 1]}/upstream/apply`, {
          version: 2,
        })) as { applied: unknown[] };
        if (answer.applied.length !== UPSTREAM_CHANGES - first.collisions.length)
          throw new Error(`apply took ${answer.applied.length} changes`);
      });

      const ms = (value: number | null) => (value ?? Number.NaN).toFixed(1);
      const line = (name: string, times: Float64Array) => {
        const s = summarize(times);
        return `  ${name.padEnd(8)} p50 ${ms(s.p50)} ms · p90 ${ms(s.p90)} ms · max ${ms(s.max)} ms · target ≤ ${TARGET_MS} ms`;
      };
      const text = [
        `Upstream of a ${NODES}-node / ${EDGES}-edge variant, ${UPSTREAM_CHANGES} changes at the origin (${first.collisions.length} colliding), HTTP round trip, ${RUNS} runs:`,
        line('upstream', list),
        line('apply', apply),
      ].join('\n');
      const figures = (times: Float64Array) => {
        const s = summarize(times);
        return { p50Ms: s.p50, p90Ms: s.p90, maxMs: s.max };
      };
      const data = {
        nodes: NODES,
        edges: EDGES,
        changes: UPSTREAM_CHANGES,
        collisions: first.collisions.length,
        runs: RUNS,
        upstream: figures(list),
        apply: figures(apply),
      };
      return { ok: true, text, data };
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

type Call = ((method: string, path: string, body?: unknown) => Promise<unknown>) & { orgId: string };

async function signedIn(server: RunningServer): Promise<Call> {
  const org = await createOrg(server.store, 'Bench');
  await addMember(server.store, { email: 'bench@example.org', name: 'Bench', orgId: org.id, role: 'admin' });
  const { token } = await issueAccessToken(server.store, 'bench@example.org');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  return Object.assign(call, { orgId: org.id });
}
