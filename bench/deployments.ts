/**
 * The ways to run Rewire side by side, for npm run bench:api: one server on SQLite,
 * WEB_CONCURRENCY=2 on SQLite (npm start's cluster), one server on PostgreSQL and two servers
 * on one PostgreSQL (as behind a load balancer). Each gets the same three requests (a read, a
 * save, a projection) at the same total number of connections. Against two servers, half the
 * connections go to each (two autocannon runs at once): requests/s is their sum, p50 and p99
 * the slower server's. PostgreSQL is a throwaway cluster (scripts/postgres-cluster.sh, on
 * loopback), skipped with a note if PostgreSQL is not installed.
 */
import type autocannon from 'autocannon';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { castOfAccounts, startServer, type Client, type RunningServer } from '../tests/api/server';

export interface Figures {
	name: string;
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	ok: number;
	other: number;
}

type Run = (name: string, options: autocannon.Options) => Promise<Figures>;

type Saved = { id: string; version: number };

/** `size` new scenarios of the officer's, to be saved again and again. */
export async function scenariosToSave(officer: Client, size: number): Promise<Saved[]> {
	const pool: Saved[] = [];
	for (let i = 0; i < size; i++) {
		const made = await officer.post('/api/scenarios', { name: `Saves ${i}`, values: {} });
		pool.push({ id: made.body.id, version: made.body.version });
	}
	return pool;
}

/**
 * autocannon's request saving a new version: each PUT takes a scenario from the pool, is based
 * on the version its last save returned, and gives it back (autocannon clears a connection's
 * context between requests).
 */
export function saveRequest(
	pool: Saved[],
	nextValues: () => Record<string, number>
): autocannon.Request {
	type Context = { scenario?: Saved };
	return {
		method: 'PUT',
		setupRequest: (request, context: Context) => {
			context.scenario = pool.pop()!;
			return {
				...request,
				path: `/api/scenarios/${context.scenario.id}`,
				body: JSON.stringify({ baseVersion: context.scenario.version, values: nextValues() })
			};
		},
		onResponse: (status, text, context: Context) => {
			if (status === 200) context.scenario!.version = JSON.parse(text).version;
			pool.push(context.scenario!);
		}
	};
}

/** The app servers of one way of running it, all on one database. */
interface Deployment {
	servers: RunningServer[];
}

interface Options {
	duration: number;
	connections: number;
	run: Run;
	/** The projection's body (Full Rewiring). */
	body: string;
}

function sqliteFile(): { path: string; cleanup: () => void } {
	const dir = mkdtempSync(join(os.tmpdir(), 'rewire-bench-'));
	return {
		path: join(dir, 'rewire.db'),
		cleanup: () => rmSync(dir, { recursive: true, force: true })
	};
}

function psql(url: string, sql: string) {
	const result = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
		encoding: 'utf8'
	});
	if (result.status !== 0) throw new Error(`psql ${sql}: ${result.stderr}`);
}

function postgresDatabase(server: string): string {
	const name = `rewire_bench_${randomBytes(4).toString('hex')}`;
	psql(server, `CREATE DATABASE ${name}`);
	const url = new URL(server);
	url.pathname = `/${name}`;
	return url.toString();
}

function startPostgres(): { url: string; stop: () => void } | undefined {
	try {
		const [dir, url] = execFileSync('bash', ['scripts/postgres-cluster.sh', 'start'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		})
			.trim()
			.split('\n');
		return {
			url,
			stop: () => void spawnSync('bash', ['scripts/postgres-cluster.sh', 'stop', dir])
		};
	} catch {
		return undefined;
	}
}

/** The slower of two runs' latencies, their requests added up. */
function together(name: string, parts: Figures[]): Figures {
	return {
		name,
		requestsPerSecond: parts.reduce((sum, f) => sum + f.requestsPerSecond, 0),
		p50Ms: Math.max(...parts.map((f) => f.p50Ms)),
		p99Ms: Math.max(...parts.map((f) => f.p99Ms)),
		ok: parts.reduce((sum, f) => sum + f.ok, 0),
		other: parts.reduce((sum, f) => sum + f.other, 0)
	};
}

