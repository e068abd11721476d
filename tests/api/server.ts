/**
 * Test harness: the BUILT server (node build/index.js) on a free port with its own temporary
 * database, spoken to over real HTTP. Cookies are kept per client, as a browser would.
 *
 * The database is a SQLite file, or, when REWIRE_TEST_POSTGRES names a PostgreSQL server
 * (postgres://…; scripts/postgres-cluster.sh starts a throwaway one, and `npm test` does), a
 * fresh database on it for each server. A test that reads or writes the database directly does
 * so through withRawStore, which speaks to either.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Store } from '../../src/lib/server/store';
import { PostgresStore } from '../../src/lib/server/store-postgres';
import { SqliteStore } from '../../src/lib/server/store-sqlite';

const root = resolve(import.meta.dirname, '../..');

/** The PostgreSQL server the API tests run on, if any; otherwise SQLite files. */
const postgresServer = process.env.REWIRE_TEST_POSTGRES || undefined;
export const testEngine = postgresServer ? 'postgres' : 'sqlite';

const isUrl = (location: string) => /^postgres(ql)?:\/\//.test(location);

function psql(url: string, sql: string) {
	const result = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
		encoding: 'utf8'
	});
	if (result.status !== 0) throw new Error(`psql ${sql}: ${result.stderr || result.error}`);
}

/**
 * A new, empty database for one server: a SQLite file's path, or a PostgreSQL database's URL.
 * (Named a path for the SQLite default; either way it is what the server is given.)
 */
export function tempDatabasePath(): { path: string; cleanup: () => void } {
	if (postgresServer) {
		const name = `rewire_test_${randomBytes(6).toString('hex')}`;
		psql(postgresServer, `CREATE DATABASE ${name}`);
		const url = new URL(postgresServer);
		url.pathname = `/${name}`;
		return {
			path: url.toString(),
			cleanup: () => psql(postgresServer, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'rewire-api-'));
	return {
		path: join(dir, 'rewire.db'),
		cleanup: () => rmSync(dir, { recursive: true, force: true })
	};
}

/**
 * A private copy of build/ for each server: it loads route chunks lazily, so a `vite build`
 * running meanwhile (another terminal, another suite) would otherwise pull files from under a
 * running test server. node_modules is linked, so native modules still resolve. The copy is
 * removed when the server exits.
 */
async function snapshotOfBuild(): Promise<{
	entry: string;
	start: string;
	dir: string;
	remove: () => void;
}> {
	const entry = join(root, 'build/index.js');
	for (let attempt = 0; attempt < 60; attempt++) {
		if (existsSync(entry)) {
			const builtAt = statSync(entry).mtimeMs;
			const dir = mkdtempSync(join(tmpdir(), 'rewire-build-'));
			const remove = () => rmSync(dir, { recursive: true, force: true });
			try {
				cpSync(join(root, 'build'), join(dir, 'build'), { recursive: true });
				cpSync(join(root, 'package.json'), join(dir, 'package.json'));
				// npm start's own script, which imports ../build/index.js.
				for (const script of ['start.js', 'addresses.js'])
					cpSync(join(root, 'scripts', script), join(dir, 'scripts', script));
				symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
				if (existsSync(entry) && statSync(entry).mtimeMs === builtAt) {
					return {
						entry: join(dir, 'build/index.js'),
						start: join(dir, 'scripts/start.js'),
						dir: join(dir, 'build'),
						remove
					};
				}
			} catch {
				// build/ changed while it was being copied: try again.
			}
			remove();
		}
		await new Promise((r) => setTimeout(r, 1000));
	}
	throw new Error('build/index.js is missing: run `npx vite build` first');
}

/** The environment that points a server or the command line at a test database. */
export function databaseEnv(location: string): Record<string, string> {
	return isUrl(location)
		? { DATABASE_URL: location, DATABASE_PATH: '' }
		: { DATABASE_PATH: location, DATABASE_URL: '' };
}

/** The test database opened directly, as an operator would with sqlite3 or psql. */
export async function withRawStore<T>(
	location: string,
	work: (store: Store) => Promise<T>
): Promise<T> {
	const store = isUrl(location)
		? new PostgresStore(location, { max: 1 })
		: new SqliteStore(new Database(location, { fileMustExist: true }));
	try {
		return await work(store);
	} finally {
		await store.close();
	}
}

export function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolvePort(port));
		});
	});
}

export interface RunningServer {
	url: string;
	databasePath: string;
	/** This server's own copy of build/. */
	buildDirectory: string;
	process: ChildProcess;
	output: () => string;
	stop: () => Promise<void>;
	kill: () => Promise<void>;
}

