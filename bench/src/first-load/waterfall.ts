// Records a page's request waterfall from the Chrome DevTools Protocol: each request's path, start and end (ms since
// the navigation started), bytes over the wire and content encoding, and the WebSocket messages received, so the
// first-load bench can tell what had to arrive before the map was painted.
import type { CDPSession } from 'playwright-core';

export type WaterfallEntry = {
  path: string;
  kind: string;
  startMs: number;
  /** When the last byte arrived; null while still loading (or for a WebSocket, its first message). */
  endMs: number | null;
  bytes: number;
  encoding: string;
  status: number;
};

type RequestEvent = {
  requestId: string;
  timestamp: number;
  wallTime: number;
  type?: string;
  request: { url: string };
};
type ResponseEvent = {
  requestId: string;
  response: { status: number; headers: Record<string, string>; fromServiceWorker?: boolean };
};
type FinishedEvent = { requestId: string; timestamp: number; encodedDataLength: number };
type SocketCreated = { requestId: string; url: string };
type SocketFrame = {
  requestId: string;
  timestamp: number;
  response: { payloadData: string; opcode: number };
};

export type WaterfallRecorder = {
  /** Milliseconds since the navigation's first request, for a wall-clock time taken in this process. */
  sinceStart(wallMs: number): number;
  entries(): WaterfallEntry[];
};

/** Starts recording; call before navigating (Network must be enabled on the session). */
export function recordWaterfall(cdp: CDPSession): WaterfallRecorder {
  const byId = new Map<string, WaterfallEntry>();
  /** Monotonic CDP seconds of the first request, and the wall clock (ms) at that moment. */
  let origin: { monotonic: number; wallMs: number } | null = null;
  const at = (timestamp: number) => (origin ? (timestamp - origin.monotonic) * 1000 : 0);

  cdp.on('Network.requestWillBeSent', (event: RequestEvent) => {
    origin ??= { monotonic: event.timestamp, wallMs: event.wallTime * 1000 };
    byId.set(event.requestId, {
      path: shortPath(event.request.url),
      kind: event.type ?? 'Other',
      startMs: at(event.timestamp),
      endMs: null,
      bytes: 0,
      encoding: '',
      status: 0,
    });
  });
  cdp.on('Network.responseReceived', (event: ResponseEvent) => {
    const entry = byId.get(event.requestId);
    if (!entry) return;
    entry.status = event.response.status;
    entry.encoding = header(event.response.headers, 'content-encoding') ?? '';
  });
  cdp.on('Network.loadingFinished', (event: FinishedEvent) => {
    const entry = byId.get(event.requestId);
    if (!entry) return;
    entry.endMs = at(event.timestamp);
    entry.bytes = event.encodedDataLength;
  });
  cdp.on('Network.webSocketCreated', (event: SocketCreated) => {
    byId.set(event.requestId, {
      path: shortPath(event.url),
      kind: 'WebSocket',
      startMs: origin ? Date.now() - origin.wallMs : 0,
      endMs: null,
      bytes: 0,
      encoding: '',
      status: 101,
    });
  });
  cdp.on('Network.webSocketFrameReceived', (event: SocketFrame) => {
    const entry = byId.get(event.requestId);
    if (!entry) return;
    entry.endMs ??= at(event.timestamp);
    // Binary frames arrive base64-encoded; the payload size is what went over the wire, give or take framing.
    const payload = event.response.payloadData;
    entry.bytes += event.response.opcode === 2 ? Math.floor((payload.length * 3) / 4) : payload.length;
  });

  return {
    sinceStart: (wallMs) => (origin ? wallMs - origin.wallMs : 0),
    entries: () => [...byId.values()].sort((a, b) => a.startMs - b.startMs),
  };
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

function shortPath(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + (parsed.search.length > 40 ? parsed.search.slice(0, 40) + '…' : parsed.search);
}

const UNCOMPRESSED_WORTH_NAMING = 2048;

export type WaterfallSummary = { requests: number; bytes: number; unencoded: string[] };

/** The requests that finished (or, for WebSockets, received their first message) by the given moment. */
export function summarizeBefore(entries: readonly WaterfallEntry[], paintMs: number): WaterfallSummary {
  const before = entries.filter((entry) => entry.endMs !== null && entry.endMs <= paintMs);
  return {
    requests: before.length,
    bytes: before.reduce((sum, entry) => sum + entry.bytes, 0),
    // Scripts, styles and the page itself that came without compression (below 1 KiB the build keeps no copy;
    // the response headers add about as much again).
    unencoded: before
      .filter(
        (entry) =>
          ['Script', 'Stylesheet', 'Document'].includes(entry.kind) &&
          entry.encoding === '' &&
          entry.bytes > UNCOMPRESSED_WORTH_NAMING,
      )
      .map((entry) => entry.path),
  };
}

/** One line per request: start → end, KiB, encoding, kind and path; a mark where the map was painted. */
export function formatWaterfall(entries: readonly WaterfallEntry[], paintMs: number): string {
  const lines: string[] = [];
  let marked = false;
  for (const entry of entries) {
    if (!marked && entry.startMs > paintMs) {
      lines.push(`    ${paintMs.toFixed(0).padStart(6)} ms  ── map painted ──`);
      marked = true;
    }
    const end = entry.endMs === null ? '     …' : entry.endMs.toFixed(0).padStart(6);
    lines.push(
      `    ${entry.startMs.toFixed(0).padStart(6)} → ${end} ms ${(entry.bytes / 1024).toFixed(1).padStart(6)} KiB ` +
        `${entry.encoding.padEnd(4)} ${entry.kind.padEnd(10)} ${entry.path}`,
    );
  }
  if (!marked) lines.push(`    ${paintMs.toFixed(0).padStart(6)} ms  ── map painted ──`);
  return lines.join('\n');
}
