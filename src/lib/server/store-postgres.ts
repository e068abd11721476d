/**
 * The PostgreSQL engine (the `pg` driver), for several app servers sharing one database
 * (DATABASE_URL=postgres://…). A pool of connections; a transaction takes one of them for its
 * whole length, and AsyncLocalStorage routes every statement made inside it to that one.
 * Isolation is READ COMMITTED: where a check and a write must not interleave with another
 * server's, the code takes a lock (lock(key), a transaction-scoped advisory lock) first.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { SqlValue, Store } from './store';

/** BIGINT (times in ms, counts) as numbers: every one the schema holds is below 2^53. */
const types = {
	getTypeParser: ((oid: number, format?: string) =>
		oid === pg.types.builtins.INT8
			? (text: string) => Number(text)
			: pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser
};

const numbered = new Map<string, string>();

/** `?` placeholders as PostgreSQL's $1, $2…, leaving quoted text and names alone. */
export function dollarPlaceholders(sql: string): string {
	let converted = numbered.get(sql);
	if (converted !== undefined) return converted;
	let n = 0;
	let quote: string | null = null;
	converted = '';
	for (const c of sql) {
		if (quote) {
			if (c === quote) quote = null;
		} else if (c === "'" || c === '"') quote = c;
		else if (c === '?') {
			converted += `$${++n}`;
			continue;
		}
		converted += c;
	}
	numbered.set(sql, converted);
	return converted;
}

export class PostgresStore implements Store {
	readonly engine = 'postgres';
	readonly rowId = 'ctid';
	readonly pool: pg.Pool;
	private readonly inTransaction = new AsyncLocalStorage<pg.PoolClient>();

	constructor(connectionString: string, { max = 10 } = {}) {
		this.pool = new pg.Pool({ connectionString, max, types });
		// An idle connection that the server drops (a restart) must not crash the app.
		this.pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
	}

	private query(sql: string, params: readonly SqlValue[]) {
		const client = this.inTransaction.getStore() ?? this.pool;
		return client.query(dollarPlaceholders(sql), params as SqlValue[]);
	}

	async get<T>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
		return (await this.query(sql, params)).rows[0] as T | undefined;
	}

	async all<T>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
		return (await this.query(sql, params)).rows as T[];
	}

	async run(sql: string, params: readonly SqlValue[] = []): Promise<{ changes: number }> {
		return { changes: (await this.query(sql, params)).rowCount ?? 0 };
	}

	async exec(sql: string): Promise<void> {
		// Without parameters the driver sends the text as one simple query: several statements.
		await (this.inTransaction.getStore() ?? this.pool).query(sql);
	}

	async transaction<T>(work: () => Promise<T>): Promise<T> {
		if (this.inTransaction.getStore()) return work();
		const client = await this.pool.connect();
		let broken = false;
		try {
			await client.query('BEGIN');
			try {
				const result = await this.inTransaction.run(client, work);
				await client.query('COMMIT');
				return result;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => (broken = true));
				throw error;
			}
		} finally {
			client.release(broken);
		}
	}

	async lock(key: string): Promise<void> {
		if (!this.inTransaction.getStore()) throw new Error('lock() is for inside a transaction');
		await this.query('SELECT pg_advisory_xact_lock(hashtext(?))', [key]);
	}

	async close(): Promise<void> {
		await this.pool.end();
	}
}
