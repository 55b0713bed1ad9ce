// Interchange: BPMN REST imports under concurrency (the import thread pool and its queue) and what a large import
// costs the server's event loop, which every live room shares.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { addMember, createOrg, issueAccessToken } from '../../../server/src/auth/accounts.ts';
import { parseConfig } from '../../../server/src/config.ts';
import { startServer, type RunningServer } from '../../../server/src/server.ts';
import type { BenchOptions, BenchReport, Benchmark, Json } from '../benchmark.ts';
import { summarize } from '../report/percentiles.ts';

const IMPORTS = 100;
const PARALLEL = 10;
/**
 * Imports of each file before the timed ones (BENCH_IMPORT_WARM_UP). ELK in a fresh import thread gets fast only after
 * ~100 layouts (bench/README.md, interchange): the default times the laid-out imports while it warms up.
 */
const WARM_UP_IMPORTS = 10;
const TARGET_P50_MS = 150;
/** Steps of the small file: start, 23 tasks, end; with 24 connections in a chain and one loop back: 50 elements. */
const SMALL_STEPS = 25;
const LARGE_CHAIN_STEPS = 1000;
const UNCONNECTED_STEPS = 20_000;

const BPMN_NS =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" ' +
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';

/** A file as a modelling tool exports it (with diagram data), or without diagram data (the server lays it out). */
export function fiftyElementFile(withDiagram: boolean): string {
  const ids = Array.from({ length: SMALL_STEPS }, (_, i) => `n${i}`);
  const kind = (i: number) => (i === 0 ? 'startEvent' : i === SMALL_STEPS - 1 ? 'endEvent' : 'task');
  const nodes = ids.map((id, i) => `<bpmn:${kind(i)} id="${id}" name="Schritt ${i}"/>`).join('');
  const flows = [
    ...ids.slice(1).map((id, i) => [`f${i}`, ids[i]!, id] as const),
    ['back', 'n12', 'n5'] as const,
  ];
  const flowXml = flows
    .map(([id, from, to]) => `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}"/>`)
    .join('');
  const x = (i: number) => 100 + i * 160;
  const diagram = withDiagram
    ? `<bpmndi:BPMNDiagram id="d1"><bpmndi:BPMNPlane id="p1" bpmnElement="p">${ids
        .map(
          (id, i) =>
            `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${x(i)}" y="200" width="100" height="80"/></bpmndi:BPMNShape>`,
        )
        .join('')}${flows
        .map(
          ([id, from, to]) =>
            `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${x(Number(from.slice(1))) + 100}" y="240"/><di:waypoint x="${x(Number(to.slice(1)))}" y="240"/></bpmndi:BPMNEdge>`,
        )
        .join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions ${BPMN_NS} id="defs" targetNamespace="x"><bpmn:process id="p" name="Bench">${nodes}${flowXml}</bpmn:process>${diagram}</bpmn:definitions>`;
}

function tasksWithoutDiagram(count: number, chained: boolean): string {
  const tasks = Array.from({ length: count }, (_, i) => `<bpmn:task id="t${i}"/>`).join('');
  const flows = chained
    ? Array.from(
        { length: count - 1 },
        (_, i) => `<bpmn:sequenceFlow id="f${i}" sourceRef="t${i}" targetRef="t${i + 1}"/>`,
      ).join('')
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions ${BPMN_NS} id="d" targetNamespace="x"><bpmn:process id="p" name="Groß">${tasks}${flows}</bpmn:process></bpmn:definitions>`;
}

function warmUpImports(value: string | undefined): number {
  if (value === undefined || value === '') return WARM_UP_IMPORTS;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0)
    throw new Error('BENCH_IMPORT_WARM_UP must be a whole number ≥ 0');
  return count;
}

type Importer = (xml: string) => Promise<number>;

