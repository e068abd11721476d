/**
 * A parameter's label inside a sentence: its first letter lowered ("Council tax increase" →
 * "council tax increase"), unless the first word is a name or an abbreviation, which keep
 * their capitals ("England’s fair share uplift", "NHS savings returned to the place").
 */
const names = new Set(['England', 'English', 'UK', 'Barnett']);

export function labelInSentence(label: string): string {
	const first = label.split(/\s/)[0];
	const base = first.replace(/[’']s$/, '');
	const abbreviation = /[A-Z].*[A-Z]/.test(base);
	if (abbreviation || names.has(base)) return label;
	return label.charAt(0).toLowerCase() + label.slice(1);
}
