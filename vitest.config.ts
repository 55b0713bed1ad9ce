import { defineConfig } from 'vitest/config';

// One Vitest run covers every workspace; browser tests live in the e2e project.
export default defineConfig({
  test: {
    // Vitest's default in a run is one worker fewer than the cores: a single worker on a 2-core CI machine, which
    // left a core idle while tests waited on servers, sockets and Chromium. Two keep both cores busy; three overload
    // them (browser tests then time out).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'server/src/**/*.test.ts',
            'client/src/**/*.test.ts',
            'client/build/**/*.test.ts',
          ],
          // Property tests and scrypt are CPU-bound; a busy 2-core CI machine needs headroom.
          testTimeout: 30_000,
          // Pure modules that leave no global state behind (stubs are undone after each test): one module graph per
          // worker instead of a fresh process per file, which took more time than the tests themselves.
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', '**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts and closes its own servers in throwaway directories and schemas; sharing the module
          // graph per worker saves a process start and a fresh import of the server per file.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: ['test/e2e/support/global-setup.ts'],
          // Every file launches and closes its own Chromium and server; as in integration, one module graph per worker.
          isolate: false,
        },
      },
    ],
  },
});