async function measure(deployment: Deployment, { duration, connections, run, body }: Options) {
	const first = deployment.servers[0];
	const { officer } = await castOfAccounts(first);
	const cookie = officer.cookie!;
	const json = { 'content-type': 'application/json' };
	// A list to read: 20 scenarios, as an officer's own might be.
	for (let i = 0; i < 20; i++)
		await officer.post('/api/scenarios', { name: `Read ${i}`, values: {} });
	const share = Math.ceil(connections / deployment.servers.length);
	// Each server's connections save their own pool of scenarios, each PUT based on the version
	// its last save returned.
	const pools: Saved[][] = [];
	for (const _ of deployment.servers) pools.push(await scenariosToSave(officer, share * 2));
	let n = 0;
	const cases: [string, (server: RunningServer, index: number) => autocannon.Options][] = [
		[
			'GET /api/scenarios (20 saved, signed in)',
			(server) => ({ url: `${server.url}/api/scenarios`, headers: { cookie } })
		],
		[
			'PUT /api/scenarios/:id (a new version)',
			(server, index) => ({
				url: server.url,
				headers: { ...json, cookie },
				requests: [saveRequest(pools[index], () => ({ councilTaxIncrease: (++n % 150) / 10 }))]
			})
		],
		[
			'POST /api/project (Full Rewiring)',
			(server) => ({ url: `${server.url}/api/project`, method: 'POST', headers: json, body })
		]
	];
	const results: Figures[] = [];
	for (const [name, options] of cases) {
		const all = (seconds: number) =>
			Promise.all(
				deployment.servers.map((server, index) =>
					run(name, { ...options(server, index), connections: share, duration: seconds })
				)
			);
		await all(2); // warm-up
		results.push(together(name, await all(duration)));
	}
	return results;
}

/** Prints the comparison table; false if any request was refused or failed. */
export async function compareDeployments(options: Options): Promise<boolean> {
	const postgres = startPostgres();
	const stops: (() => Promise<void> | void)[] = [];
	const rows: [string, Figures][] = [];
	try {
		const plans: { name: string; make: () => Promise<Deployment> }[] = [
			{
				name: 'one server, SQLite',
				make: async () => {
					const db = sqliteFile();
					stops.push(db.cleanup);
					return { servers: [await startServer(db.path)] };
				}
			},
			{
				name: 'WEB_CONCURRENCY=2, SQLite',
				make: async () => {
					const db = sqliteFile();
					stops.push(db.cleanup);
					const server = await startServer(db.path, { WEB_CONCURRENCY: '2' }, undefined, {
						viaNpmStart: true,
						readyWhen: 'Rewire can be reached at'
					});
					return { servers: [server] };
				}
			}
		];
		if (postgres) {
			plans.push(
				{
					name: 'one server, PostgreSQL',
					make: async () => {
						const url = postgresDatabase(postgres.url);
						return { servers: [await startServer(url)] };
					}
				},
				{
					name: 'two servers, one PostgreSQL',
					make: async () => {
						const url = postgresDatabase(postgres.url);
						const servers = await Promise.all([startServer(url), startServer(url)]);
						return { servers };
					}
				}
			);
		}
		for (const plan of plans) {
			const deployment = await plan.make();
			try {
				for (const figures of await measure(deployment, options)) rows.push([plan.name, figures]);
			} finally {
				await Promise.all(deployment.servers.map((s) => s.stop()));
			}
		}
	} finally {
		for (const stop of stops) await stop();
		postgres?.stop();
	}
	const load = os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');
	console.log(
		`\nDeployments compared: ${options.connections} connections in all, ${options.duration} s a case; ` +
			`two servers: requests/s added up, p50/p99 the slower server's. Load average now ${load}\n`
	);
	if (!postgres) console.log('(PostgreSQL is not installed: its rows are left out.)\n');
	console.log('| deployment | case | requests/s | p50 | p99 | 2xx | other |');
	console.log('|---|---|---|---|---|---|---|');
	for (const [deployment, r] of rows) {
		console.log(
			`| ${deployment} | ${r.name} | ${Math.round(r.requestsPerSecond).toLocaleString('en-GB')} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.ok.toLocaleString('en-GB')} | ${r.other} |`
		);
	}
	const failed = rows.filter(([, r]) => r.other > 0);
	if (failed.length)
		console.error(`\nNon-2xx answers in: ${failed.map(([d, r]) => `${d}: ${r.name}`).join('; ')}`);
	return failed.length === 0;
}
