import type { ParamMatcher } from '@sveltejs/kit';
import { isAnalysisKind } from '$lib/engine/analysis/run';

/** /api/analysis/{kind}: only the analyses there are; any other is the API's JSON 404. */
export const match = ((param: string) => isAnalysisKind(param)) satisfies ParamMatcher;
