/** The baseline is the same call with no changes; cached per authority because it never varies. */
import type { Authority } from '../../../models/index';
import { project } from './project';
import type { Projection } from './types';

const cache = new WeakMap<Authority, Projection>();

export function baseline(authority: Authority): Projection {
	let projection = cache.get(authority);
	if (!projection) {
		projection = project(authority, { values: {} });
		cache.set(authority, projection);
	}
	return projection;
}
