// How municipalities run one service as table rows: one row per figure, one cell per variant, the best value marked.
import type { ComparedVariant } from '@prozesswerk/contract';
import { formatDuration, formatEuro, formatNumber, type Formatter } from './metric-rows.ts';

export const MUNICIPALITY_ROW_IDS = [
  'cases',
  'staffMinutesPerCase',
  'staffCostPerCase',
  'leadTime',
  'handOffs',
  'mediaBreaks',
  'staffMinutesPerYear',
  'staffCostPerYear',
  'handOffsPerYear',
  'mediaBreaksPerYear',
] as const;
export type MunicipalityRowId = (typeof MUNICIPALITY_ROW_IDS)[number];

export type MunicipalityCell = { text: string; missing: boolean; best: boolean };
export type MunicipalityRow = { id: MunicipalityRowId; label: string; cells: MunicipalityCell[] };

const FIGURES: Record<MunicipalityRowId, (v: ComparedVariant) => number | null> = {
  cases: (v) => v.casesPerYear,
  staffMinutesPerCase: (v) => v.perCase.staffMinutes,
  staffCostPerCase: (v) => v.perCase.staffCost,
  leadTime: (v) => v.perCase.leadTimeMin,
  handOffs: (v) => v.perCase.handOffs,
  mediaBreaks: (v) => v.perCase.mediaBreaks,
  staffMinutesPerYear: (v) => v.perYear.staffMinutes,
  staffCostPerYear: (v) => v.perYear.staffCost,
  handOffsPerYear: (v) => v.perYear.handOffs,
  mediaBreaksPerYear: (v) => v.perYear.mediaBreaks,
};

function format(f: Formatter, id: MunicipalityRowId, value: number): string {
  if (id === 'staffMinutesPerCase' || id === 'leadTime' || id === 'staffMinutesPerYear')
    return formatDuration(f, value);
  if (id === 'staffCostPerCase') return formatEuro(f, value, 2);
  if (id === 'staffCostPerYear') return formatEuro(f, value);
  return formatNumber(f, value, id === 'handOffs' || id === 'mediaBreaks' ? 1 : 0);
}

/**
 * The rows of the comparison. Missing figures read "keine Angaben", never 0. The smallest figure is the best one,
 * except for the case numbers (more cases are neither better nor worse); a best value needs two figures to beat.
 */
export function municipalityRows(f: Formatter, variants: readonly ComparedVariant[]): MunicipalityRow[] {
  return MUNICIPALITY_ROW_IDS.map((id) => {
    const values = variants.map(FIGURES[id]);
    const known = values.filter((v): v is number => v !== null);
    const best = id !== 'cases' && known.length >= 2 && new Set(known).size > 1 ? Math.min(...known) : null;
    return {
      id,
      label: f.t(`analysis.municipalities.row.${id}`),
      cells: values.map((value) => ({
        text: value === null ? f.t('analysis.municipalities.missing') : format(f, id, value),
        missing: value === null,
        best: value !== null && best !== null && Math.abs(value - best) < 1e-9,
      })),
    };
  });
}
