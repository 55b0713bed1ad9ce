// Vite build of the browser client; in dev, /api and /sync go to the server on port 8787.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const server = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': server,
      '/sync': { target: server, ws: true },
    },
  },
  // The BPMN chunk (elkjs alone is ~1.6 MB) loads only when someone imports, exports or tidies up; warn above it.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1800 },
});
