// The rates form accepts German decimal commas and refuses what the server would refuse, with a reason.
import { describe, expect, it } from 'vitest';
import { parseDraft } from './rate-form.ts';

const row = (role: string, rate: string, key = 0) => ({ key, role, rate });

describe('parseDraft', () => {
  it('reads decimal commas and an empty default as "no default"', () => {
    expect(parseDraft({ defaultRate: '', rows: [row(' Gewerbeamt ', '62,50')] })).toEqual({
      ok: true,
      input: { defaultRate: null, roles: [{ role: 'Gewerbeamt', rate: 62.5 }] },
    });
    expect(parseDraft({ defaultRate: '58.5', rows: [] })).toEqual({
      ok: true,
      input: { defaultRate: 58.5, roles: [] },
    });
  });

  it('names the problem: bad amounts, nameless or repeated roles', () => {
    expect(parseDraft({ defaultRate: '-1', rows: [] })).toEqual({ ok: false, error: 'invalidRate' });
    expect(parseDraft({ defaultRate: '1.000,00', rows: [] })).toEqual({ ok: false, error: 'invalidRate' });
    expect(parseDraft({ defaultRate: '', rows: [row('A', '')] })).toEqual({
      ok: false,
      error: 'invalidRate',
    });
    expect(parseDraft({ defaultRate: '', rows: [row(' ', '5')] })).toEqual({ ok: false, error: 'emptyRole' });
    expect(parseDraft({ defaultRate: '', rows: [row('A', '5'), row('A ', '6', 1)] })).toEqual({
      ok: false,
      error: 'duplicateRole',
    });
  });
});
