import { describe, expect, it } from 'vitest';
import { createMetricsRegistry } from './registry.ts';

describe('metrics registry', () => {
  it('renders counters with labels, gauges and cumulative histogram buckets', () => {
    const registry = createMetricsRegistry();
    const closed = registry.counter('ws_closed_total', 'Closed sockets');
    closed.inc({ reason: 'malformed-message' });
    closed.inc({ reason: 'malformed-message' });
    registry.gauge('rooms_loaded', 'Rooms', () => 3);
    const latency = registry.histogram('store_seconds', 'Latency', [0.01, 0.1]);
    latency.observe(0.005);
    latency.observe(0.05);
    const text = registry.render();
    expect(text).toContain('ws_closed_total{reason="malformed-message"} 2');
    expect(text).toContain('rooms_loaded 3');
    expect(text).toContain('store_seconds_bucket{le="0.01"} 1');
    expect(text).toContain('store_seconds_bucket{le="0.1"} 2');
    expect(text).toContain('store_seconds_count 2');
  });
});
