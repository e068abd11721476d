import { loadModelProse } from '$lib/model-prose';
import type { PageLoad } from './$types';

/** The closing slides cite the levers' sources, so the models' prose comes before the first paint. */
export const load = (async ({ data }) => ({
	...data,
	prose: await loadModelProse()
})) satisfies PageLoad;
