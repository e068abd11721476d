/**
 * The models' prose (descriptions, sources, reasoning, notes), loaded when first asked for: the
 * browser's first load carries placeholders instead (models/prose.ts says how). A page that shows
 * prose from its first paint (the report, the deck) awaits this in its load; a lever's "About"
 * awaits it when opened. The service worker caches the chunk with the rest of the build.
 */
export type ModelProse = typeof import('$models/prose');

let loading: Promise<ModelProse> | undefined;

export function loadModelProse(): Promise<ModelProse> {
	loading ??= import('$models/prose').catch((error) => {
		loading = undefined; // a failed fetch (offline, before the worker cached it) may be retried
		throw error;
	});
	return loading;
}
