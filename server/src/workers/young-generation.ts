// Worker threads get V8's default young generation, whatever `npm start` chose for the server's own thread.
import { setFlagsFromString } from 'node:v8';

/**
 * `npm start` runs node with `--max-semi-space-size=1` (see scripts/build-server.ts): the server's thread mostly waits
 * for sockets, and a small young generation keeps its RSS down. V8 reads that flag whenever a thread's heap is set up,
 * so the BPMN import threads (ELK layout) and the merge thread would get it too and run slower with it. The server's
 * heap is configured by now; clearing the flag gives every thread started later V8's default (0 = unset).
 */
export function defaultYoungGenerationForWorkers(): void {
  setFlagsFromString('--max-semi-space-size=0');
}
