/**
 * The embedded store: one SQLite file (better-sqlite3), opened lazily on first use so that
 * importing this module (as `vite build` does) never creates a database. Opening it applies
 * any pending migrations and purges scenarios deleted longer ago than the restore window (30 days by default).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { serverConfig } from './config';
import { migrations } from './migrations';

export type Db = Database.Database;

let db: Db | undefined;

export function getDb(): Db {
	if (!db) db = openDatabase(serverConfig().databasePath);
	return db;
}

export function closeDb(): void {
	db?.close();
	db = undefined;
}

export function openDatabase(path: string): Db {
	mkdirSync(dirname(path), { recursive: true });
	const database = new Database(path);
	database.pragma('journal_mode = WAL');
	// FULL: a save is on disk (the WAL is fsynced) before the API acknowledges it.
	database.pragma('synchronous = FULL');
	database.pragma('foreign_keys = ON');
	database.pragma('busy_timeout = 5000');
	migrate(database);
	purgeExpired(database, Date.now());
	return database;
}

export function migrate(database: Db): number[] {
	database.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		id INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied_at INTEGER NOT NULL
	)`);
	const applied = new Set(
		database
			.prepare('SELECT id FROM schema_migrations')
			.pluck()
			.all()
			.map((id) => id as number)
	);
	const ran: number[] = [];
	for (const migration of migrations) {
		if (applied.has(migration.id)) continue;
		database
			.transaction(() => {
				database.exec(migration.sql);
				database
					.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)')
					.run(migration.id, migration.name, Date.now());
			})
			.immediate();
		ran.push(migration.id);
	}
	return ran;
}

/** Start-up housekeeping: scenarios past their restore window, stale sessions and failures. */
export function purgeExpired(database: Db, now: number): void {
	const config = serverConfig();
	database
		.transaction(() => {
			database
				.prepare('DELETE FROM scenarios WHERE deleted_at IS NOT NULL AND deleted_at < ?')
				.run(now - config.deletedRetentionMs);
			database
				.prepare('DELETE FROM sessions WHERE last_seen_at < ?')
				.run(now - config.sessionIdleMs);
			database
				.prepare('DELETE FROM sign_in_failures WHERE at < ?')
				.run(now - config.signInWindowMs);
		})
		.immediate();
}
