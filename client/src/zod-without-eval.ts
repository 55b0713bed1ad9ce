// Imported first by main.tsx: zod probes for eval with `new Function` the first time it parses, and under our
// Content-Security-Policy (no 'unsafe-eval') the browser reports that probe as a violation. Run zod without it.
import { config } from 'zod';

config({ jitless: true });
