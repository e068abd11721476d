/**
 * The scenario store. A scenario is a row naming its owner and its current version; every save
 * appends an immutable version (name, description, authority, the values that differ from the
 * status quo, and the model version they were saved under). A write names the version it was
 * based on and is refused with 409 if another save came first: the check and the write happen
 * in one transaction holding that scenario's lock, so two writers can never both win.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
	changesSince,
	defaultAuthority,
	MODEL_VERSION,
	type Authority
} from '../../../models/index';
import { changedValues, keepAccepted, type ScenarioValues } from '../engine/index';
import { scenarioQueryKeys } from '../scenario-url';
import { roleAtLeast, type SessionUser } from './accounts';
import { recordedAuthority, unknownAuthorityMessage, usableAuthority } from './authorities';
import { serverConfig } from './config';
import { getDb } from './db';
import { ApiError } from './http';

export const scenarioNameSchema = z
	.string({ error: 'name is required' })
	.trim()
	.min(1, 'name must not be empty')
	.max(120, 'name must be at most 120 characters');
export const scenarioDescriptionSchema = z
	.string({ error: 'description must be text' })
	.trim()
	.max(2000, 'description must be at most 2000 characters');
/**
 * The shape of an authority id only: whether the id names a council this caller may use (a
 * sample, or their own) is decided by authorityFor(id, user), also a 400 naming authorityId.
 */
export const authorityIdSchema = z
	.string({ error: 'authorityId must be text' })
	.regex(/^[a-z][a-z0-9-]{0,63}$/, { error: unknownAuthorityMessage('authorityId') });
/** A version number, its messages naming the field it arrives in. */
export const versionNumber = (field: string) =>
	z
		.number({ error: `${field} must be a whole number` })
		.int(`${field} must be a whole number`)
		.min(1, `${field} must be at least 1`)
		.max(1e9, `${field} is too large`);

export const versionNumberSchema = versionNumber('baseVersion');

export interface ScenarioSummary {
	id: string;
	name: string;
	description: string;
	authorityId: string;
	authorityName: string;
	version: number;
	modelVersion: string;
	shareToken: string | null;
	owner: { id: number; name: string; email: string };
	createdAt: string;
	updatedAt: string;
	deletedAt: string | null;
}

export interface ScenarioDetail extends ScenarioSummary {
	/** The values saved, in slider units, only those that differ from the status quo. */
	values: ScenarioValues;
	/** Set when the scenario was saved under another model version: what that means for it. */
	modelNote: string | null;
}

export interface VersionSummary {
	version: number;
	name: string;
	description: string;
	authorityId: string;
	modelVersion: string;
	note: string;
	savedBy: { id: number; name: string; email: string };
	savedAt: string;
}

export interface VersionDetail extends VersionSummary {
	scenarioId: string;
	values: ScenarioValues;
	modelNote: string | null;
}

interface ScenarioRow {
	id: string;
	owner_id: number;
	owner_name: string;
	owner_email: string;
	current_version: number;
	share_token: string | null;
	created_at: number;
	updated_at: number;
	deleted_at: number | null;
	name: string;
	description: string;
	authority_id: string;
	values_json: string;
	model_version: string;
}

