// Ledger of measured edits in one thread: deliveries expected from its senders and latencies seen by its receivers.
import { createSampleList } from '../report/percentiles.ts';

/** The measure window on benchClock; an edit is measured when its send time falls inside it. */
export type MeasureWindow = { from: number; until: number };

export type LedgerTotals = {
  editsSent: number;
  /** Receivers that should get this thread's measured edits (they may live in other threads). */
  expectedDeliveries: number;
  /** Latency (ms) of each measured edit this thread's editors received, from any sender. */
  samples: Float64Array<ArrayBuffer>;
};

export type DeliveryLedger = {
  measure(window: MeasureWindow): void;
  sent(sentAt: number, receivers: number): void;
  received(sentAt: number, receivedAt: number): void;
  counts(): { expectedDeliveries: number; delivered: number };
  /** Stops recording (later arrivals count as lost) and hands over the figures. */
  close(): LedgerTotals;
};

export function createDeliveryLedger(): DeliveryLedger {
  const samples = createSampleList();
  let window: MeasureWindow | undefined;
  let closed = false;
  let editsSent = 0;
  let expectedDeliveries = 0;
  let delivered = 0;
  const measured = (sentAt: number) =>
    !closed && window !== undefined && sentAt >= window.from && sentAt < window.until;

  return {
    measure(next) {
      window = next;
    },
    sent(sentAt, receivers) {
      if (!measured(sentAt)) return;
      editsSent += 1;
      expectedDeliveries += receivers;
    },
    received(sentAt, receivedAt) {
      if (!measured(sentAt)) return;
      delivered += 1;
      samples.push(receivedAt - sentAt);
    },
    counts: () => ({ expectedDeliveries, delivered }),
    close() {
      closed = true;
      return { editsSent, expectedDeliveries, samples: samples.values() };
    },
  };
}
