/**
 * npm run db:copy -- --from data/rewire.db --to postgres://user:password@host/rewire
 * Moves a SQLite database to PostgreSQL: applies the migrations to the target (the same list
 * the server uses), then copies every table, row for row with the same ids, in one
 * transaction, and sets each identity column's next value past the largest copied id. Refuses
 * a target that already holds any row: a copy never merges into live data. Prints how many
 * rows each table received. The SQLite file is only read (safe while its server runs; the copy
 * is of one consistent moment).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../src/lib/server/db';
import { migrations } from '../src/lib/server/migrations';
import { PostgresStore } from '../src/lib/server/store-postgres';
import type { SqlValue } from '../src/lib/server/store';
import { readCommandLine } from './cli';

const usage = `Usage: npm run db:copy -- --from <SQLite file> --to postgres://user:password@host/database
  Copies every table from the SQLite file into the PostgreSQL database, which must be empty
  (a new database; its tables are created here). One transaction: all or nothing.`;

/**
 * Every table the migrations make, parents before the tables that refer to them. A table the
 * source holds that is not here stops the copy (a new migration must add it here).
 */
const copyOrder = [
	'users',
	'sessions',
	'sign_in_failures',
	'rate_hits',
	'scenarios',
	'scenario_versions',
	'shared_opens',
	'authorities',
	'snapshots',
	'rooms',
	'room_participants'
] as const;

/** Rows a single INSERT carries: well under PostgreSQL's 65,535 parameters for any table here. */
const BATCH = 500;

/** Stops with a message (no stack trace): exit code 1. */
class CopyError extends Error {}

function withoutPassword(url: string): string {
	const parsed = new URL(url);
	if (parsed.password) parsed.password = '***';
	return parsed.toString();
}

function openSource(path: string): Database.Database {
	if (!existsSync(path)) throw new CopyError(`--from: there is no file at ${path}`);
	let source: Database.Database;
	try {
		source = new Database(path, { readonly: true, fileMustExist: true });
		source.pragma('schema_version'); // reads the header: fails here if it is not SQLite
	} catch (error) {
		throw new CopyError(`--from: ${path} is not a SQLite database (${(error as Error).message})`);
	}
	const tables = source
		.prepare(
			"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'"
		)
		.pluck()
		.all() as string[];
	const hasMigrations = source
		.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
		.get();
	if (!hasMigrations) throw new CopyError(`--from: ${path} is not a Rewire database`);
	const applied = new Set(
		source.prepare('SELECT id FROM schema_migrations').pluck().all() as number[]
	);
	const pending = migrations.filter((m) => !applied.has(m.id));
	if (pending.length) {
		throw new CopyError(
			`--from: ${path} predates this version of Rewire (migration ${pending[0].id}, ` +
				`"${pending[0].name}", not applied). Start the server on it once (npm start), then copy.`
		);
	}
	const unknown = tables.filter((t) => !(copyOrder as readonly string[]).includes(t));
	if (unknown.length) {
		throw new CopyError(`--from: tables this copy does not know: ${unknown.join(', ')}`);
	}
	return source;
}

async function connect(url: string): Promise<PostgresStore> {
	if (!/^postgres(ql)?:\/\/./.test(url)) {
		throw new CopyError('--to must be a PostgreSQL URL: postgres://user:password@host/database');
	}
	try {
		new URL(url);
	} catch {
		throw new CopyError('--to is not a valid URL');
	}
	const target = new PostgresStore(url, { max: 1 });
	try {
		await target.get('SELECT 1');
	} catch (error) {
		await target.close().catch(() => {});
		throw new CopyError(
			`--to: cannot connect to ${withoutPassword(url)}: ${(error as Error).message}`
		);
	}
	return target;
}

