// A tiny router on the History API: the current path as a hook, navigate(), and the table of pages.
import { useSyncExternalStore } from 'react';

const NAVIGATE = 'prozesswerk:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE, callback);
  };
}

/** The path and query, so pages that read query parameters re-render when only those change. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname + window.location.search);
}

export function navigate(path: string): void {
  window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE));
}

export type Route =
  | { page: 'start' }
  | { page: 'login' }
  | { page: 'setup' }
  | { page: 'join'; token: string }
  | { page: 'members'; orgId: string | null }
  | { page: 'invitation'; token: string }
  | { page: 'reset-password'; token: string }
  | { page: 'editor'; processId: string }
  | { page: 'version'; processId: string; version: number }
  | { page: 'compare'; processId: string; from: string | null; to: string | null }
  | { page: 'sheet'; processId: string; version: number | null }
  | { page: 'process-compare'; a: string | null; b: string | null }
  | { page: 'municipality-compare'; leika: string | null; family: string | null }
  | { page: 'not-found' };

const ID = '([A-Za-z0-9_-]{1,64})';

export function matchRoute(location: string): Route {
  const url = new URL(location, 'http://local');
  const path = url.pathname.replace(/\/$/, '') || '/';
  if (path === '/') return { page: 'start' };
  if (path === '/login') return { page: 'login' };
  if (path === '/setup') return { page: 'setup' };
  const join = new RegExp(`^/join/([A-Za-z0-9_.~-]{1,200})$`).exec(path);
  if (join?.[1]) return { page: 'join', token: join[1] };
  if (path === '/admin/members') {
    const org = url.searchParams.get('org');
    return { page: 'members', orgId: org && new RegExp(`^${ID}$`).test(org) ? org : null };
  }
  const invitation = new RegExp(`^/invitation/([A-Za-z0-9_.~-]{1,200})$`).exec(path);
  if (invitation?.[1]) return { page: 'invitation', token: invitation[1] };
  const reset = new RegExp(`^/reset-password/([A-Za-z0-9_.~-]{1,200})$`).exec(path);
  if (reset?.[1]) return { page: 'reset-password', token: reset[1] };
  const editor = new RegExp(`^/p/${ID}$`).exec(path);
  if (editor?.[1]) return { page: 'editor', processId: editor[1] };
  const version = new RegExp(`^/p/${ID}/v/([1-9][0-9]{0,8})$`).exec(path);
  if (version?.[1] && version[2])
    return { page: 'version', processId: version[1], version: Number(version[2]) };
  const compare = new RegExp(`^/p/${ID}/compare$`).exec(path);
  if (compare?.[1]) {
    const params = url.searchParams;
    return { page: 'compare', processId: compare[1], from: params.get('from'), to: params.get('to') };
  }
  const sheet = new RegExp(`^/p/${ID}/sheet$`).exec(path);
  if (sheet?.[1]) {
    const version = /^[1-9][0-9]{0,8}$/.exec(url.searchParams.get('version') ?? '');
    return { page: 'sheet', processId: sheet[1], version: version ? Number(version[0]) : null };
  }
  if (path === '/compare') {
    const side = (name: string) => {
      const value = url.searchParams.get(name);
      return value && new RegExp(`^${ID}$`).test(value) ? value : null;
    };
    return { page: 'process-compare', a: side('a'), b: side('b') };
  }
  if (path === '/compare-municipalities') {
    const leika = url.searchParams.get('leika');
    const family = url.searchParams.get('family');
    return {
      page: 'municipality-compare',
      leika: leika && /^\d{14}$/.test(leika) ? leika : null,
      family: family && new RegExp(`^${ID}$`).test(family) ? family : null,
    };
  }
  return { page: 'not-found' };
}
