// Serves the built browser client (client/dist) with a fallback to index.html for client-side routes. Assets are sent
// precompressed (Brotli or gzip copies the build wrote beside them) when the browser accepts that encoding.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** Encodings in order of preference, with the suffix of the copy the build wrote. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

const PLACEHOLDER = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Prozesswerk</title>
<body style="font-family:system-ui;margin:3rem"><h1>Prozesswerk</h1>
<p>Der Server läuft. Die Browser-Oberfläche ist noch nicht gebaut: <code>npm run build</code>.</p></body></html>`;

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/*
 * A process's editor (/p/{id}) is answered with the build's editor.html where there is one: index.html plus
 * preloads of the editor's code, so the browser asks for it with the page instead of after the app's entry ran.
 * A Link header asks for the two answers the editor waits for first (who is signed in, the process with the
 * caller's role) at the same time; the browser hands them to the app's own `fetch` of the same URLs.
 */
const EDITOR_PATH = /^\/p\/([A-Za-z0-9_-]{1,64})\/?$/;
const EDITOR_HTML = 'editor.html';

type Page = { file: string; link?: string };

/** The page for a path that is not a file of the build. */
function pageFor(root: string, pathname: string): Page {
  const processId = EDITOR_PATH.exec(pathname)?.[1];
  const editor = join(root, EDITOR_HTML);
  if (!processId || !isFile(editor)) return { file: join(root, 'index.html') };
  const link = ['/api/auth/session', `/api/processes/${processId}`]
    .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin`)
    .join(', ');
  return { file: editor, link };
}

/** The encodings an Accept-Encoding header allows (q=0 excludes one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

export function staticClient(distDir: string): Hono {
  const app = new Hono();
  const root = normalize(distDir);
  const hasBuild = existsSync(join(root, 'index.html'));

  app.get('*', (c) => {
    if (!hasBuild) return c.html(PLACEHOLDER);
    const pathname = decodeURIComponent(new URL(c.req.url).pathname);
    const path = normalize(join(root, pathname));
    const inside = path.startsWith(root + sep);
    const page: Page = inside && isFile(path) ? { file: path } : pageFor(root, pathname);
    const file = page.file;
    const hashed = file.includes(`${sep}assets${sep}`);
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(page.link ? { link: page.link } : {}),
    };
    const accepted = acceptedEncodings(c.req.header('accept-encoding'));
    const variants = ENCODINGS.filter((encoding) => isFile(file + encoding.suffix));
    // Whether a copy exists does not depend on the request, so caches must key on the encoding asked for.
    if (variants.length > 0) headers['vary'] = 'Accept-Encoding';
    const chosen = variants.find((encoding) => accepted.has(encoding.name));
    if (chosen) headers['content-encoding'] = chosen.name;
    return c.body(readFileSync(chosen ? file + chosen.suffix : file), 200, headers);
  });
  return app;
}
