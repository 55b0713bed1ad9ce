// BPMN imports in a pool of worker threads, started by the first import and ended when idle, behind a bounded queue: a
// burst of imports waits its turn or is refused at once (ImportBusy → 429), never starts more threads, never stalls
// live rooms.
import type { Piscina } from 'piscina';
// The errors alone: the server's main thread never loads the importer itself (bpmn-moddle, elkjs).
import { BpmnImportError, BPMN_ERROR_CODES } from '@prozesswerk/bpmn/errors';
import { createBoundedQueue, QueueFull } from '../workers/bounded-queue.ts';
import { createWorkerPool } from '../workers/worker-pool.ts';
import { isImportReply, type PreparedImport } from './import-protocol.ts';

// The largest file we accept lays out in about a second; far beyond that something is wrong with the file.
const DEFAULT_TIMEOUT_MS = 20_000;
/** Threads stay this long after their last import, so a series of imports starts them once. */
const IDLE_MS = 120_000;

export class ImportTimeout extends Error {
  override readonly name = 'ImportTimeout';
}

/** Every thread is busy and the queue is full: try again shortly. */
export class ImportBusy extends Error {
  override readonly name = 'ImportBusy';
}

export type ImportPoolOptions = {
  /** Threads at most (BPMN_IMPORT_THREADS). */
  threads: number;
  /** Imports that may wait for a thread; one more is refused (BPMN_IMPORT_QUEUE). */
  maxQueue: number;
  /** Longest time one import may run on its thread, not counting its wait; the thread is then replaced. */
  timeoutMs?: number;
  /** How long a thread stays after its last import (default IDLE_MS). */
  idleMs?: number;
};

export type ImportPool = {
  /**
   * What importBpmn would give, ready to store (see PreparedImport), computed on a pool thread; rejects with
   * ImportBusy, ImportTimeout, BpmnImportError. Bytes that fill their whole buffer are handed to the thread, not
   * copied: the caller must not use them afterwards.
   */
  run(xml: string | Uint8Array, part?: string): Promise<PreparedImport>;
  /** Imports running on a thread and waiting for one. */
  stats(): { running: number; queued: number };
  close(): Promise<void>;
};

export function createImportPool(options: ImportPoolOptions): ImportPool {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const queue = createBoundedQueue({ concurrency: options.threads, maxQueue: options.maxQueue });
  // Started by the first import, not with the server: each thread holds its own bpmn-moddle and ELK (~48 MiB RSS), which
  // a server that imports nothing should not carry. A burst pays the start once; threads end after IDLE_MS without one.
  const pool: Piscina = createWorkerPool('bpmn-import', {
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeoutMs: options.idleMs ?? IDLE_MS,
  });

  // Bytes as uploaded: the importer reads the encoding from the file; `part` chooses one of several diagrams.
  const runOnThread = async (xml: string | Uint8Array, part: string | undefined): Promise<PreparedImport> => {
    // A task without XML is answered at once, once a thread runs and has loaded the importer: starting a thread is
    // not the import's time (under load it can take seconds), so the time limit starts only after this. Only while
    // not all threads run: an import on a running thread needs no second round trip.
    if (pool.threads.length < options.threads) await pool.run({});
    // The queue hands piscina no more tasks than it has threads, so the time limit starts when the import does.
    const deadline = AbortSignal.timeout(timeoutMs);
    let reply: unknown;
    try {
      reply = await pool.run({ xml, part }, { signal: deadline, transferList: handedOver(xml) });
    } catch (error) {
      // Aborting a running task ends its thread; the next import starts a new one.
      if (deadline.aborted) throw new ImportTimeout(`BPMN import took longer than ${timeoutMs} ms`);
      throw error;
    }
    if (!isImportReply(reply)) throw new Error('The import worker answered something unreadable.');
    if (reply.ok) return reply.result;
    const code = BPMN_ERROR_CODES.find((known) => known === reply.code);
    throw code ? new BpmnImportError(code, reply.message) : new Error(reply.message);
  };

  return {
    async run(xml, part) {
      try {
        return await queue.run(() => runOnThread(xml, part));
      } catch (error) {
        if (error instanceof QueueFull) throw new ImportBusy(error.message);
        throw error;
      }
    },
    stats: () => ({ running: queue.running, queued: queue.queued }),
    close: () => pool.destroy(),
  };
}

/** An upload's buffer moves to the thread instead of being copied; a view into a larger buffer is copied. */
function handedOver(xml: string | Uint8Array): ArrayBuffer[] {
  if (typeof xml === 'string' || !(xml.buffer instanceof ArrayBuffer)) return [];
  return xml.byteOffset === 0 && xml.byteLength === xml.buffer.byteLength ? [xml.buffer] : [];
}
