// The route table: every page of DESIGN.md, and nothing else.
import { describe, expect, it } from 'vitest';
import { matchRoute } from './router.ts';

describe('the router', () => {
  it('knows the pages of DESIGN.md', () => {
    expect(matchRoute('/')).toEqual({ page: 'start' });
    expect(matchRoute('/p/abc_DEF-1')).toEqual({ page: 'editor', processId: 'abc_DEF-1' });
    expect(matchRoute('/p/abc/v/3')).toEqual({ page: 'version', processId: 'abc', version: 3 });
    expect(matchRoute('/p/abc/compare?from=1&to=live')).toEqual({
      page: 'compare',
      processId: 'abc',
      from: '1',
      to: 'live',
    });
    expect(matchRoute('/join/tok-en_1')).toEqual({ page: 'join', token: 'tok-en_1' });
    expect(matchRoute('/login?next=/p/abc')).toEqual({ page: 'login' });
  });

  it('sends anything else to not-found', () => {
    expect(matchRoute('/p/../etc')).toEqual({ page: 'not-found' });
    expect(matchRoute('/p/abc/v/0')).toEqual({ page: 'not-found' });
  });
});
