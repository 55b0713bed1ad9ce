// A small Prometheus metrics registry: counters, gauges and histograms rendered as text exposition.

type Labels = Record<string, string>;
type Series = { labels: Labels; value: number };

export type Counter = { inc(labels?: Labels, by?: number): void };
export type Gauge = {
  set(value: number, labels?: Labels): void;
  inc(by?: number): void;
  dec(by?: number): void;
};
export type Histogram = { observe(seconds: number): void };

export type MetricsRegistry = {
  counter(name: string, help: string): Counter;
  gauge(name: string, help: string, collect?: () => number): Gauge;
  histogram(name: string, help: string, buckets?: readonly number[]): Histogram;
  render(): string;
};

const DEFAULT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] as const;

function labelKey(labels: Labels): string {
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`)
    .join(',');
}

function line(name: string, labels: Labels, value: number): string {
  const key = labelKey(labels);
  return `${name}${key ? `{${key}}` : ''} ${value}`;
}

export function createMetricsRegistry(): MetricsRegistry {
  const renderers: (() => string[])[] = [];

  return {
    counter(name, help) {
      const series = new Map<string, Series>();
      renderers.push(() => [
        `# HELP ${name} ${help}`,
        `# TYPE ${name} counter`,
        ...(series.size === 0
          ? [line(name, {}, 0)]
          : [...series.values()].map((s) => line(name, s.labels, s.value))),
      ]);
      return {
        inc(labels = {}, by = 1) {
          const key = labelKey(labels);
          const current = series.get(key) ?? { labels, value: 0 };
          current.value += by;
          series.set(key, current);
        },
      };
    },

    gauge(name, help, collect) {
      let value = 0;
      renderers.push(() => [
        `# HELP ${name} ${help}`,
        `# TYPE ${name} gauge`,
        line(name, {}, collect ? collect() : value),
      ]);
      return {
        set: (next) => void (value = next),
        inc: (by = 1) => void (value += by),
        dec: (by = 1) => void (value -= by),
      };
    },

    histogram(name, help, buckets = DEFAULT_BUCKETS) {
      const counts = buckets.map(() => 0);
      let sum = 0;
      let count = 0;
      renderers.push(() => [
        `# HELP ${name} ${help}`,
        `# TYPE ${name} histogram`,
        ...buckets.map((le, i) => line(`${name}_bucket`, { le: String(le) }, counts[i] ?? 0)),
        line(`${name}_bucket`, { le: '+Inf' }, count),
        line(`${name}_sum`, {}, sum),
        line(`${name}_count`, {}, count),
      ]);
      return {
        observe(seconds) {
          buckets.forEach((le, i) => {
            if (seconds <= le) counts[i] = (counts[i] ?? 0) + 1;
          });
          sum += seconds;
          count += 1;
        },
      };
    },

    render: () => renderers.flatMap((render) => render()).join('\n') + '\n',
  };
}
