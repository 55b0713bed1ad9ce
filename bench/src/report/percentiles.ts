// Summary statistics of latency samples (nearest-rank percentiles over all samples, none dropped).

export type LatencySummary = {
  count: number;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  max: number | null;
  mean: number | null;
};

export function summarize(samples: Float64Array): LatencySummary {
  const count = samples.length;
  if (count === 0) return { count, p50: null, p90: null, p99: null, max: null, mean: null };
  const sorted = Float64Array.from(samples).sort();
  const rank = (q: number) => sorted[Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1))] ?? null;
  let sum = 0;
  for (const sample of sorted) sum += sample;
  return {
    count,
    p50: rank(0.5),
    p90: rank(0.9),
    p99: rank(0.99),
    max: sorted[count - 1] ?? null,
    mean: sum / count,
  };
}

/** A growable list of float samples that avoids boxing hundreds of thousands of numbers. */
export type SampleList = { push(value: number): void; values(): Float64Array<ArrayBuffer> };

export function createSampleList(initialCapacity = 1 << 16): SampleList {
  let buffer = new Float64Array(initialCapacity);
  let length = 0;
  return {
    push(value) {
      if (length === buffer.length) {
        const grown = new Float64Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
      buffer[length++] = value;
    },
    values: () => buffer.subarray(0, length),
  };
}
