// adapter-node, plus guards in front of its handler (see guards.js): copied to build/guards.js,
// they wrap the handler in adapter-node's own server (build/index.js: timeouts, graceful
// shutdown), which is otherwise used unchanged.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodeAdapter from '@sveltejs/adapter-node';
import { build } from 'esbuild';

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
			copyFileSync(new URL('./guards.js', import.meta.url), join(out, 'guards.js'));
			// The analysis pool's worker thread (src/lib/server/analysis-pool.ts) runs a file of its
			// own, which SvelteKit's server bundle does not make: bundle it beside the server.
			await build({
				entryPoints: ['src/lib/server/analysis.worker.ts'],
				outfile: join(out, 'analysis-worker.js'),
				bundle: true,
				platform: 'node',
				format: 'esm',
				target: 'node20',
				sourcemap: true,
				logLevel: 'warning'
			});
			// The import goes on the first line, so the source map's line numbers still hold.
			writeFileSync(
				index,
				"import { guard } from './guards.js'; " + source.replace(use, '.use(guard(handler))')
			);
		}
	};
}
