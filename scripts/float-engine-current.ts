/**
 * Makes the fast path's copy of the accounts current before anything else loads (float-engine.ts).
 * Preloaded by the tsx scripts (`tsx --import ./scripts/float-engine-current.ts …`), and run on
 * its own by npm's prepare script and npm run check.
 */
import { ensureFloatEngine } from './float-engine.js';

await ensureFloatEngine();
