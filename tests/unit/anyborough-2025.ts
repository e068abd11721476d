/**
 * Anyborough's 2025/26 baseline as model 2026.3 declared it (tests/fixtures/anyborough-2025.json),
 * read as an import reads it: the import tests' figures (its £393m income, its £140m adult care)
 * stay put however the samples move on.
 */
import { readFileSync } from 'node:fs';
import { checkAuthority } from '../../src/lib/engine/index';

const checked = checkAuthority(
	JSON.parse(readFileSync(new URL('../fixtures/anyborough-2025.json', import.meta.url), 'utf8'))
);
if (!checked.ok) throw new Error(`anyborough-2025.json: ${checked.problems.join('; ')}`);
export const anyborough2025 = checked.authority;
