import { describe, expect, it } from 'vitest';
import { isImportReply } from './import-protocol.ts';

const prepared = {
  mapUpdate: new Uint8Array([0, 0]),
  searchText: 'Antrag prüfen',
  counts: { nodes: 1, edges: 0, lanes: 0 },
  unsupported: [],
  warnings: [],
  notes: [],
};

describe('isImportReply', () => {
  it('accepts a result and a refusal as the worker sends them', () => {
    expect(isImportReply({ ok: true, result: prepared })).toBe(true);
    expect(isImportReply({ ok: true, result: { ...prepared, title: 'Antrag', parts: [], part: 'p' } })).toBe(
      true,
    );
    expect(isImportReply({ ok: false, code: 'unreadable-xml', message: 'kaputt' })).toBe(true);
    expect(isImportReply({ ok: false, code: undefined, message: 'kaputt' })).toBe(true);
  });

  it('refuses anything else instead of trusting it', () => {
    for (const value of [
      null,
      'xml',
      { ok: true },
      { ok: true, result: { map: {}, unsupported: [], warnings: [] } },
      { ok: true, result: { ...prepared, mapUpdate: [0, 0] } },
      { ok: true, result: { ...prepared, counts: { nodes: -1, edges: 0, lanes: 0 } } },
      { ok: true, result: { ...prepared, counts: undefined } },
      { ok: true, result: { ...prepared, searchText: undefined } },
      { ok: false },
      { ok: 'yes' },
    ])
      expect(isImportReply(value), JSON.stringify(value)).toBe(false);
  });
});
