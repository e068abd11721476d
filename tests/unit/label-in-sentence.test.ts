import { describe, expect, it } from 'vitest';
import { parameters } from '../../models/index';
import { labelInSentence } from '../../src/lib/label-in-sentence';

describe('a label inside a sentence', () => {
	it('keeps names and abbreviations capitalised', () => {
		expect(labelInSentence('England’s fair share uplift')).toBe('England’s fair share uplift');
		expect(labelInSentence('NHS savings returned to the place')).toBe(
			'NHS savings returned to the place'
		);
	});

	it('lowers only the first letter of anything else', () => {
		expect(labelInSentence('Council tax increase each year')).toBe(
			'council tax increase each year'
		);
	});

	it('never lowers a capital after the first letter, for any parameter', () => {
		for (const p of parameters) {
			const inSentence = labelInSentence(p.label);
			expect(inSentence.slice(1)).toBe(p.label.slice(1));
			expect(inSentence).not.toMatch(/^(england|nhs)/);
		}
	});
});
