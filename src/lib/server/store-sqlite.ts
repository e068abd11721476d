/**
 * The SQLite engine (better-sqlite3): one connection, WAL mode. Statements are synchronous
 * underneath; a transaction may await between them, so while one is open every statement
 * from outside it waits for it to end (they would otherwise run inside it, on the one
 * connection), and transactions queue one behind another.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlValue, Store } from './store';

export function openSqliteDatabase(path: string): Database.Database {
	mkdirSync(dirname(path), { recursive: true });
	const database = new Database(path);
	// First: workers started together (WEB_CONCURRENCY) wait for each other's locks, even
	// while one switches a new file to WAL.
	database.pragma('busy_timeout = 5000');
	database.pragma('journal_mode = WAL');
	// FULL: a save is on disk (the WAL is fsynced) before the API acknowledges it.
	database.pragma('synchronous = FULL');
	database.pragma('foreign_keys = ON');
	return database;
}

export class SqliteStore implements Store {
	readonly engine = 'sqlite';
	readonly rowId = 'rowid';
	private readonly inTransaction = new AsyncLocalStorage<true>();
	private readonly statements = new Map<string, Database.Statement>();
	/** Settles when the open transaction (and every one queued before the latest) has ended. */
	private queue: Promise<void> = Promise.resolve();
	private open = false;

	constructor(readonly database: Database.Database) {}

	private statement(sql: string): Database.Statement {
		let statement = this.statements.get(sql);
		if (!statement) this.statements.set(sql, (statement = this.database.prepare(sql)));
		return statement;
	}

	/** Run now if no transaction is open or this is part of it; otherwise once it has ended. */
	private async when<T>(work: () => T): Promise<T> {
		while (this.open && !this.inTransaction.getStore()) await this.queue;
		return work();
	}

	get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
		return this.when(() => this.statement(sql).get(...params) as T | undefined);
	}

	all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
		return this.when(() => this.statement(sql).all(...params) as T[]);
	}

	run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
		return this.when(() => ({ changes: this.statement(sql).run(...params).changes }));
	}

	exec(sql: string): Promise<void> {
		return this.when(() => void this.database.exec(sql));
	}

	async transaction<T>(work: () => Promise<T>): Promise<T> {
		if (this.inTransaction.getStore()) return work();
		const before = this.queue;
		let release!: () => void;
		this.queue = new Promise<void>((resolve) => (release = resolve));
		await before;
		this.open = true;
		try {
			this.database.exec('BEGIN IMMEDIATE');
			try {
				const result = await this.inTransaction.run(true, work);
				this.database.exec('COMMIT');
				return result;
			} catch (error) {
				if (this.database.inTransaction) this.database.exec('ROLLBACK');
				throw error;
			}
		} finally {
			this.open = false;
			release();
		}
	}

	async lock(): Promise<void> {
		// BEGIN IMMEDIATE already holds the database's one write lock.
	}

	async close(): Promise<void> {
		this.database.close();
	}
}
