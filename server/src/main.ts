// Entry point, the only module with side effects: configuration → server → signals.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from './config.ts';
import { DEMO_PASSWORD } from './demo/seed.ts';
import { startServer } from './server.ts';
import { defaultYoungGenerationForWorkers } from './workers/young-generation.ts';

defaultYoungGenerationForWorkers();

const defaultClientDist = resolve(fileURLToPath(import.meta.url), '../../../client/dist');
const config = parseConfig({ CLIENT_DIST: defaultClientDist, ...process.env });
const demo = process.argv.includes('--demo');
const server = await startServer(config, undefined, { demo });
console.log(`Prozesswerk läuft auf http://localhost:${server.port} (Daten: ${resolve(config.dataDir)})`);
if (server.demo) {
  console.log(
    server.demo.seeded
      ? '\nDemo-Daten angelegt. Anmelden mit:'
      : '\nDemo-Daten sind schon vorhanden. Anmelden mit:',
  );
  for (const person of server.demo.people) console.log(`  ${person.email.padEnd(34)} ${person.role}`);
  console.log(`  Passwort für alle: ${DEMO_PASSWORD}\n`);
}
if (server.setupUrl) {
  console.log(
    `\nErste Einrichtung – diesen Link im Browser öffnen (nur einmal gültig):\n  ${server.setupUrl}\n`,
  );
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
