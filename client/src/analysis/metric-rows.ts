// The metrics as table rows in the reader's language: one place that words and formats every figure.
import type { TFunction } from 'i18next';
import type { ProcessMetrics } from '@prozesswerk/process-model';
import { durationParts, staffTime } from './format.ts';

export const METRIC_ROW_IDS = [
  'activities',
  'decisions',
  'handOffs',
  'mediaBreaks',
  'leadTime',
  'cases',
  'staffTime',
  'staffTimePerCase',
  'staffCost',
] as const;
export type MetricRowId = (typeof METRIC_ROW_IDS)[number];

export type MetricRow = {
  id: MetricRowId;
  label: string;
  hint: string | undefined;
  /** The figure compared between processes; null where there is none (no path from start to end). */
  value: number | null;
  text: string;
  /** Whether a smaller figure is the better one (fewer hand-offs, less time); undefined: neither. */
  lowerIsBetter: boolean | undefined;
};

export type Formatter = {
  t: TFunction;
  language: string;
};

export function formatNumber({ language }: Formatter, value: number, decimals = 0): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: decimals }).format(value);
}

export function formatEuro({ language }: Formatter, value: number, decimals = 0): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: decimals,
  }).format(value);
}

export function formatDuration(f: Formatter, minutes: number): string {
  const { unit, value } = durationParts(minutes);
  return f.t(`analysis.value.${unit}`, { count: value, value: formatNumber(f, value, 1) });
}

export function formatStaffTime(f: Formatter, minutesPerYear: number): string {
  const { hours, posts } = staffTime(minutesPerYear);
  return f.t('analysis.value.staffTime', { hours: formatNumber(f, hours), posts: formatNumber(f, posts, 2) });
}

/** How a figure reads in each row, also used for differences between two processes. */
export function formatRowValue(f: Formatter, id: MetricRowId, value: number): string {
  if (id === 'leadTime' || id === 'staffTimePerCase') return formatDuration(f, value);
  if (id === 'staffTime') return formatStaffTime(f, value);
  if (id === 'staffCost') return formatEuro(f, value);
  return formatNumber(f, value);
}

// What a row without a figure says: no path from start to end, or no step that gives its cases.
const MISSING: Partial<Record<MetricRowId, string>> = { cases: 'noCases', staffTimePerCase: 'noCases' };

export function metricRows(f: Formatter, metrics: ProcessMetrics): MetricRow[] {
  const values: Record<MetricRowId, number | null> = {
    activities: metrics.counts.activities,
    decisions: metrics.counts.decisions,
    handOffs: metrics.handOffs,
    mediaBreaks: metrics.mediaBreaks,
    leadTime: metrics.leadTimeMin,
    cases: metrics.casesPerYear,
    staffTime: metrics.staffMinutesPerYear,
    staffTimePerCase: metrics.staffMinutesPerCase,
    staffCost: metrics.staffCostPerYear,
  };
  const hinted: ReadonlySet<MetricRowId> = new Set([
    'leadTime',
    'cases',
    'staffTime',
    'staffTimePerCase',
    'staffCost',
  ]);
  // More cases are neither better nor worse; the rest is better when smaller (fewer hand-offs, less time).
  const neutral: ReadonlySet<MetricRowId> = new Set(['activities', 'decisions', 'cases']);
  return METRIC_ROW_IDS.map((id) => {
    const value = values[id];
    return {
      id,
      label: f.t(`analysis.metric.${id}`),
      hint: hinted.has(id) ? f.t(`analysis.metric.${id}Hint`) : undefined,
      value,
      text: value === null ? f.t(`analysis.value.${MISSING[id] ?? 'noPath'}`) : formatRowValue(f, id, value),
      lowerIsBetter: neutral.has(id) ? undefined : true,
    };
  });
}
