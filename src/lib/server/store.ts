/**
 * The one interface the server code talks to the database through. Two engines implement it:
 * SQLite (better-sqlite3, the default) and PostgreSQL (DATABASE_URL=postgres://…). SQL is
 * written once, in the subset both understand, with `?` placeholders.
 *
 * Inside transaction(), every call on the store (from any module) runs in that transaction:
 * the transaction is carried by AsyncLocalStorage, so a helper several calls deep never needs
 * to be handed a connection, and can never escape the transaction by accident.
 */
export type SqlValue = string | number | bigint | null;
export type Engine = 'sqlite' | 'postgres';

export interface Queryable {
	/** The first row, or undefined. */
	get<T>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
	all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
	/** A write; resolves to how many rows it changed. */
	run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
	/** Several statements without parameters (a migration). */
	exec(sql: string): Promise<void>;
}

export interface Store extends Queryable {
	readonly engine: Engine;
	/**
	 * Run `work` in one transaction, committed when it resolves, rolled back if it throws. On
	 * SQLite it is IMMEDIATE (one writer at a time); a transaction begun inside another simply
	 * joins it.
	 */
	transaction<T>(work: () => Promise<T>): Promise<T>;
	/**
	 * Inside a transaction: wait until no other transaction holds `key`, and hold it until this
	 * one ends. SQLite's IMMEDIATE transactions already exclude each other, so there it does
	 * nothing; PostgreSQL takes a transaction-scoped advisory lock, so that a check and the write
	 * that depends on it (a version number, a count of failed sign-ins) cannot interleave with
	 * another server's.
	 */
	lock(key: string): Promise<void>;
	/** The column naming a row's physical place, for "delete this one row" and insertion order. */
	readonly rowId: string;
	close(): Promise<void>;
}

/** Every value of one column, in row order (better-sqlite3's pluck). */
export async function pluck<T>(
	db: Queryable,
	sql: string,
	params: readonly SqlValue[] = []
): Promise<T[]> {
	const rows = await db.all<Record<string, T>>(sql, params);
	return rows.map((row) => Object.values(row)[0]);
}

/** One value of the first row, or undefined. */
export async function pluckOne<T>(
	db: Queryable,
	sql: string,
	params: readonly SqlValue[] = []
): Promise<T | undefined> {
	const row = await db.get<Record<string, T>>(sql, params);
	return row === undefined ? undefined : Object.values(row)[0];
}
