// Entry point, the only module with side effects: configuration → server → signals.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from './config.ts';
import { startServer } from './server.ts';

const defaultClientDist = resolve(fileURLToPath(import.meta.url), '../../../client/dist');
const config = parseConfig({ CLIENT_DIST: defaultClientDist, ...process.env });
const server = await startServer(config);
console.log(`Prozesswerk läuft auf http://localhost:${server.port} (Daten: ${resolve(config.dataDir)})`);
if (server.setupUrl) {
  console.log(`\nErste Einrichtung – diesen Link im Browser öffnen (nur einmal gültig):\n  ${server.setupUrl}\n`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log('Prozesswerk wird beendet …');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed', error);
        process.exit(1);
      },
    );
  });
}
