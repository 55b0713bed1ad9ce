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

  it('knows the process sheet and the side-by-side comparison of two processes', () => {
    expect(matchRoute('/p/abc/sheet')).toEqual({ page: 'sheet', processId: 'abc', version: null });
    expect(matchRoute('/p/abc/sheet?version=4')).toEqual({ page: 'sheet', processId: 'abc', version: 4 });
    expect(matchRoute('/p/abc/sheet?version=x')).toEqual({ page: 'sheet', processId: 'abc', version: null });
    expect(matchRoute('/compare?a=kehl1&b=og_2')).toEqual({ page: 'process-compare', a: 'kehl1', b: 'og_2' });
    expect(matchRoute('/compare?a=../x')).toEqual({ page: 'process-compare', a: null, b: null });
  });

  it('knows member administration and the one-time links people receive', () => {
    expect(matchRoute('/admin/members')).toEqual({ page: 'members', orgId: null });
    expect(matchRoute('/admin/members?org=kehl_1')).toEqual({ page: 'members', orgId: 'kehl_1' });
    expect(matchRoute('/admin/members?org=../x')).toEqual({ page: 'members', orgId: null });
    expect(matchRoute('/invitation/mem_abc-1')).toEqual({ page: 'invitation', token: 'mem_abc-1' });
    expect(matchRoute('/reset-password/pwr_x')).toEqual({ page: 'reset-password', token: 'pwr_x' });
    expect(matchRoute('/invitation/')).toEqual({ page: 'not-found' });
  });

  it('sends anything else to not-found', () => {
    expect(matchRoute('/p/../etc')).toEqual({ page: 'not-found' });
    expect(matchRoute('/p/abc/v/0')).toEqual({ page: 'not-found' });
  });
});
