/**
 * The store the server uses: SQLite at DATABASE_PATH by default, PostgreSQL when DATABASE_URL
 * names one (postgres://…). It is opened lazily, on first use, so that importing this module (as `vite build`
 * does) never creates a database. Opening applies any pending migrations and purges scenarios
 * deleted longer ago than the restore window (30 days by default).
 */
import type Database from 'better-sqlite3';
import { serverConfig } from './config';
import { migrations } from './migrations';
import { PostgresStore } from './store-postgres';
import { SqliteStore, openSqliteDatabase } from './store-sqlite';
import { pluck, type Store } from './store';

export type { Store } from './store';

let opened: { store: Store; ready: Promise<void> } | undefined;

function open(): { store: Store; ready: Promise<void> } {
	const config = serverConfig();
	const store = config.databaseUrl
		? new PostgresStore(config.databaseUrl, { max: config.databasePoolSize })
		: new SqliteStore(openSqliteDatabase(config.databasePath));
	return { store, ready: prepare(store) };
}

/** Where the store is, for messages: the SQLite file, or the PostgreSQL URL without its password. */
export function storeLocation(): string {
	const config = serverConfig();
	if (!config.databaseUrl) return config.databasePath;
	const url = new URL(config.databaseUrl);
	if (url.password) url.password = '***';
	return url.toString();
}

async function prepare(store: Store): Promise<void> {
	await migrate(store);
	await purgeExpired(store, Date.now());
}

/** A SQLite file, opened and migrated, for tools and tests that then use it directly. */
export async function openDatabase(path: string): Promise<Database.Database> {
	const store = new SqliteStore(openSqliteDatabase(path));
	await prepare(store);
	return store.database;
}

/** Open the store (if it is not already) and wait until its migrations have run. */
export async function openStore(): Promise<Store> {
	opened ??= open();
	await opened.ready;
	return opened.store;
}

/**
 * The store, for code that is about to query it: every call waits for it to be open and
 * migrated first (the server opens it at start-up, so that is already done).
 */
export function getDb(): Store {
	return gate;
}

const ensure = () => openStore();

const gate: Store = {
	get engine() {
		return (opened ??= open()).store.engine;
	},
	get rowId() {
		return (opened ??= open()).store.rowId;
	},
	get: async (sql, params) => (await ensure()).get(sql, params),
	all: async (sql, params) => (await ensure()).all(sql, params),
	run: async (sql, params) => (await ensure()).run(sql, params),
	exec: async (sql) => (await ensure()).exec(sql),
	transaction: async (work) => (await ensure()).transaction(work),
	lock: async (key) => (await ensure()).lock(key),
	close: closeDb
};

export async function closeDb(): Promise<void> {
	const closing = opened;
	opened = undefined;
	if (!closing) return;
	await closing.ready.catch(() => {});
	await closing.store.close();
}

/** Apply the migrations not yet recorded, each in its own transaction; returns their ids. */
export async function migrate(store: Store): Promise<number[]> {
	const time = store.engine === 'postgres' ? 'BIGINT' : 'INTEGER';
	// Under the lock too: PostgreSQL's CREATE TABLE IF NOT EXISTS can still clash with another
	// server's running at the same moment.
	await store.transaction(async () => {
		await store.lock('migrations');
		await store.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
			id INTEGER PRIMARY KEY,
			name TEXT NOT NULL,
			applied_at ${time} NOT NULL
		)`);
	});
	const recorded = new Set(await pluck<number>(store, 'SELECT id FROM schema_migrations'));
	const ran: number[] = [];
	for (const migration of migrations) {
		if (recorded.has(migration.id)) continue;
		const applied = await store.transaction(async () => {
			// Two servers starting together: the second waits, then finds it applied.
			await store.lock('migrations');
			const done = await pluck<number>(store, 'SELECT id FROM schema_migrations WHERE id = ?', [
				migration.id
			]);
			if (done.length) return false;
			await store.exec(store.engine === 'postgres' ? migration.postgres : migration.sqlite);
			await store.run('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)', [
				migration.id,
				migration.name,
				Date.now()
			]);
			return true;
		});
		if (applied) ran.push(migration.id);
	}
	return ran;
}

/** Start-up housekeeping: scenarios past their restore window, stale sessions, failures and hits. */
export async function purgeExpired(store: Store, now: number): Promise<void> {
	const config = serverConfig();
	await store.transaction(async () => {
		await store.run('DELETE FROM scenarios WHERE deleted_at IS NOT NULL AND deleted_at < ?', [
			now - config.deletedRetentionMs
		]);
		await store.run('DELETE FROM sessions WHERE last_seen_at < ?', [now - config.sessionIdleMs]);
		await store.run('DELETE FROM sign_in_failures WHERE at < ?', [now - config.signInWindowMs]);
		// Rate limits' hits: no window is longer than a minute.
		await store.run('DELETE FROM rate_hits WHERE at <= ?', [now - 60_000]);
	});
}
