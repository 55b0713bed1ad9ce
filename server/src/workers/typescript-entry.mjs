// Piscina loads this in its worker threads when the server runs from TypeScript (dev, tests, CLI): it registers
// tsx there, then hands over the entry module's default export. The compiled server never uses it.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const entry = await import(workerData.typescriptEntry);
export default entry.default;