async function copy(
	source: Database.Database,
	target: PostgresStore
): Promise<Map<string, number>> {
	await migrate(target);
	const counts = new Map<string, number>();
	// One read transaction on the source: every table as of the same moment.
	source.exec('BEGIN');
	try {
		await target.transaction(async () => {
			// No server may write while the copy runs (they would be refused below anyway).
			await target.lock('migrations');
			const occupied: string[] = [];
			for (const table of copyOrder) {
				const row = await target.get<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
				if (row && row.n > 0) occupied.push(`${table} (${row.n})`);
			}
			if (occupied.length) {
				throw new CopyError(
					`--to already holds rows: ${occupied.join(', ')}. Copy only into a new, empty ` +
						'database (createdb), so nothing there is overwritten or mixed with the copy.'
				);
			}
			for (const table of copyOrder) counts.set(table, await copyTable(source, target, table));
			await resetIdentities(target);
		});
	} finally {
		source.exec('COMMIT');
	}
	return counts;
}

async function copyTable(
	source: Database.Database,
	target: PostgresStore,
	table: string
): Promise<number> {
	const exists = source
		.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
		.get(table);
	if (!exists) return 0;
	const columns = (source.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map(
		(c) => c.name
	);
	const names = columns.map((c) => `"${c}"`).join(', ');
	const placeholders = `(${columns.map(() => '?').join(', ')})`;
	let copied = 0;
	let batch: SqlValue[][] = [];
	const flush = async () => {
		if (!batch.length) return;
		await target.run(
			`INSERT INTO ${table} (${names}) VALUES ${batch.map(() => placeholders).join(', ')}`,
			batch.flat()
		);
		copied += batch.length;
		batch = [];
	};
	// In the order the rows were written, so that PostgreSQL's physical order starts the same.
	const order = tableOrder(source, table);
	for (const row of source.prepare(`SELECT ${names} FROM "${table}"${order}`).raw().iterate()) {
		batch.push(row as SqlValue[]);
		if (batch.length >= BATCH) await flush();
	}
	await flush();
	return copied;
}

/** rowid order where the table has one (WITHOUT ROWID tables keep their key's order). */
function tableOrder(source: Database.Database, table: string): string {
	try {
		source.prepare(`SELECT rowid FROM "${table}" LIMIT 0`);
		return ' ORDER BY rowid';
	} catch {
		return '';
	}
}

/** Each identity column (users.id) continues after the largest id copied, not from 1. */
async function resetIdentities(target: PostgresStore): Promise<void> {
	const identities = await target.all<{ table_name: string; column_name: string }>(
		`SELECT table_name, column_name FROM information_schema.columns
		 WHERE table_schema = current_schema() AND is_identity = 'YES'`
	);
	for (const { table_name: table, column_name: column } of identities) {
		await target.get(
			`SELECT setval(pg_get_serial_sequence(?, ?), COALESCE(MAX("${column}"), 0) + 1, false) FROM "${table}"`,
			[table, column]
		);
	}
}

async function main() {
	const { values, fail } = readCommandLine(usage, {
		from: { type: 'string' },
		to: { type: 'string' }
	});
	const from = resolve(
		values.from || fail('--from is required: the SQLite file to copy (e.g. data/rewire.db)')
	);
	const to =
		values.to || fail('--to is required: the PostgreSQL database to copy into (postgres://…)');
	const source = openSource(from);
	let target: PostgresStore | undefined;
	try {
		target = await connect(to);
		const counts = await copy(source, target);
		const width = Math.max(...copyOrder.map((t) => t.length));
		process.stdout.write(`Copied ${from} to ${withoutPassword(to)}:\n`);
		for (const [table, n] of counts) process.stdout.write(`  ${table.padEnd(width)}  ${n}\n`);
	} finally {
		source.close();
		await target?.close();
	}
}

main().catch((error) => {
	if (error instanceof CopyError) {
		process.stderr.write(`error: ${error.message}\n`);
	} else {
		process.stderr.write(
			`error: the copy failed and was rolled back (no rows were copied): ${error?.message ?? error}\n`
		);
	}
	process.exit(1);
});
