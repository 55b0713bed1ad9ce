// E2E global setup: builds the client once before any browser test file starts, so files running side by side
// never race to build client/dist (each file's ensureClientBuilt then finds it current).
import { ensureClientBuilt } from './app.ts';

export default function setup(): void {
  ensureClientBuilt();
}
