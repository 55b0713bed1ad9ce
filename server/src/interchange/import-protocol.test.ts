import { describe, expect, it } from 'vitest';
import { isImportReply } from './import-protocol.ts';

describe('isImportReply', () => {
  it('accepts a result and a refusal as the worker sends them', () => {
    expect(isImportReply({ ok: true, result: { map: {}, unsupported: [], warnings: [] } })).toBe(true);
    expect(isImportReply({ ok: false, code: 'unreadable-xml', message: 'kaputt' })).toBe(true);
    expect(isImportReply({ ok: false, code: undefined, message: 'kaputt' })).toBe(true);
  });

  it('refuses anything else instead of trusting it', () => {
    for (const value of [
      null,
      'xml',
      { ok: true },
      { ok: true, result: { map: {} } },
      { ok: false },
      { ok: 'yes' },
    ])
      expect(isImportReply(value), JSON.stringify(value)).toBe(false);
  });
});
