// Where to go after signing in: only a path on this site, never another origin (open redirect).

/**
 * Returns `next` as a same-origin path (path, query and hash), or "/" for anything else: absolute URLs,
 * protocol-relative `//host`, backslash tricks like `/\evil.example` that browsers read as `//evil.example`.
 */
export function safeNextPath(next: string | null, origin: string): string {
  const hasControlCharacter = [...(next ?? '')].some((char) => char.charCodeAt(0) < 0x20);
  if (!next || !next.startsWith('/') || next.includes('\\') || hasControlCharacter) return '/';
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
