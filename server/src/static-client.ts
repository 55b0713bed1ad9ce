// Serves the built browser client (client/dist) with a fallback to index.html for client-side routes.
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

const PLACEHOLDER = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Prozesswerk</title>
<body style="font-family:system-ui;margin:3rem"><h1>Prozesswerk</h1>
<p>Der Server läuft. Die Browser-Oberfläche ist noch nicht gebaut: <code>npm run build</code>.</p></body></html>`;

export function staticClient(distDir: string): Hono {
  const app = new Hono();
  const root = normalize(distDir);
  const hasBuild = existsSync(join(root, 'index.html'));

  app.get('*', (c) => {
    if (!hasBuild) return c.html(PLACEHOLDER);
    const path = normalize(join(root, decodeURIComponent(new URL(c.req.url).pathname)));
    const inside = path.startsWith(root + sep);
    const file = inside && existsSync(path) && statSync(path).isFile() ? path : join(root, 'index.html');
    const hashed = file.includes(`${sep}assets${sep}`);
    return c.body(readFileSync(file), 200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
  return app;
}
