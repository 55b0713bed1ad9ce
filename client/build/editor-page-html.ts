// Writes dist/editor.html: index.html plus a `modulepreload` of every chunk the editor page imports and a link to
// its styles, so that a browser opening /p/{id} asks for the editor's code with the page itself, not only after the
// app's entry has arrived and run (on weak Wi-Fi that was a second second-long wait). The server sends it for
// editor paths; every other path gets index.html, which preloads only what every page needs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

type Chunk = {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
};
type Output = Chunk | { type: 'asset'; fileName: string; source: string | Uint8Array };

export const EDITOR_HTML = 'editor.html';

/** The chunks `page` needs before it can run (static imports, transitively) and their styles, in load order. */
export function pageDependencies(
  bundle: Record<string, Output>,
  page: string,
): { js: string[]; css: string[] } {
  const chunks = Object.values(bundle).filter((output): output is Chunk => output.type === 'chunk');
  const root = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(page));
  if (!root) throw new Error(`editor-page-html: no chunk for ${page}`);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (chunk: Chunk) => {
    if (js.includes(chunk.fileName)) return;
    js.push(chunk.fileName);
    chunk.viteMetadata?.importedCss.forEach((file) => css.add(file));
    chunk.imports.forEach((name) => {
      const imported = byName.get(name);
      if (imported) visit(imported);
    });
  };
  visit(root);
  return { js, css: [...css] };
}

/** index.html with links for the files it does not load yet, and the scripts to run beside its own. */
export function withPreloads(
  html: string,
  files: { js: string[]; css: string[]; scripts?: string[] },
  base = '/',
): string {
  const missing = (file: string) => !html.includes(`"${base}${file}"`);
  const links = [
    ...(files.scripts ?? []).map(
      // async: it runs as soon as its own code is here, not after the app's entry (module scripts run in order).
      (file) => `<script type="module" async crossorigin src="${base}${file}"></script>`,
    ),
    ...files.css.filter(missing).map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    ...files.js
      .filter((file) => missing(file) && !files.scripts?.includes(file))
      .map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`),
  ];
  return html.replace(/\s*<\/head>/, `\n    ${links.join('\n    ')}\n  </head>`);
}

/**
 * `page`: the module of the editor page, whose chunks are preloaded; `early`: an entry of the build run beside the
 * app's on that page (it opens the process's documents while the rest arrives).
 */
export function editorPageHtml({ page, early }: { page: string; early: string }): Plugin {
  return {
    name: 'prozesswerk:editor-page-html',
    apply: 'build',
    writeBundle(options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset' || !options.dir) return;
      const source = typeof index.source === 'string' ? index.source : new TextDecoder().decode(index.source);
      const outputs = bundle as Record<string, Output>;
      const editor = pageDependencies(outputs, page);
      const opener = pageDependencies(outputs, early);
      const html = withPreloads(source, {
        scripts: opener.js.slice(0, 1),
        js: [...new Set([...opener.js.slice(1), ...editor.js])],
        css: [...new Set([...opener.css, ...editor.css])],
      });
      const file = join(options.dir, EDITOR_HTML);
      writeFileSync(file, html);
      // The build's other files get their compressed copies from the compression plugin, which has run by now.
      writeFileSync(
        `${file}.br`,
        brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
    },
  };
}
