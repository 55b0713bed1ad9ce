import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const MIB = 1024 * 1024;

// Allocates objects that survive a while, so V8 grows the young generation as far as it may; prints its capacity.
const churn = `
  const v8 = await import('node:v8');
  const keep = [];
  for (let i = 0; i < 1e6; i++) { keep.push({ i }); if (keep.length > 100000) keep.splice(0, 50000); }
  const capacity = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
`;

const script = `
  import { Worker } from 'node:worker_threads';
  import { defaultYoungGenerationForWorkers } from ${JSON.stringify(new URL('./young-generation.ts', import.meta.url).href)};
  defaultYoungGenerationForWorkers();
  const worker = new Worker(\`(async () => { ${churn}; (await import('node:worker_threads')).parentPort.postMessage(capacity); })()\`, { eval: true });
  const workerCapacity = await new Promise((resolve) => worker.once('message', resolve));
  await worker.terminate();
  ${churn}
  console.log(JSON.stringify({ server: capacity, worker: workerCapacity }));
`;

describe('young generation of worker threads', () => {
  it('keeps the small young generation of `npm start` for the server thread only', () => {
    const output = execFileSync(
      process.execPath,
      ['--max-semi-space-size=1', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    const { server, worker } = JSON.parse(output) as { server: number; worker: number };
    // Two semi-spaces of at most 1 MiB for the server's thread; a worker grows beyond that, as V8's default allows.
    expect(server).toBeLessThanOrEqual(2 * MIB);
    expect(worker).toBeGreaterThan(2 * MIB);
  });
});
