// The editors one thread drives: connect them, let them edit on schedule, record the measure window.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDeliveryLedger, type LedgerTotals, type MeasureWindow } from './deliveries.ts';
import {
  benchClock,
  type ConnectEditor,
  type Editor,
  type EditorEvents,
  type EditorTarget,
} from './editor.ts';

export type GroupTotals = LedgerTotals & {
  /** Connections that closed while the run was under way (not counting teardown). */
  disconnects: number;
  closeCodes: Record<string, number>;
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
};

export type EditorGroup = {
  connect(): Promise<void>;
  /** Starts the edit schedule; edits sent within `window` are measured. */
  startEditing(window: MeasureWindow): void;
  stopEditing(): void;
  counts(): { expectedDeliveries: number; delivered: number };
  finish(): GroupTotals;
  destroy(): Promise<void>;
};

export type EditorGroupSpec = {
  targets: readonly EditorTarget[];
  connect: ConnectEditor;
  receiversPerEdit: number;
  editsPerSecondPerEditor: number;
};

const CONNECT_BATCH = 50;
const CONNECT_TIMEOUT_MS = 60_000;

export function createEditorGroup(spec: EditorGroupSpec): EditorGroup {
  const ledger = createDeliveryLedger();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  const closeCodes: Record<string, number> = {};
  let disconnects = 0;
  let tearingDown = false;
  const events: EditorEvents = {
    onRemoteEdit: (sentAt, receivedAt) => ledger.received(sentAt, receivedAt),
    onDisconnect(code) {
      if (tearingDown) return;
      disconnects += 1;
      closeCodes[String(code)] = (closeCodes[String(code)] ?? 0) + 1;
    },
  };
  const editors: Editor[] = [];
  let stopEditing: () => void = () => undefined;
  let loopDelayTimer: NodeJS.Timeout | undefined;

  return {
    async connect() {
      // In batches that each finish syncing, so the server is not flooded with handshakes.
      for (let start = 0; start < spec.targets.length; start += CONNECT_BATCH) {
        const batch = spec.targets
          .slice(start, start + CONNECT_BATCH)
          .map((target) => spec.connect(target, events));
        editors.push(...batch);
        const deadline = benchClock() + CONNECT_TIMEOUT_MS;
        while (!batch.every((editor) => editor.isSynced())) {
          if (benchClock() > deadline) {
            const synced = editors.filter((editor) => editor.isSynced()).length;
            throw new Error(
              `only ${synced} of ${editors.length} editors synced within ${CONNECT_TIMEOUT_MS} ms`,
            );
          }
          await sleep(20);
        }
      }
    },
    startEditing(window) {
      ledger.measure(window);
      loopDelayTimer = setTimeout(() => loopDelay.enable(), Math.max(0, window.from - benchClock()));
      stopEditing = startSchedule(editors, spec.editsPerSecondPerEditor, (editor, key) => {
        const sentAt = benchClock();
        ledger.sent(sentAt, spec.receiversPerEdit);
        editor.edit(key, sentAt);
      });
    },
    stopEditing() {
      clearTimeout(loopDelayTimer);
      stopEditing();
      loopDelay.disable();
    },
    counts: () => ledger.counts(),
    finish() {
      return {
        ...ledger.close(),
        disconnects,
        closeCodes,
        loopDelayP99Ms: loopDelay.count > 0 ? loopDelay.percentile(99) / 1e6 : 0,
        loopDelayMaxMs: loopDelay.count > 0 ? loopDelay.max / 1e6 : 0,
      };
    },
    async destroy() {
      tearingDown = true;
      stopEditing();
      await Promise.all(editors.splice(0).map((editor) => editor.destroy()));
    },
  };
}

/** Each editor edits at a fixed rate from a random phase, so load is spread evenly over time. */
function startSchedule(
  editors: readonly Editor[],
  editsPerSecond: number,
  edit: (editor: Editor, key: string) => void,
): () => void {
  const periodMs = 1000 / editsPerSecond;
  const timers: NodeJS.Timeout[] = [];
  // Keys only need to be unique per room; a random prefix per thread keeps them unique across threads.
  const prefix = Math.random().toString(36).slice(2, 8);
  editors.forEach((editor, index) => {
    let seq = 0;
    const tick = () => edit(editor, `${prefix}-${index}-${seq++}`);
    timers.push(
      setTimeout(() => {
        tick();
        timers.push(setInterval(tick, periodMs));
      }, Math.random() * periodMs),
    );
  });
  return () => {
    for (const timer of timers.splice(0)) clearTimeout(timer);
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
