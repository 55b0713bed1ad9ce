// Soak: many large unauthenticated request bodies at once neither exhaust the server's memory nor stall live rooms.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProcess, removeDataDir } from './support/server.ts';
import { freePort, seedAdmin, spawnServer, type ChildServer } from './support/child-server.ts';
import { connectStockClient, waitFor, whenSynced } from './support/clients.ts';

const SENDERS = 20;
const BODY_BYTES = 50 * 1024 * 1024;
const CHUNK = new Uint8Array(64 * 1024).fill(0x7b);
const RSS_CEILING_BYTES = 400 * 1024 * 1024;

/** The most memory the process ever had resident (VmHWM), in bytes. */
function peakRss(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) throw new Error(`no VmHWM for process ${pid}`);
  return Number(match[1]) * 1024;
}

/**
 * Streams `bytes` of junk as a login body, honouring back-pressure so the sender holds one chunk at a time.
 * Resolves with the status the server answered, or "reset" when it closed the connection first.
 */
function flood(url: string, bytes: number, withLength: boolean): Promise<number | 'reset'> {
  return new Promise((resolve) => {
    const target = new URL('/api/auth/login', url);
    const req = request(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(withLength ? { 'content-length': String(bytes) } : { 'transfer-encoding': 'chunked' }),
      },
    });
    let sent = 0;
    let settled = false;
    const settle = (outcome: number | 'reset') => {
      if (settled) return;
      settled = true;
      req.destroy();
      resolve(outcome);
    };
    const pump = () => {
      while (!settled && sent < bytes) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!settled) req.end();
    };
    req.on('response', (response) => {
      response.resume();
      settle(response.statusCode ?? 0);
    });
    req.on('error', () => settle('reset'));
    pump();
  });
}

describe('a flood of large unauthenticated bodies', () => {
  let dataDir: string;
  let server: ChildServer;
  let token: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pw-flood-'));
    token = (await seedAdmin(dataDir)).token;
    server = await spawnServer({ port: await freePort(), dataDir });
  });

  afterAll(async () => {
    await server?.kill();
    removeDataDir(dataDir);
  });

  it(`keeps the server under ${RSS_CEILING_BYTES / 2 ** 20} MiB while another room keeps syncing`, async () => {
    const processId = await createProcess({ url: server.url, adminToken: token });
    const writer = connectStockClient(server.url, processId, 'map', { token });
    const reader = connectStockClient(server.url, processId, 'map', { token });
    await Promise.all([whenSynced(writer), whenSynced(reader)]);

    const senders = Array.from({ length: SENDERS }, (_, i) => flood(server.url, BODY_BYTES, i % 2 === 0));
    // While the bodies stream in, edits in the room still reach the other participant, one after another.
    for (let edit = 1; edit <= 5; edit += 1) {
      writer.doc.getMap('meta').set('edit', edit);
      await waitFor(() => reader.doc.getMap('meta').get('edit') === edit, 20_000, `edit ${edit} to arrive`);
    }
    const outcomes = await Promise.all(senders);
    writer.destroy();
    reader.destroy();

    expect(
      outcomes.every((outcome) => outcome === 413 || outcome === 'reset'),
      String(outcomes),
    ).toBe(true);
    expect(outcomes.filter((outcome) => outcome === 413).length).toBeGreaterThan(0);
    const peak = peakRss(server.pid);
    console.log(`peak RSS during the flood: ${(peak / 2 ** 20).toFixed(0)} MiB`);
    expect(peak).toBeLessThan(RSS_CEILING_BYTES);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
