import { defaultAuthority } from '../../../models/index';
import { linkEntry, MAX_COMPARED, parseEntryKey, presetEntry } from '$lib/compare/compare';
import { presetValues, type ScenarioValues } from '$lib/engine/index';
import { scenarioQueryKeys } from '../scenario-url';
import type { SessionUser } from './accounts';
import { sampleOrOwnAuthority } from './authorities';
import { getScenario, listScenarios, openShared, sharedWithMe } from './scenarios';

/**
 * The scenarios a comparison link names, resolved to values: presets and modeller links for
 * anyone, saved scenarios for their owner (or, when shared, for signed-in users), on a sample
 * council or one of the officer's own. The compare page and its presentation read the same link.
 */
export async function loadComparison(url: URL, user: SessionUser | null) {
	const notices: string[] = [];
	const authorityId = url.searchParams.get(scenarioQueryKeys.authority) ?? defaultAuthority.id;
	let authority = await sampleOrOwnAuthority(authorityId, user);
	if (!authority) {
		notices.push(
			`There is no council “${authorityId}” here; comparing for ${defaultAuthority.name}.`
		);
		authority = defaultAuthority;
	}
	const saved = user
		? [
				...(user.role === 'viewer' ? [] : await listScenarios(user)),
				...(await sharedWithMe(user))
			].filter((s) => s.authorityId === authority.id)
		: [];

	const keys = [...new Set(url.searchParams.getAll('s'))];
	if (keys.length > MAX_COMPARED) {
		notices.push(
			`At most ${MAX_COMPARED} scenarios can be compared; the first ${MAX_COMPARED} are shown.`
		);
	}
	const entries: { key: string; label: string; values: ScenarioValues }[] = [];
	let linkCount = 0;
	for (const key of keys.slice(0, MAX_COMPARED)) {
		const entry = parseEntryKey(key);
		if (entry?.kind === 'preset') {
			const preset = presetEntry(entry.ref);
			if (preset)
				entries.push({ key, label: preset.label, values: presetValues(preset, authority) });
			else notices.push(`There is no preset “${entry.ref}”.`);
		} else if (entry?.kind === 'link') {
			const { values, notices: linkNotices } = linkEntry(authority, entry.ref);
			linkCount++;
			entries.push({
				key,
				label: linkCount === 1 ? 'Your scenario' : `Your scenario ${linkCount}`,
				values
			});
			notices.push(...linkNotices);
		} else if (entry?.kind === 'saved') {
			const found = saved.find((s) => s.id === entry.ref);
			if (!user) notices.push('Sign in to compare saved scenarios.');
			else if (!found)
				notices.push(
					'A saved scenario in the link is not yours or not shared with you, or is for another council.'
				);
			else {
				const detail =
					found.owner.id === user.id
						? await getScenario(user, found.id)
						: await openShared(user, found.shareToken!);
				entries.push({ key, label: found.name, values: detail.values });
			}
		} else {
			notices.push(`Could not read “${key}” in the link.`);
		}
	}

	return {
		authority,
		entries,
		notices,
		savedOptions: saved.map((s) => ({ key: `saved:${s.id}`, label: s.name }))
	};
}