interface VersionRow {
	scenario_id: string;
	version: number;
	name: string;
	description: string;
	authority_id: string;
	values_json: string;
	model_version: string;
	note: string;
	saved_by: number;
	saved_by_name: string;
	saved_by_email: string;
	saved_at: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const newId = () => randomBytes(9).toString('base64url');
const newShareToken = () => randomBytes(24).toString('base64url');

/** A council the user may model: a sample or their own; anything else is a 400 naming authorityId. */
export const authorityFor = (id: string, user: SessionUser | null): Promise<Authority> =>
	usableAuthority(id, user);

/** The council a saved scenario names (see recordedAuthority), or the default if it is gone. */
export const savedAuthority = async (id: string): Promise<Authority> =>
	(await recordedAuthority(id)) ?? defaultAuthority;

/** Validate values for an authority and keep only those that differ from its status quo. */
export function validValues(values: unknown, authority: Authority): ScenarioValues {
	const parsed = keepAccepted(values, authority, 'request');
	if (!parsed.ok) throw new ApiError(400, parsed.errors.join('; '), 'values');
	return changedValues(parsed.values, authority);
}

/**
 * Saved values as the current model reads them. Values saved under an older model version
 * that the model no longer accepts are left out, and the note says which.
 */
export async function openValues(
	valuesJson: string,
	authorityId: string,
	savedUnder: string
): Promise<{ values: ScenarioValues; modelNote: string | null }> {
	const saved = JSON.parse(valuesJson) as ScenarioValues;
	const authority = await savedAuthority(authorityId);
	const notes: string[] = [];
	if (savedUnder !== MODEL_VERSION) {
		notes.push(
			`Saved under model version ${savedUnder}; Rewire now runs model version ${MODEL_VERSION}. ` +
				'The projection uses the current figures and equations, so it may differ from the one seen when this was saved.'
		);
		for (const release of changesSince(savedUnder))
			notes.push(`What changed in ${release.version}: ${release.changes.join(' ')}`);
	}
	if (authority.id !== authorityId) {
		notes.push(
			`The authority "${authorityId}" is no longer in the model; showing ${authority.name}.`
		);
	}
	const { values, refused } = keepAccepted(saved, authority, 'reopen');
	if (refused.length) {
		const dropped = refused.map(
			(r) => `${r.id} = ${JSON.stringify(r.value)} (${r.errors.join('; ')})`
		);
		notes.push(`Left out, as the model no longer accepts them: ${dropped.join(', ')}.`);
	}
	return { values, modelNote: notes.length ? notes.join(' ') : null };
}

const scenarioSelect = `
	SELECT s.*, u.name AS owner_name, u.email AS owner_email,
		v.name, v.description, v.authority_id, v.values_json, v.model_version
	FROM scenarios s
	JOIN scenario_versions v ON v.scenario_id = s.id AND v.version = s.current_version
	JOIN users u ON u.id = s.owner_id`;

const versionSelect = `
	SELECT v.*, u.name AS saved_by_name, u.email AS saved_by_email
	FROM scenario_versions v JOIN users u ON u.id = v.saved_by`;

async function toSummary(row: ScenarioRow): Promise<ScenarioSummary> {
	return {
		id: row.id,
		name: row.name,
		description: row.description,
		authorityId: row.authority_id,
		authorityName: (await savedAuthority(row.authority_id)).name,
		version: row.current_version,
		modelVersion: row.model_version,
		shareToken: row.share_token,
		owner: { id: row.owner_id, name: row.owner_name, email: row.owner_email },
		createdAt: iso(row.created_at),
		updatedAt: iso(row.updated_at),
		deletedAt: row.deleted_at === null ? null : iso(row.deleted_at)
	};
}

async function toDetail(row: ScenarioRow): Promise<ScenarioDetail> {
	return {
		...(await toSummary(row)),
		...(await openValues(row.values_json, row.authority_id, row.model_version))
	};
}

function toVersion(row: VersionRow): VersionSummary {
	return {
		version: row.version,
		name: row.name,
		description: row.description,
		authorityId: row.authority_id,
		modelVersion: row.model_version,
		note: row.note,
		savedBy: { id: row.saved_by, name: row.saved_by_name, email: row.saved_by_email },
		savedAt: iso(row.saved_at)
	};
}

const notFound = () => new ApiError(404, 'No such scenario.', 'id');

/** A scenario the user owns; deleted ones only when asked for. Others' are "not found". */
async function ownedRow(
	user: SessionUser,
	id: string,
	{ deleted = false } = {}
): Promise<ScenarioRow> {
	// Saved scenarios are an officer's: an officer demoted to viewer reads none of theirs (on
	// any page or route) until promoted again. The role is read afresh on every request.
	if (!roleAtLeast(user.role, 'officer')) throw notFound();
	const row = await getDb().get<ScenarioRow>(
		`${scenarioSelect} WHERE s.id = ? AND s.owner_id = ?`,
		[id, user.id]
	);
	if (!row || (row.deleted_at !== null) !== deleted) throw notFound();
	return row;
}

interface Snapshot {
	name: string;
	description: string;
	authorityId: string;
	values: ScenarioValues;
	note: string;
}

async function insertVersion(
	scenarioId: string,
	version: number,
	snapshot: Snapshot,
	userId: number,
	now: number
) {
	await getDb().run(
		`INSERT INTO scenario_versions
		 (scenario_id, version, name, description, authority_id, values_json, model_version, note, saved_by, saved_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		[
			scenarioId,
			version,
			snapshot.name,
			snapshot.description,
			snapshot.authorityId,
			JSON.stringify(snapshot.values),
			MODEL_VERSION,
			snapshot.note,
			userId,
			now
		]
	);
}

async function createWith(user: SessionUser, snapshot: Snapshot): Promise<ScenarioDetail> {
	const db = getDb();
	const id = newId();
	await db.transaction(async () => {
		const now = Date.now();
		await db.run(
			`INSERT INTO scenarios (id, owner_id, current_version, created_at, updated_at)
			 VALUES (?, ?, 1, ?, ?)`,
			[id, user.id, now, now]
		);
		await insertVersion(id, 1, snapshot, user.id, now);
	});
	return getScenario(user, id);
}

export async function createScenario(
	user: SessionUser,
	input: {
		name: string;
		description?: string;
		authorityId?: string;
		values: unknown;
		/** The first version's note (a room's spread of choices); the API never sets it. */
		note?: string;
	}
): Promise<ScenarioDetail> {
	const authority = await authorityFor(input.authorityId ?? defaultAuthority.id, user);
	return createWith(user, {
		name: input.name,
		description: input.description ?? '',
		authorityId: authority.id,
		values: validValues(input.values, authority),
		note: input.note ?? ''
	});
}

export type ScenarioSort = 'name' | 'updated';

/** Deleted before this moment: past the restore window, no longer restorable. */
const restoreCutoff = () => Date.now() - serverConfig().deletedRetentionMs;

/**
 * Purge the user's deleted scenarios that are past the restore window. The server also purges
 * at start-up, but a long-running one must not keep offering what it would refuse to restore.
 * Cheap: it uses the (owner_id, deleted_at) index.
 */
async function purgeExpiredOf(user: SessionUser, cutoff: number): Promise<void> {
	await getDb().run(
		'DELETE FROM scenarios WHERE owner_id = ? AND deleted_at IS NOT NULL AND deleted_at < ?',
		[user.id, cutoff]
	);
}

export async function listScenarios(
	user: SessionUser,
	options: { sort?: ScenarioSort; q?: string; deleted?: boolean } = {}
): Promise<ScenarioSummary[]> {
	// lower() in both engines: SQLite's LIKE and NOCASE ignore (ASCII) case, PostgreSQL's do not.
	const order =
		options.sort === 'name' ? 'lower(v.name) ASC, s.updated_at DESC' : 's.updated_at DESC';
	const like = `%${(options.q ?? '').replace(/[\\%_]/g, (c) => '\\' + c)}%`;
	const cutoff = restoreCutoff();
	if (options.deleted) await purgeExpiredOf(user, cutoff);
	// The filter too, so the list never offers a scenario that restore would refuse.
	const rows = await getDb().all<ScenarioRow>(
		`${scenarioSelect}
		 WHERE s.owner_id = ? AND s.deleted_at IS ${options.deleted ? 'NOT NULL' : 'NULL'}
		   AND lower(v.name) LIKE lower(?) ESCAPE '\\'
		   AND (s.deleted_at IS NULL OR s.deleted_at >= ?)
		 ORDER BY ${order}`,
		[user.id, like, cutoff]
	);
	return Promise.all(rows.map(toSummary));
}

export async function getScenario(user: SessionUser, id: string): Promise<ScenarioDetail> {
	return toDetail(await ownedRow(user, id));
}

/**
 * The saved scenario a page's address names (?saved=<id>), when the signed-in officer owns it;
 * otherwise null, and the values in the address still open as they are.
 */
export async function scenarioNamedBy(
	url: URL,
	user: SessionUser | null
): Promise<ScenarioDetail | null> {
	const id = url.searchParams.get(scenarioQueryKeys.saved);
	if (!id || !user || user.role === 'viewer') return null;
	try {
		return await getScenario(user, id);
	} catch {
		// Not theirs, deleted or never existed.
		return null;
	}
}

/**
 * What the report and the deck need of the saved scenario their address names: enough to carry
 * its name, and to tell whether what is shown is that version unchanged.
 */
export async function savedSummaryNamedBy(url: URL, user: SessionUser | null) {
	const s = await scenarioNamedBy(url, user);
	return (
		s && {
			id: s.id,
			name: s.name,
			version: s.version,
			authorityId: s.authorityId,
			values: s.values
		}
	);
}

/** 409 with the scenario as it now is (deleted or not), so the client can reload or copy it. */
async function conflict(row: ScenarioRow, baseVersion: number): Promise<ApiError> {
	const current = await toDetail(row);
	return new ApiError(
		409,
		`This scenario was saved again (now version ${current.version}) after version ${baseVersion}, which this change was based on. Reload it, or save yours as a copy.`,
		'baseVersion',
		{ currentVersion: current.version, scenario: current }
	);
}

/**
 * A write to the user's scenario, made only if it is still at baseVersion (else 409), in one
 * transaction holding the scenario's lock, so that two writers (on any server) cannot both
 * pass the check.
 */
async function writeAtVersion(
	user: SessionUser,
	id: string,
	baseVersion: number,
	write: (row: ScenarioRow) => Promise<void>,
	{ deleted = false } = {}
): Promise<void> {
	const db = getDb();
	await db.transaction(async () => {
		await db.lock(`scenario:${id}`);
		const row = await ownedRow(user, id, { deleted });
		if (row.current_version !== baseVersion) throw await conflict(row, baseVersion);
		await write(row);
	});
}

/** The scenario's next version, which becomes its current one. */
async function appendVersion(row: ScenarioRow, snapshot: Snapshot, userId: number): Promise<void> {
	const now = Date.now();
	await insertVersion(row.id, row.current_version + 1, snapshot, userId, now);
	await getDb().run('UPDATE scenarios SET current_version = ?, updated_at = ? WHERE id = ?', [
		row.current_version + 1,
		now,
		row.id
	]);
}

/** Save a new version: any of name, description, authority and values, based on baseVersion. */
export async function updateScenario(
	user: SessionUser,
	id: string,
	input: {
		baseVersion: number;
		name?: string;
		description?: string;
		authorityId?: string;
		values?: unknown;
	}
): Promise<ScenarioDetail> {
	// A newly chosen council must be one the user may use; the one already saved stays usable.
	const chosen =
		input.authorityId === undefined ? undefined : await authorityFor(input.authorityId, user);
	await writeAtVersion(user, id, input.baseVersion, async (row) => {
		const authority = chosen ?? (await savedAuthority(row.authority_id));
		const values =
			input.values !== undefined
				? validValues(input.values, authority)
				: validValues(
						(await openValues(row.values_json, row.authority_id, row.model_version)).values,
						authority
					);
		await appendVersion(
			row,
			{
				name: input.name ?? row.name,
				description: input.description ?? row.description,
				authorityId: authority.id,
				values,
				note: ''
			},
			user.id
		);
	});
	return getScenario(user, id);
}

/** Soft delete, based on baseVersion like any write: 409 if it was saved again meanwhile. */
export async function deleteScenario(
	user: SessionUser,
	id: string,
	baseVersion: number
): Promise<ScenarioSummary & { restorableUntil: string }> {
	const now = Date.now();
	await writeAtVersion(user, id, baseVersion, async () => {
		await getDb().run('UPDATE scenarios SET deleted_at = ? WHERE id = ?', [now, id]);
	});
	return {
		...(await toSummary(await ownedRow(user, id, { deleted: true }))),
		restorableUntil: iso(now + serverConfig().deletedRetentionMs)
	};
}

/**
 * Undelete: the owner may bring a deleted scenario back within the restore window (30 days by
 * default), naming the version they saw deleted.
 */
export async function undeleteScenario(
	user: SessionUser,
	id: string,
	baseVersion: number
): Promise<ScenarioDetail> {
	const db = getDb();
	await db.transaction(async () => {
		await db.lock(`scenario:${id}`);
		const row = await ownedRow(user, id, { deleted: true });
		if (row.deleted_at! < restoreCutoff()) throw notFound();
		if (row.current_version !== baseVersion) throw await conflict(row, baseVersion);
		await db.run('UPDATE scenarios SET deleted_at = NULL WHERE id = ?', [id]);
	});
	return getScenario(user, id);
}

export async function listVersions(user: SessionUser, id: string): Promise<VersionSummary[]> {
	await ownedRow(user, id);
	const rows = await getDb().all<VersionRow>(
		`${versionSelect} WHERE v.scenario_id = ? ORDER BY v.version DESC`,
		[id]
	);
	return rows.map(toVersion);
}

async function versionRow(id: string, version: number): Promise<VersionRow> {
	const row = await getDb().get<VersionRow>(
		`${versionSelect} WHERE v.scenario_id = ? AND v.version = ?`,
		[id, version]
	);
	if (!row) throw new ApiError(404, 'No such version of this scenario.', 'version');
	return row;
}

export async function getVersion(
	user: SessionUser,
	id: string,
	version: number
): Promise<VersionDetail> {
	await ownedRow(user, id);
	const row = await versionRow(id, version);
	return {
		...toVersion(row),
		scenarioId: id,
		...(await openValues(row.values_json, row.authority_id, row.model_version))
	};
}

/** Restore = a new version with an old version's authority and values (name stays). */
export async function restoreVersion(
	user: SessionUser,
	id: string,
	version: number,
	baseVersion: number
): Promise<ScenarioDetail> {
	await writeAtVersion(user, id, baseVersion, async (row) => {
		const old = await versionRow(id, version);
		const authorityId = (await recordedAuthority(old.authority_id))
			? old.authority_id
			: row.authority_id;
		const { values } = await openValues(old.values_json, authorityId, old.model_version);
		await appendVersion(
			row,
			{
				name: row.name,
				description: row.description,
				authorityId,
				values: validValues(values, await savedAuthority(authorityId)),
				note: `restored from version ${version}`
			},
			user.id
		);
	});
	return getScenario(user, id);
}

export async function duplicateScenario(
	user: SessionUser,
	id: string,
	input: { name?: string; version?: number } = {}
): Promise<ScenarioDetail> {
	const row = await ownedRow(user, id);
	const version = input.version ?? row.current_version;
	const source = await versionRow(id, version);
	const { values } = await openValues(
		source.values_json,
		source.authority_id,
		source.model_version
	);
	const authority = await savedAuthority(source.authority_id);
	return createWith(user, {
		name: input.name ?? `${source.name} (copy)`.slice(0, 120),
		description: source.description,
		authorityId: authority.id,
		values: validValues(values, authority),
		note: `copied from “${source.name}”, version ${version}`
	});
}

/** Share (a read-only link for signed-in users) or stop sharing, which revokes the old link. */
export async function setSharing(
	user: SessionUser,
	id: string,
	shared: boolean,
	baseVersion: number
): Promise<ScenarioDetail> {
	await writeAtVersion(user, id, baseVersion, async (row) => {
		const db = getDb();
		const token = shared ? (row.share_token ?? newShareToken()) : null;
		await db.run('UPDATE scenarios SET share_token = ? WHERE id = ?', [token, id]);
		if (!shared) await db.run('DELETE FROM shared_opens WHERE scenario_id = ?', [id]);
	});
	return getScenario(user, id);
}

/** Open a shared scenario by its link's token; remembered for the viewer's "shared with me". */
export async function openShared(
	user: SessionUser,
	token: string
): Promise<ScenarioDetail & { readOnly: true }> {
	const db = getDb();
	const row = await db.get<ScenarioRow>(
		`${scenarioSelect} WHERE s.share_token = ? AND s.deleted_at IS NULL`,
		[token]
	);
	if (!row)
		throw new ApiError(404, 'This link does not open a shared scenario (any more).', 'token');
	if (row.owner_id !== user.id) {
		const now = Date.now();
		await db.run(
			`INSERT INTO shared_opens (user_id, scenario_id, first_opened_at, last_opened_at)
			 VALUES (?, ?, ?, ?)
			 ON CONFLICT (user_id, scenario_id) DO UPDATE SET last_opened_at = excluded.last_opened_at`,
			[user.id, row.id, now, now]
		);
	}
	return { ...(await toDetail(row)), readOnly: true };
}

export async function sharedWithMe(user: SessionUser): Promise<ScenarioSummary[]> {
	const rows = await getDb().all<ScenarioRow>(
		`${scenarioSelect} JOIN shared_opens o ON o.scenario_id = s.id AND o.user_id = ?
		 WHERE s.share_token IS NOT NULL AND s.deleted_at IS NULL
		 ORDER BY o.last_opened_at DESC`,
		[user.id]
	);
	return Promise.all(rows.map(toSummary));
}