export interface StartOptions {
	/** Through `npm start`'s script (scripts/start.js), as an operator runs it, not build/index.js. */
	viaNpmStart?: boolean;
	/** What the output says once the server is ready ("Listening on" by default). */
	readyWhen?: string;
}

export async function startServer(
	databasePath: string,
	env: Record<string, string> = {},
	port?: number,
	{ viaNpmStart = false, readyWhen = 'Listening on' }: StartOptions = {}
): Promise<RunningServer> {
	port ??= await freePort();
	const build = await snapshotOfBuild();
	const child = spawn(process.execPath, [viaNpmStart ? build.start : build.entry], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			...databaseEnv(databasePath),
			PROTOCOL_HEADER: 'x-forwarded-proto',
			// The matrix and fuzz tests make many requests from one address.
			SIGNIN_MAX_FAILURES_PER_ADDRESS: '1000',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const exited = new Promise<void>((done) =>
		child.once('exit', () => {
			build.remove();
			done();
		})
	);
	await new Promise<void>((ready, fail) => {
		const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 15_000);
		child.stdout!.on('data', () => {
			if (output.includes(readyWhen)) {
				clearTimeout(timer);
				ready();
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			fail(new Error(`server exited (${code}):\n${output}`));
		});
	});
	return {
		url: `http://127.0.0.1:${port}`,
		databasePath,
		buildDirectory: build.dir,
		process: child,
		output: () => output,
		stop: async () => {
			if (child.exitCode !== null) return exited;
			child.kill('SIGTERM');
			// A shutdown held open by a stream a test left behind would outlast the file's cleanup
			// hook and leave the server running; past this, stopping means killing.
			const holdOut = setTimeout(() => child.kill('SIGKILL'), 8_000);
			await exited;
			clearTimeout(holdOut);
		},
		kill: async () => {
			child.kill('SIGKILL');
			await exited;
		}
	};
}

/** The test runner's hooks: vitest's beforeAll and afterAll, or Playwright's test.beforeAll… */
export interface FileHooks {
	beforeAll: (fn: () => Promise<void>, timeout?: number) => void;
	afterAll: (fn: () => Promise<void>) => void;
}

export interface ServeOptions {
	env?: Record<string, string>;
	/** Accounts made with the command line, as an operator would, before the server starts. */
	accounts?: { email: string; role: string; password: string }[];
	/** ORIGIN set to the server's own address, so a browser's form posts are accepted. */
	ownOrigin?: boolean;
}

/**
 * One built server on its own temporary database for the whole test file that calls this. The
 * object returned stands for the server from the first test on.
 */
export interface FileServer extends RunningServer {
	/** Start it again after stop() or kill(), on the same port and database. */
	restart: () => Promise<void>;
}

export function serveThisFile(
	hooks: FileHooks,
	{ env = {}, accounts = [], ownOrigin = false }: ServeOptions = {}
): FileServer {
	const db = tempDatabasePath();
	let running: RunningServer | undefined;
	let port = 0;
	const start = () => {
		const origin: Record<string, string> = ownOrigin ? { ORIGIN: `http://127.0.0.1:${port}` } : {};
		return startServer(db.path, { ...origin, ...env }, port);
	};
	const server = () => {
		if (!running) throw new Error('the test server starts in beforeAll');
		return running;
	};
	hooks.beforeAll(async () => {
		for (const { email, role, password } of accounts)
			addUserWithCli(db.path, email, role, password);
		port = await freePort();
		running = await start();
	}, 60_000);
	hooks.afterAll(async () => {
		await running?.stop();
		db.cleanup();
	});
	return {
		get url() {
			return server().url;
		},
		databasePath: db.path,
		get buildDirectory() {
			return server().buildDirectory;
		},
		get process() {
			return server().process;
		},
		output: () => running?.output() ?? '',
		stop: () => server().stop(),
		kill: () => server().kill(),
		restart: async () => {
			running = await start();
		}
	};
}

/** The first admin, made as an operator would: with the command line. */
export function addUserWithCli(
	databasePath: string,
	email: string,
	role: string,
	password: string
) {
	const result = spawnSync(
		join(root, 'node_modules/.bin/tsx'),
		['scripts/user-add.ts', '--email', email, '--role', role],
		{
			cwd: root,
			env: { ...process.env, ...databaseEnv(databasePath), REWIRE_PASSWORD: password },
			encoding: 'utf8'
		}
	);
	if (result.status !== 0) throw new Error(`user:add failed: ${result.stderr}`);
	return result.stdout;
}

export interface Reply {
	status: number;
	headers: Headers;
	text: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	body: any;
}

/** A browser's requests: one cookie jar (the session's cookie, or a room participant's). */
export class Client {
	cookie: string | undefined;
	/** At an address, or at a file's server (read when a request is made: it starts later). */
	constructor(
		private readonly at: string | { readonly url: string },
		readonly cookieName = 'rewire_session'
	) {}

	get base(): string {
		return typeof this.at === 'string' ? this.at : this.at.url;
	}

	async request(
		method: string,
		path: string,
		body?: unknown,
		options: { headers?: Record<string, string>; raw?: string | Uint8Array } = {}
	): Promise<Reply> {
		const headers: Record<string, string> = { ...options.headers };
		if (this.cookie) headers.cookie = this.cookie;
		let payload: string | Uint8Array | undefined = options.raw;
		if (body !== undefined) {
			payload = JSON.stringify(body);
			headers['content-type'] ??= 'application/json';
		}
		const response = await fetch(this.base + path, {
			method,
			headers,
			body: payload as BodyInit | undefined,
			redirect: 'manual'
		});
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			const [name, value] = pair.split('=');
			if (name === this.cookieName) this.cookie = value ? `${name}=${value}` : undefined;
		}
		const text = await response.text();
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			parsed = undefined;
		}
		return { status: response.status, headers: response.headers, text, body: parsed };
	}

	get = (path: string) => this.request('GET', path);
	post = (path: string, body: unknown = {}) => this.request('POST', path, body);
	put = (path: string, body: unknown) => this.request('PUT', path, body);
	patch = (path: string, body: unknown) => this.request('PATCH', path, body);
	delete = (path: string, body?: unknown) => this.request('DELETE', path, body);

	async signIn(email: string, password: string): Promise<Reply> {
		return this.post('/api/session', { email, password });
	}

	/** The same browser (its cookie), sending its requests to another server. */
	on(server: string | { readonly url: string }): Client {
		const moved = new Client(server, this.cookieName);
		moved.cookie = this.cookie;
		return moved;
	}
}

