// A map field's name and value as people read them ("Bearbeitungszeit: 15 Min. → 20 Min."), for every diff.
import type { TFunction } from 'i18next';

/** Looks an id up (a step's or a lane's name), for fields that point at another element. */
export type NameOf = (id: string) => string | undefined;

const ATTR_PREFIX = 'attrs.';
const MAX_TEXT = 120;

/** The field's name in the reader's language; unknown fields (a newer schema's) keep their path. */
export function fieldName(t: TFunction, field: string): string {
  const key = field.startsWith(ATTR_PREFIX) ? field.slice(ATTR_PREFIX.length) : field;
  return t(`fieldNames.${key}`, { defaultValue: key });
}

/**
 * The value in the reader's language: kinds and media by name, minutes with their unit, numbers in the
 * language's format, ids as the name of what they point at, text in quotes; undefined reads "nicht angegeben".
 */
export function fieldValue(
  t: TFunction,
  language: string,
  field: string,
  value: unknown,
  nameOf: NameOf = () => undefined,
): string {
  if (value === undefined || value === null || value === '') return t('inspector.notSet');
  const number = (n: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n);
  if (typeof value === 'number') {
    if (field === 'attrs.durationMin' || field === 'attrs.waitMin')
      return `${number(value)} ${t('units.minutes')}`;
    if (field === 'attrs.casesPerYear') return `${number(value)} ${t('units.perYear')}`;
    return number(value);
  }
  if (typeof value === 'string') {
    if (field === 'attrs.medium') return t(`medium.${value}`, { defaultValue: value });
    if (field === 'kind') return kindName(t, value);
    if (field === 'laneId' || field === 'source' || field === 'target') return quote(nameOf(value) ?? value);
    return quote(value);
  }
  if (typeof value === 'boolean') return t(value ? 'fieldNames.yes' : 'fieldNames.no');
  return JSON.stringify(value).slice(0, MAX_TEXT);
}

function kindName(t: TFunction, kind: string): string {
  return t(`kinds.${kind}.name`, {
    defaultValue: t(`edges.${kind}`, { defaultValue: t(`lanes.kind.${kind}`, { defaultValue: kind }) }),
  });
}

function quote(text: string): string {
  const short = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
  return `„${short}“`;
}
