/**
 * The fast path's plain-number copy of the accounts (src/lib/engine/*.float.generated.ts) is made,
 * never committed: git ignores it. Each copy's first line names a digest of what it was made from
 * (core.ts, plan.ts and the generator); ensureFloatEngine() writes the copies again when one is
 * missing or names another digest. Every way in runs it first: npm ci and npm install (the
 * prepare script), Vite, vitest and so the build (vite.config.ts), npm run check, and the tsx
 * scripts (float-engine-current.ts, preloaded). Checking costs reading four small files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const engineDir = fileURLToPath(new URL('../src/lib/engine/', import.meta.url));
const generator = fileURLToPath(new URL('./generate-float-engine.ts', import.meta.url));

/** Each source of the accounts and the copy made from it. */
export const floatCopies = {
	'core.ts': 'core.float.generated.ts',
	'plan.ts': 'plan.float.generated.ts'
} as const;

export type ReadSource = (name: keyof typeof floatCopies) => string;
export const readSource: ReadSource = (name) => readFileSync(engineDir + name, 'utf8');

/** A digest of the sources and the generator: a copy naming another digest is stale. */
export function sourcesDigest(read: ReadSource = readSource): string {
	const hash = createHash('sha256');
	for (const text of [read('core.ts'), read('plan.ts'), readFileSync(generator, 'utf8')])
		hash.update(text).update('\0');
	return hash.digest('hex').slice(0, 16);
}

function firstLine(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8').split('\n', 1)[0];
	} catch {
		return undefined;
	}
}

/** True when both copies exist and were made from the sources as they are now. */
export function floatEngineIsCurrent(): boolean {
	const digest = sourcesDigest();
	return Object.values(floatCopies).every((name) =>
		firstLine(engineDir + name)?.includes(`sources ${digest}`)
	);
}

/** Writes the copies if they are missing or stale; says whether it wrote them. */
export async function ensureFloatEngine(): Promise<boolean> {
	if (floatEngineIsCurrent()) return false;
	// The TypeScript compiler and Prettier load only when there is something to write.
	const { writeFloatEngine } = await import('./generate-float-engine.js');
	await writeFloatEngine();
	return true;
}
