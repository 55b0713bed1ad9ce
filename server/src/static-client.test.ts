import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedEncodings, staticClient } from './static-client.ts';

describe('the built client', () => {
  let dist: string;
  const script = 'console.log("Prozesswerk");\n'.repeat(100);
  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'pw-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Prozesswerk</title>');
    writeFileSync(join(dist, 'assets', 'app-1.js'), script);
    writeFileSync(join(dist, 'assets', 'app-1.js.br'), brotliCompressSync(script));
    writeFileSync(join(dist, 'assets', 'app-1.js.gz'), gzipSync(script));
    writeFileSync(join(dist, 'assets', 'only-gzip.css'), 'a{}'.repeat(500));
    writeFileSync(join(dist, 'assets', 'only-gzip.css.gz'), gzipSync('a{}'.repeat(500)));
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  const get = (path: string, acceptEncoding?: string) =>
    staticClient(dist).request(path, {
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('sends the Brotli copy to a browser that accepts it, marked and varying by encoding', async () => {
    const response = await get('/assets/app-1.js', 'gzip, deflate, br, zstd');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('content-type')).toContain('text/javascript');
    expect(response.headers.get('cache-control')).toContain('immutable');
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(script.length);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('falls back to gzip, and to the plain file when nothing is accepted or a copy is missing', async () => {
    const gzip = await get('/assets/app-1.js', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);

    const refused = await get('/assets/app-1.js', 'br;q=0, gzip;q=0');
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(refused.headers.get('vary')).toBe('Accept-Encoding');
    expect(await refused.text()).toBe(script);

    const onlyGzip = await get('/assets/only-gzip.css', 'br');
    expect(onlyGzip.headers.get('content-encoding')).toBeNull();
    expect(await onlyGzip.text()).toBe('a{}'.repeat(500));
  });

  it('answers client routes with index.html, never cached for long', async () => {
    const response = await get('/p/some-process', 'br, gzip');
    expect(await response.text()).toContain('<title>Prozesswerk</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it("answers a process's editor with the page that preloads the editor, compressed, and other pages with index.html", async () => {
    const editorPage =
      '<!doctype html><title>Prozesswerk</title><link rel="modulepreload" href="/assets/editor-1.js">';
    writeFileSync(join(dist, 'editor.html'), editorPage);
    writeFileSync(join(dist, 'editor.html.br'), brotliCompressSync(editorPage));
    try {
      const editor = await get('/p/Ab3_x-9', 'br, gzip');
      expect(editor.headers.get('content-encoding')).toBe('br');
      expect(editor.headers.get('cache-control')).toBe('no-cache');
      expect(editor.headers.get('link')).toBe(
        '</api/auth/session>; rel=preload; as=fetch; crossorigin, ' +
          '</api/processes/Ab3_x-9>; rel=preload; as=fetch; crossorigin',
      );
      expect(brotliDecompressSync(Buffer.from(await editor.arrayBuffer())).toString()).toBe(editorPage);
      for (const path of ['/', '/p/Ab3/v/2', '/p/Ab3/compare', '/login']) {
        const other = await get(path);
        expect(other.headers.get('link'), path).toBeNull();
        expect(await other.text(), path).toBe('<!doctype html><title>Prozesswerk</title>');
      }
    } finally {
      rmSync(join(dist, 'editor.html'));
      rmSync(join(dist, 'editor.html.br'));
    }
  });

  it('reads Accept-Encoding with quality values', () => {
    expect([...acceptedEncodings('gzip;q=0.8, br')]).toEqual(['gzip', 'br']);
    expect([...acceptedEncodings('br;q=0, gzip')]).toEqual(['gzip']);
    expect([...acceptedEncodings(undefined)]).toEqual([]);
  });
});
