// Freeze: how long freezing a large map as an agreed version takes, over HTTP against an in-process server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addNode, connect, type NodeId } from '@prozesswerk/process-model';
import { addMember, createOrg, issueAccessToken } from '../../../server/src/auth/accounts.ts';
import { parseConfig } from '../../../server/src/config.ts';
import { startServer } from '../../../server/src/server.ts';
import type { BenchOptions, BenchReport, Benchmark } from '../benchmark.ts';
import { summarize } from '../report/percentiles.ts';

const NODES = 500;
const EDGES = 600;
const FREEZES = 30;
const TARGET_MS = 100;

export const freezeBenchmark: Benchmark = {
  name: 'freeze',
  description: `freezing a ${NODES}-node / ${EDGES}-edge map as a version (POST /versions), ${FREEZES} times`,
  scenarioIds: ['F1'],
  async run(options: BenchOptions): Promise<BenchReport> {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-freeze-'));
    const server = await startServer(
      parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }),
      () => undefined,
    );
    try {
      const org = await createOrg(server.store, 'Bench');
      await addMember(server.store, {
        email: 'bench@example.org',
        name: 'Bench',
        orgId: org.id,
        role: 'admin',
      });
      const { token } = await issueAccessToken(server.store, 'bench@example.org');
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const created = await fetch(`${server.url}/api/processes`, {
        method: 'POST',
        headers,
        body: '{"title":"Bench"}',
      });
      const { id } = (await created.json()) as { id: string };
      await server.sync.docs.change(id, 'map', (doc) => {
        const ids: NodeId[] = [];
        for (let i = 0; i < NODES; i++) {
          ids.push(
            addNode(doc, {
              kind: 'activity',
              label: `Schritt ${i}`,
              x: (i % 25) * 220,
              y: Math.floor(i / 25) * 140,
              attrs: { durationMin: 5, medium: 'digital' },
            }),
          );
        }
        for (let i = 0; i < EDGES; i++)
          connect(doc, { source: ids[i % NODES]!, target: ids[(i * 7 + 1) % NODES]! });
      });
      options.progress(`freeze: map of ${NODES} nodes ready, freezing ${FREEZES} times`);
      const times: number[] = [];
      for (let i = 0; i < FREEZES; i++) {
        const started = performance.now();
        const response = await fetch(`${server.url}/api/processes/${id}/versions`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ name: `v${i + 1}` }),
        });
        if (response.status !== 201) throw new Error(`freeze failed: ${response.status}`);
        times.push(performance.now() - started);
      }
      const summary = summarize(Float64Array.from(times));
      const ms = (value: number | null) => (value ?? Number.NaN).toFixed(1);
      const text = [
        `Freeze of a ${NODES}-node / ${EDGES}-edge map (HTTP round trip, SQLite FULL sync), ${FREEZES} runs:`,
        `  p50 ${ms(summary.p50)} ms · p90 ${ms(summary.p90)} ms · max ${ms(summary.max)} ms · target ≤ ${TARGET_MS} ms`,
      ].join('\n');
      const data = {
        nodes: NODES,
        edges: EDGES,
        runs: FREEZES,
        p50Ms: summary.p50,
        p90Ms: summary.p90,
        maxMs: summary.max,
      };
      return { ok: true, text, data };
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