export const password = 'correct horse battery';

export interface Cast {
	anonymous: Client;
	viewer: Client;
	officer: Client;
	otherOfficer: Client;
	admin: Client;
	ids: Record<'viewer' | 'officer' | 'otherOfficer' | 'admin', number>;
}

export const emails = {
	admin: 'admin@anyborough.gov.uk',
	viewer: 'viewer@anyborough.gov.uk',
	officer: 'officer@anyborough.gov.uk',
	otherOfficer: 'other.officer@anyborough.gov.uk'
};

/**
 * serveThisFile, and its cast of accounts made as soon as the server is up: the set-up most API
 * test files share. The cast's clients are there from the first test on (and from any
 * beforeAll the file adds after calling this).
 */
export function serveThisFileWithCast(hooks: FileHooks, options: ServeOptions = {}) {
	const server = serveThisFile(hooks, options);
	const cast = {} as Cast;
	hooks.beforeAll(async () => {
		Object.assign(cast, await castOfAccounts(server));
	}, 60_000);
	return { server, cast };
}

/** An admin from the command line, then a viewer and two officers made by the admin over the API. */
export async function castOfAccounts(server: RunningServer): Promise<Cast> {
	addUserWithCli(server.databasePath, emails.admin, 'admin', password);
	const admin = new Client(server.url);
	const signedIn = await admin.signIn(emails.admin, password);
	if (signedIn.status !== 200) throw new Error(`admin sign-in: ${signedIn.text}`);
	const ids = { admin: signedIn.body.user.id } as Cast['ids'];
	const clients: Partial<Cast> = { admin, anonymous: new Client(server.url) };
	for (const [key, role] of [
		['viewer', 'viewer'],
		['officer', 'officer'],
		['otherOfficer', 'officer']
	] as const) {
		const made = await admin.post('/api/users', { email: emails[key], role, password });
		if (made.status !== 201) throw new Error(`create ${key}: ${made.text}`);
		ids[key] = made.body.id;
		const client = new Client(server.url);
		const reply = await client.signIn(emails[key], password);
		if (reply.status !== 200) throw new Error(`${key} sign-in: ${reply.text}`);
		clients[key] = client;
	}
	return { ...(clients as Omit<Cast, 'ids'>), ids };
}

/** Every table, every row, as text: two dumps are equal only if nothing was written. */
export function dumpStore(
	databasePath: string,
	ignore: Record<string, string[]> = {}
): Promise<string> {
	return withRawStore(databasePath, async (db) => {
		const tables = (
			await db.all<{ name: string }>(
				db.engine === 'sqlite'
					? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
					: "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
			)
		).map((t) => t.name);
		const dump: Record<string, unknown[]> = {};
		for (const table of tables) {
			const rows = await db.all<Record<string, unknown>>(`SELECT * FROM "${table}"`);
			dump[table] = rows
				.map((row) => {
					for (const column of ignore[table] ?? []) delete row[column];
					return JSON.stringify(row);
				})
				.sort();
		}
		return JSON.stringify(dump);
	});
}
