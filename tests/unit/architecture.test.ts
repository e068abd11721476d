/**
 * The layers, enforced: models/ declares, the engine computes, charts draw, the server stores.
 * Walks every import in models/ and src/ and fails on one that crosses a layer the wrong way.
 * The checker is also run on a small fixture tree of its own, so the test shows it can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = Record<string, string>;

const sourceFile = /\.(ts|js|svelte)$/;
const importPattern =
	/(?:^|[\s;>])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(?\s*['"]([^'"]+)['"]/gm;
const domGlobal = /\b(?:document|window|navigator|localStorage|sessionStorage)\s*\./;

function readTree(root: string, folders: string[]): Tree {
	const tree: Tree = {};
	const walk = (folder: string) => {
		for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (sourceFile.test(entry.name)) tree[path] = readFileSync(join(root, path), 'utf8');
		}
	};
	folders.forEach(walk);
	return tree;
}

/** An import specifier as a path in the tree, or the bare package name it names. */
function resolve(from: string, specifier: string, tree: Tree): string {
	let path: string | undefined;
	if (specifier.startsWith('.')) path = normalize(join(dirname(from), specifier));
	else if (specifier.startsWith('$lib')) path = 'src/lib' + specifier.slice(4);
	else if (specifier.startsWith('$models')) path = 'models' + specifier.slice(7);
	if (path === undefined) return specifier;
	const candidates = [path, `${path}.ts`, `${path}.js`, `${path}/index.ts`, `${path}/index.js`];
	return candidates.find((candidate) => candidate in tree) ?? path;
}

/** What a file imports; type-only imports are erased before the browser sees them. */
function importsOf(file: string, tree: Tree, { values = false } = {}): string[] {
	const found: string[] = [];
	for (const match of tree[file].matchAll(importPattern)) {
		if (values && /\b(?:import|export)\s+type\s/.test(match[0])) continue;
		found.push(resolve(file, match[1] ?? match[2], tree));
	}
	return found;
}

const isServerOnly = (file: string) =>
	file.startsWith('src/lib/server/') ||
	/\.server\.(ts|js)$/.test(file) ||
	/\+server\.(ts|js)$/.test(file);

/** Every way the tree breaks the layers, as "file -> import: why". */
export function layerViolations(tree: Tree): string[] {
	const problems: string[] = [];
	for (const file of Object.keys(tree).sort()) {
		const imports = importsOf(file, tree);
		if (file.startsWith('src/lib/engine/')) {
			for (const target of imports) {
				if (/^(svelte|@sveltejs|\$app)(\/|$)/.test(target) || target.endsWith('.svelte'))
					problems.push(`${file} -> ${target}: the engine must not use Svelte`);
				if (target.startsWith('node:') || /^(fs|path|http|child_process)$/.test(target))
					problems.push(`${file} -> ${target}: the engine does no I/O`);
				if (target.startsWith('src/lib/server/') || target === '$env' || target.startsWith('$env/'))
					problems.push(`${file} -> ${target}: the engine must not reach the server`);
				if (target.startsWith('src/lib/charts/') || target.startsWith('src/routes/'))
					problems.push(`${file} -> ${target}: the engine must not know its charts or pages`);
			}
			if (domGlobal.test(tree[file])) problems.push(`${file}: the engine must not touch the DOM`);
		}
		if (file.startsWith('models/')) {
			for (const target of imports) {
				if (target.startsWith('src/'))
					problems.push(`${file} -> ${target}: models/ declares; it must not import the app`);
			}
		}
	}
	// Browser code must not reach server-only code, directly or through what it imports.
	for (const file of Object.keys(tree).sort()) {
		if (!file.startsWith('src/') || isServerOnly(file) || file.endsWith('.d.ts')) continue;
		const seen = new Set([file]);
		const queue = [file];
		while (queue.length > 0) {
			const current = queue.shift()!;
			for (const target of importsOf(current, tree, { values: true })) {
				if (!(target in tree) || seen.has(target)) continue;
				if (target.startsWith('src/lib/server/')) {
					problems.push(`${file} -> ${target}: browser code must not import $lib/server`);
					continue;
				}
				seen.add(target);
				queue.push(target);
			}
		}
	}
	return problems;
}

describe('the layers', () => {
	it('hold across models/ and src/', () => {
		const tree = readTree(process.cwd(), ['models', 'src']);
		expect(Object.keys(tree).length).toBeGreaterThan(100);
		expect(layerViolations(tree)).toEqual([]);
	});

	it('are enforced: each forbidden import in a fixture tree is caught', () => {
		const fixture: Tree = {
			'models/index.ts': "import { project } from '../src/lib/engine/project';",
			'src/lib/engine/project.ts': [
				"import { mount } from 'svelte';",
				"import { readFileSync } from 'node:fs';",
				"import { db } from '$lib/server/db';",
				"import Line from '../charts/Line.svelte';",
				'export const width = () => window.innerWidth;'
			].join('\n'),
			'src/lib/server/db.ts': 'export const db = 1;',
			'src/lib/charts/Line.svelte': '<script lang="ts">let x = 1;</script>',
			'src/lib/modeller/save.ts': "export { db } from '$lib/server/db';",
			'src/routes/+page.svelte':
				'<script lang="ts">import { db } from \'$lib/modeller/save\';</script>',
			'src/routes/+page.server.ts': "import { db } from '$lib/server/db';",
			'src/routes/+page.ts': "import type { Db } from '$lib/server/db';"
		};
		expect(layerViolations(fixture)).toEqual([
			'models/index.ts -> src/lib/engine/project.ts: models/ declares; it must not import the app',
			'src/lib/engine/project.ts -> svelte: the engine must not use Svelte',
			'src/lib/engine/project.ts -> node:fs: the engine does no I/O',
			'src/lib/engine/project.ts -> src/lib/server/db.ts: the engine must not reach the server',
			'src/lib/engine/project.ts -> src/lib/charts/Line.svelte: the engine must not use Svelte',
			'src/lib/engine/project.ts -> src/lib/charts/Line.svelte: the engine must not know its charts or pages',
			'src/lib/engine/project.ts: the engine must not touch the DOM',
			'src/lib/engine/project.ts -> src/lib/server/db.ts: browser code must not import $lib/server',
			'src/lib/modeller/save.ts -> src/lib/server/db.ts: browser code must not import $lib/server',
			'src/routes/+page.svelte -> src/lib/server/db.ts: browser code must not import $lib/server'
		]);
	});
});
