// Starts the BPMN import worker: worker threads do not inherit the server's TypeScript loader, so it is registered here.
import { tsImport } from 'tsx/esm/api';

await tsImport('./import-worker.ts', import.meta.url);