async function signedIn(server: RunningServer): Promise<Importer> {
  const org = await createOrg(server.store, 'Bench');
  await addMember(server.store, { email: 'bench@example.org', name: 'Bench', orgId: org.id, role: 'admin' });
  const { token } = await issueAccessToken(server.store, 'bench@example.org');
  return async (xml) => {
    const response = await fetch(`${server.url}/api/orgs/${org.id}/processes/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
      body: xml,
    });
    await response.arrayBuffer();
    return response.status;
  };
}

type ConcurrentRun = { times: Float64Array; failures: Record<string, number>; healthz: Float64Array };

/** `total` imports, `parallel` at a time, each timed from request to answer; /healthz asked in a loop meanwhile. */
async function importConcurrently(
  server: RunningServer,
  importXml: Importer,
  xml: string,
  total: number,
  parallel: number,
): Promise<ConcurrentRun> {
  const times = new Float64Array(total);
  const failures: Record<string, number> = {};
  let next = 0;
  const lane = async () => {
    while (next < total) {
      const index = next++;
      const started = performance.now();
      const status = await importXml(xml);
      times[index] = performance.now() - started;
      if (status !== 201) failures[status] = (failures[status] ?? 0) + 1;
    }
  };
  const healthz: number[] = [];
  let importing = true;
  const probe = (async () => {
    while (importing) {
      const started = performance.now();
      await (await fetch(`${server.url}/healthz`)).arrayBuffer();
      healthz.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  await Promise.all(Array.from({ length: parallel }, lane));
  importing = false;
  await probe;
  return { times, failures, healthz: Float64Array.from(healthz) };
}

/** One import, with the longest stall of this process's event loop (the server's) while it ran. */
async function lagDuring(
  importXml: Importer,
  xml: string,
): Promise<{ ms: number; maxLagMs: number; status: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const status = await importXml(xml);
  const ms = performance.now() - started;
  delay.disable();
  return { ms, maxLagMs: delay.max / 1e6, status };
}

const ms = (value: number | null) => (value ?? Number.NaN).toFixed(1);
const figures = (times: Float64Array): Json => {
  const s = summarize(times);
  return { count: s.count, p50Ms: s.p50, p90Ms: s.p90, p99Ms: s.p99, maxMs: s.max };
};
const row = (name: string, times: Float64Array, target = '') => {
  const s = summarize(times);
  return `  ${name.padEnd(22)} p50 ${ms(s.p50)} ms · p90 ${ms(s.p90)} ms · p99 ${ms(s.p99)} ms · max ${ms(s.max)} ms${target}`;
};

export const interchangeBenchmark: Benchmark = {
  name: 'interchange',
  description: `BPMN REST import: ${IMPORTS} imports of a 50-element file, ${PARALLEL} in parallel; event-loop stall of large imports`,
  scenarioIds: ['I1', 'I2'],
  async run(options: BenchOptions): Promise<BenchReport> {
    const selected = (id: string) => options.scenarios.length === 0 || options.scenarios.includes(id);
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-bench-interchange-'));
    // The server's defaults (BPMN_IMPORT_THREADS, BPMN_IMPORT_QUEUE) unless BENCH_IMPORT_ENV says otherwise.
    const extra = Object.fromEntries(
      (options.env.BENCH_IMPORT_ENV ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...extra });
    const warmUps = warmUpImports(options.env.BENCH_IMPORT_WARM_UP);
    const server = await startServer(config, () => undefined);
    const lines: string[] = [];
    const data: Record<string, Json> = {
      importThreads: config.limits.bpmnImportThreads,
      importQueue: config.limits.bpmnImportQueue,
    };
    let ok = true;
    try {
      const importXml = await signedIn(server);
      if (selected('I1')) {
        for (const [name, withDiagram] of [
          ['with diagram data', true],
          ['laid out by the server', false],
        ] as const) {
          const xml = fiftyElementFile(withDiagram);
          options.progress(`interchange I1 (${name}): ${warmUps} warm-up imports, then ${IMPORTS}`);
          if (warmUps > 0) await importConcurrently(server, importXml, xml, warmUps, PARALLEL);
          const run = await importConcurrently(server, importXml, xml, IMPORTS, PARALLEL);
          const failed = Object.values(run.failures).reduce((sum, n) => sum + n, 0);
          ok &&= failed === 0;
          lines.push(
            `BPMN REST import of a 50-element file (${SMALL_STEPS} steps, ${SMALL_STEPS} connections, ${name}, ` +
              `${(xml.length / 1024).toFixed(1)} KB), ${IMPORTS} imports after ${warmUps} warm-up imports, ${PARALLEL} in parallel, ` +
              `${config.limits.bpmnImportThreads} import threads:`,
            row('import', run.times, ` · target p50 ≤ ${TARGET_P50_MS} ms`),
            row('/healthz meanwhile', run.healthz),
            `  failures: ${failed === 0 ? 'none' : JSON.stringify(run.failures)}`,
          );
          data[withDiagram ? 'smallWithDiagram' : 'smallLaidOut'] = {
            bytes: xml.length,
            imports: IMPORTS,
            warmUpImports: warmUps,
            parallel: PARALLEL,
            import: figures(run.times),
            healthz: figures(run.healthz),
            failures: run.failures,
          };
        }
      }
      if (selected('I2')) {
        options.progress('interchange I2: large imports, event-loop stall');
        const chain = await lagDuring(importXml, tasksWithoutDiagram(LARGE_CHAIN_STEPS, true));
        const unconnected = await lagDuring(importXml, tasksWithoutDiagram(UNCONNECTED_STEPS, false));
        lines.push(
          'Longest stall of the server’s event loop during one large import (was < 500 / < 1000 ms in the tests):',
          `  ${LARGE_CHAIN_STEPS} steps in a chain, laid out   answer ${chain.status} after ${ms(chain.ms)} ms · event loop stalled ≤ ${ms(chain.maxLagMs)} ms`,
          `  ${UNCONNECTED_STEPS} unconnected steps (refused) answer ${unconnected.status} after ${ms(unconnected.ms)} ms · event loop stalled ≤ ${ms(unconnected.maxLagMs)} ms`,
        );
        data.largeChain = {
          steps: LARGE_CHAIN_STEPS,
          status: chain.status,
          ms: chain.ms,
          maxLagMs: chain.maxLagMs,
        };
        data.unconnected = {
          steps: UNCONNECTED_STEPS,
          status: unconnected.status,
          ms: unconnected.ms,
          maxLagMs: unconnected.maxLagMs,
        };
      }
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
    return { ok, text: lines.join('\n'), data };
  },
};
