import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next.ts';

const origin = 'https://prozesswerk.kehl.de';

describe('safeNextPath', () => {
  it('keeps paths on this site, with query and hash', () => {
    expect(safeNextPath('/p/abc?v=2#node', origin)).toBe('/p/abc?v=2#node');
    expect(safeNextPath('/', origin)).toBe('/');
  });

  it('sends every way out to another site to the start page instead', () => {
    for (const next of [
      null,
      '',
      'https://evil.example/x',
      '//evil.example/x',
      '/\\evil.example/x',
      '/%5Cevil.example/x'.replace('%5C', '\\'),
      '\\\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'p/relative',
    ])
      expect(safeNextPath(next, origin), String(next)).toBe('/');
  });
});
