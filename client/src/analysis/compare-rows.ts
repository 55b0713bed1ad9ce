// Two processes' metrics side by side: which figure is better, and by how much they differ.
import type { ProcessMetrics } from '@prozesswerk/process-model';
import { formatRowValue, metricRows, type Formatter, type MetricRowId } from './metric-rows.ts';

export type Verdict = 'same' | 'better' | 'worse' | 'different' | 'unknown';

export type CompareRow = {
  id: MetricRowId;
  label: string;
  hint: string | undefined;
  texts: [string, string];
  verdicts: [Verdict, Verdict];
  /** Second minus first, signed ("+2", "−3 Stunden"); empty when a side has no figure. */
  difference: string;
};

function verdicts(
  a: number | null,
  b: number | null,
  lowerIsBetter: boolean | undefined,
): [Verdict, Verdict] {
  if (a === null || b === null) return ['unknown', 'unknown'];
  if (Math.abs(a - b) < 1e-9) return ['same', 'same'];
  if (lowerIsBetter === undefined) return ['different', 'different'];
  return a < b === lowerIsBetter ? ['better', 'worse'] : ['worse', 'better'];
}

export function compareRows(f: Formatter, first: ProcessMetrics, second: ProcessMetrics): CompareRow[] {
  const left = metricRows(f, first);
  const right = metricRows(f, second);
  return left.map((row, index) => {
    const other = right[index] ?? row;
    const a = row.value;
    const b = other.value;
    const delta = a === null || b === null ? null : b - a;
    return {
      id: row.id,
      label: row.label,
      hint: row.hint,
      texts: [row.text, other.text],
      verdicts: verdicts(a, b, row.lowerIsBetter),
      difference:
        delta === null
          ? ''
          : Math.abs(delta) < 1e-9
            ? f.t('analysis.compare.same')
            : `${delta > 0 ? '+' : '−'}${formatRowValue(f, row.id, Math.abs(delta))}`,
    };
  });
}
