// The sync server's Prometheus metrics, registered once per server instance.
import type { Counter, Histogram, MetricsRegistry } from '../metrics/registry.ts';

export type SyncMetrics = {
  updatesStored: Counter;
  batchesStored: Counter;
  storeFailures: Counter;
  storeWriteSeconds: Histogram;
  storeWriteCpuSeconds: Counter;
  messagesReceived: Counter;
  socketsClosed: Counter;
  updatesDenied: Counter;
  awarenessRefused: Counter;
  roomLoadSeconds: Histogram;
};

export function createSyncMetrics(
  registry: MetricsRegistry,
  live: { roomsLoaded: () => number; connections: () => number },
): SyncMetrics {
  registry.gauge('prozesswerk_rooms_loaded', 'Sync rooms currently loaded in memory', live.roomsLoaded);
  registry.gauge('prozesswerk_connections', 'Open sync WebSocket connections', live.connections);
  return {
    updatesStored: registry.counter('prozesswerk_updates_stored_total', 'Document updates durably stored'),
    batchesStored: registry.counter(
      'prozesswerk_store_batches_total',
      'Storage transactions of batched updates',
    ),
    storeFailures: registry.counter('prozesswerk_store_failures_total', 'Storage writes that failed'),
    storeWriteSeconds: registry.histogram(
      'prozesswerk_store_write_seconds',
      'Latency of one batched storage write',
    ),
    storeWriteCpuSeconds: registry.counter(
      'prozesswerk_store_write_cpu_seconds_total',
      'CPU time of the server process while storage writes ran on its event loop (SQLite: the commit with its fsync)',
    ),
    messagesReceived: registry.counter(
      'prozesswerk_messages_received_total',
      'Sync messages received by type',
    ),
    socketsClosed: registry.counter(
      'prozesswerk_sockets_closed_total',
      'Sync sockets closed by the server, by reason',
    ),
    updatesDenied: registry.counter(
      'prozesswerk_updates_denied_total',
      'Document updates dropped for lack of permission',
    ),
    awarenessRefused: registry.counter(
      'prozesswerk_awareness_refused_total',
      'Awareness messages neither applied nor relayed, by reason',
    ),
    roomLoadSeconds: registry.histogram('prozesswerk_room_load_seconds', 'Time to load a room from storage'),
  };
}
