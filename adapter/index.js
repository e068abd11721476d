// adapter-node, plus a guard in front of its static files (see missing-assets.js): the guard
// is copied to build/missing-assets.js and wraps the handler in adapter-node's own server
// (build/index.js: timeouts, graceful shutdown), which is otherwise used unchanged.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeAdapter from '@sveltejs/adapter-node';

const use = '.use(handler)';

/** @param {import('@sveltejs/adapter-node').AdapterOptions} [options] */
export default function adapter(options = {}) {
	const node = nodeAdapter(options);
	return {
		...node,
		name: 'rewire-adapter-node',
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await node.adapt(builder);
			const out = options.out ?? 'build';
			const index = join(out, 'index.js');
			const source = readFileSync(index, 'utf8');
			// Fail the build rather than ship without the guard if adapter-node changes shape.
			if (source.split(use).length !== 2) {
				throw new Error(`adapter: expected one "${use}" in ${index}; update adapter/index.js`);
			}
			copyFileSync(new URL('./missing-assets.js', import.meta.url), join(out, 'missing-assets.js'));
			// The import goes on the first line, so the source map's line numbers still hold.
			writeFileSync(
				index,
				"import { guardMissingAssets } from './missing-assets.js'; " +
					source.replace(use, '.use(guardMissingAssets(handler))')
			);
		}
	};
}
