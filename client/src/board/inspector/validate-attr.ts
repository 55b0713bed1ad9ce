// Validates one attribute as typed in the inspector, with the process model's schema and a German-first message key.
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_TEXT_LENGTH,
  activityAttrsPatchSchema,
} from '@prozesswerk/process-model';
import type { ActivityAttrsPatch } from '@prozesswerk/process-model';

export const NUMBER_ATTRS = ['durationMin', 'waitMin', 'casesPerYear'] as const;
export const TEXT_ATTRS = ['role', 'itSystem', 'legalBasis'] as const;
export type NumberAttr = (typeof NUMBER_ATTRS)[number];
export type TextAttr = (typeof TEXT_ATTRS)[number] | 'description';

export type AttrCheck =
  { ok: true; patch: ActivityAttrsPatch } | { ok: false; message: string; values?: Record<string, number> };

export function checkNumberAttr(key: NumberAttr, input: string): AttrCheck {
  const text = input.trim().replace(',', '.');
  if (text === '') return { ok: true, patch: { [key]: null } };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: 'inspector.errors.notANumber' };
  const result = activityAttrsPatchSchema.safeParse({ [key]: value });
  if (!result.success) return { ok: false, message: 'inspector.errors.negative' };
  return { ok: true, patch: result.data };
}

export function checkTextAttr(key: TextAttr, input: string): AttrCheck {
  if (input.trim() === '') return { ok: true, patch: { [key]: null } };
  const result = activityAttrsPatchSchema.safeParse({ [key]: input });
  if (result.success) return { ok: true, patch: result.data };
  const max = key === 'description' ? MAX_DESCRIPTION_LENGTH : MAX_TEXT_LENGTH;
  return { ok: false, message: 'inspector.errors.tooLong', values: { max } };
}
