/**
 * The schema, as an ordered list of migrations. Each runs once, inside a transaction, and is
 * recorded in schema_migrations; never edit one that has shipped: add another.
 * Times are integer milliseconds since 1970 (UTC).
 */
export interface Migration {
	id: number;
	name: string;
	sql: string;
}

export const migrations: readonly Migration[] = [
	{
		id: 1,
		name: 'accounts and sessions',
		sql: `
			CREATE TABLE users (
				id INTEGER PRIMARY KEY,
				email TEXT NOT NULL UNIQUE COLLATE NOCASE,
				name TEXT NOT NULL DEFAULT '',
				role TEXT NOT NULL CHECK (role IN ('viewer', 'officer', 'admin')),
				password_hash TEXT NOT NULL,
				disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
				created_at INTEGER NOT NULL,
				updated_at INTEGER NOT NULL
			);
			CREATE TABLE sessions (
				token_hash TEXT PRIMARY KEY,
				user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
				created_at INTEGER NOT NULL,
				last_seen_at INTEGER NOT NULL
			);
			CREATE INDEX sessions_user ON sessions (user_id);
			CREATE TABLE sign_in_failures (
				key TEXT NOT NULL,
				at INTEGER NOT NULL
			);
			CREATE INDEX sign_in_failures_key ON sign_in_failures (key, at);
		`
	},
	{
		id: 2,
		name: 'scenarios and their versions',
		sql: `
			CREATE TABLE scenarios (
				id TEXT PRIMARY KEY,
				owner_id INTEGER NOT NULL REFERENCES users (id),
				current_version INTEGER NOT NULL,
				share_token TEXT UNIQUE,
				created_at INTEGER NOT NULL,
				updated_at INTEGER NOT NULL,
				deleted_at INTEGER
			);
			CREATE INDEX scenarios_owner ON scenarios (owner_id, deleted_at);
			CREATE TABLE scenario_versions (
				scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
				version INTEGER NOT NULL CHECK (version >= 1),
				name TEXT NOT NULL,
				description TEXT NOT NULL,
				authority_id TEXT NOT NULL,
				values_json TEXT NOT NULL,
				model_version TEXT NOT NULL,
				note TEXT NOT NULL DEFAULT '',
				saved_by INTEGER NOT NULL REFERENCES users (id),
				saved_at INTEGER NOT NULL,
				PRIMARY KEY (scenario_id, version)
			) WITHOUT ROWID;
			-- A version, once written, is never changed: history is append-only.
			CREATE TRIGGER scenario_versions_immutable BEFORE UPDATE ON scenario_versions
			BEGIN
				SELECT RAISE(ABORT, 'scenario versions are immutable');
			END;
			CREATE TABLE shared_opens (
				user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
				scenario_id TEXT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,
				first_opened_at INTEGER NOT NULL,
				last_opened_at INTEGER NOT NULL,
				PRIMARY KEY (user_id, scenario_id)
			) WITHOUT ROWID;
		`
	},
	{
		id: 3,
		name: 'imported authorities',
		sql: `
			-- An officer's own council: the whole validated Authority object, as imported.
			-- Ids start with "own-", which no sample authority's id does.
			CREATE TABLE authorities (
				id TEXT PRIMARY KEY CHECK (id LIKE 'own-%'),
				owner_id INTEGER NOT NULL REFERENCES users (id),
				name TEXT NOT NULL,
				kind TEXT NOT NULL,
				figures_json TEXT NOT NULL,
				model_version TEXT NOT NULL,
				created_at INTEGER NOT NULL,
				updated_at INTEGER NOT NULL,
				deleted_at INTEGER
			);
			CREATE INDEX authorities_owner ON authorities (owner_id, deleted_at);
		`
	},
	{
		id: 4,
		name: 'snapshots as presented',
		sql: `
			-- What a committee was shown, frozen: the scenario version's council (the whole
			-- Authority object), values, levers as they were described, and the projection and
			-- baseline (projectionToJson) under the model version that made them. scenario_id is
			-- not a foreign key: purging a deleted scenario must not take this record with it.
			CREATE TABLE snapshots (
				id TEXT PRIMARY KEY,
				scenario_id TEXT NOT NULL,
				scenario_version INTEGER NOT NULL CHECK (scenario_version >= 1),
				owner_id INTEGER NOT NULL REFERENCES users (id),
				name TEXT NOT NULL,
				note TEXT NOT NULL DEFAULT '',
				authority_json TEXT NOT NULL,
				values_json TEXT NOT NULL,
				levers_json TEXT NOT NULL,
				model_version TEXT NOT NULL,
				projection_json TEXT NOT NULL,
				baseline_json TEXT NOT NULL,
				created_at INTEGER NOT NULL
			);
			CREATE INDEX snapshots_scenario ON snapshots (scenario_id, created_at);
			CREATE TRIGGER snapshots_immutable BEFORE UPDATE ON snapshots
			BEGIN
				SELECT RAISE(ABORT, 'snapshots are immutable');
			END;
			-- Nor deleted, not even by their owner: a snapshot is the record of what a decision
			-- was taken on, and the minutes may cite it. A mistaken freeze costs one list entry.
			CREATE TRIGGER snapshots_permanent BEFORE DELETE ON snapshots
			BEGIN
				SELECT RAISE(ABORT, 'snapshots are never deleted');
			END;
		`
	},
	{
		id: 5,
		name: 'rooms and their participants',
		sql: `
			-- A workshop room: the levers its participants may set (ids, in order) and the values it
			-- starts from (what differs from the status quo). Codes are 6 characters without
			-- look-alikes. open and revealed are switched by the owner; a room is never deleted.
			CREATE TABLE rooms (
				code TEXT PRIMARY KEY CHECK (length(code) = 6),
				owner_id INTEGER NOT NULL REFERENCES users (id),
				name TEXT NOT NULL,
				authority_id TEXT NOT NULL,
				levers_json TEXT NOT NULL,
				start_values_json TEXT NOT NULL,
				model_version TEXT NOT NULL,
				open INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1)),
				revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
				created_at INTEGER NOT NULL,
				updated_at INTEGER NOT NULL
			);
			CREATE INDEX rooms_owner ON rooms (owner_id, created_at);
			-- One row per participant: only the SHA-256 of their random cookie token, when they
			-- joined, and their latest choice (every lever of the room), nothing else.
			CREATE TABLE room_participants (
				room_code TEXT NOT NULL REFERENCES rooms (code) ON DELETE CASCADE,
				token_hash TEXT NOT NULL,
				joined_at INTEGER NOT NULL,
				values_json TEXT,
				submitted_at INTEGER,
				submissions INTEGER NOT NULL DEFAULT 0,
				PRIMARY KEY (room_code, token_hash)
			) WITHOUT ROWID;
		`
	}
];
