// What the inspector accepts and how it explains what it does not.
import { describe, expect, it } from 'vitest';
import { checkNumberAttr, checkTextAttr } from './validate-attr.ts';

describe('inspector validation', () => {
  it('accepts German decimal commas and clears a value left empty', () => {
    expect(checkNumberAttr('durationMin', '2,5')).toEqual({ ok: true, patch: { durationMin: 2.5 } });
    expect(checkNumberAttr('waitMin', '  ')).toEqual({ ok: true, patch: { waitMin: null } });
  });

  it('explains words and negative numbers', () => {
    expect(checkNumberAttr('casesPerYear', 'viele')).toMatchObject({
      ok: false,
      message: 'inspector.errors.notANumber',
    });
    expect(checkNumberAttr('durationMin', '-1')).toMatchObject({
      ok: false,
      message: 'inspector.errors.negative',
    });
  });

  it('limits text length', () => {
    expect(checkTextAttr('role', 'x'.repeat(501))).toMatchObject({ ok: false, values: { max: 500 } });
    expect(checkTextAttr('legalBasis', '§ 14 GewO')).toEqual({
      ok: true,
      patch: { legalBasis: '§ 14 GewO' },
    });
  });
});
