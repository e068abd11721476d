import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from '../../src/lib/server/forms';

const base = 'https://rewire.example';

describe('safeRedirectTarget', () => {
	it('whatever it is given, gives a path on this site that is a valid header value', () => {
		const piece = fc.constantFrom(
			'/',
			'\\',
			'\t',
			'\n',
			'\r',
			'.',
			'%2e',
			'%2f',
			'%09',
			'。',
			':',
			'@',
			'?',
			'#',
			'evil.example',
			' ',
			'\u0000'
		);
		const target = fc.oneof(
			fc.string(),
			fc.array(piece, { maxLength: 8 }).map((p) => p.join(''))
		);
		fc.assert(
			fc.property(target, fc.constantFrom('viewer', 'officer', 'admin'), (t, role) => {
				const location = safeRedirectTarget(t, role as 'viewer');
				expect(location).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
				expect(new URL(location, base).origin).toBe(base);
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps ordinary paths', () => {
		expect(safeRedirectTarget('/compare?a=1#x')).toBe('/compare?a=1#x');
		expect(safeRedirectTarget(null, 'viewer')).toBe('/scenarios/shared');
		expect(safeRedirectTarget(null, 'officer')).toBe('/scenarios');
	});
});
