// Vite build of the browser client; in dev, /api and /sync go to the server on port 8787.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { chunkGroups } from './build/chunk-groups.ts';
import { editorPageHtml } from './build/editor-page-html.ts';

const server = 'http://127.0.0.1:8787';
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The BPMN chunk (elkjs alone is ~1.6 MB) gets a name of its own, so the service worker can leave it out.
const BPMN_CHUNK = 'assets/bpmn-[hash].js';

export default defineConfig({
  plugins: [
    react(),
    editorPageHtml({ page: '/src/app/editor/EditorPage.tsx', early: '/src/app/editor/open-early.ts' }),
    // Brotli and gzip copies beside every asset, built once: the server sends the smallest the browser accepts.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 }),
    /*
     * The app shell works offline: the service worker precaches index.html, the JS and CSS chunks (the
     * translations are bundled in them) and answers every page navigation with the cached index.html, so a
     * reload without network opens the editor on the last local copy from IndexedDB. It caches nothing else:
     * /api, /sync, /healthz and /metrics always go to the server, so no answer is ever shown stale as fresh.
     * A new build takes over at the next page load (skipWaiting, clientsClaim); a running page is not reloaded.
     * The build adds /registerSW.js to index.html (a file, so the CSP needs no inline script); dev has no worker.
     */
    VitePWA({
      injectRegister: 'script-defer',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,woff2}'],
        // The worker answers every navigation, /p/{id} included, with index.html: editor.html (the preloading
        // page, see open-early.ts) only serves a first visit, before the worker is installed, and is not cached.
        globIgnores: ['**/bpmn-*.js', 'editor.html'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/sync(\/|$)/, /^\/healthz$/, /^\/metrics$/],
        runtimeCaching: [],
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  server: {
    proxy: {
      '/api': server,
      '/sync': { target: server, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1800,
    rolldownOptions: {
      // The editor's page (editor.html) runs a second entry that opens the process's documents early.
      input: { index: 'index.html', 'open-early': 'src/app/editor/open-early.ts' },
      // The PWA plugin's service-worker step takes seconds by design; the timing warning only alarms operators.
      checks: { bundlerTimings: false },
      output: {
        // The editor's small shared modules in one chunk, not ~20 requests (see build/chunk-groups.ts).
        codeSplitting: chunkGroups({
          app: source('./src/main.tsx'),
          early: source('./src/app/editor/open-early.ts'),
          editor: source('./src/app/editor/EditorPage.tsx'),
        }),
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/packages/bpmn/'))
            ? BPMN_CHUNK
            : 'assets/[name]-[hash].js',
      },
    },
  },
});
