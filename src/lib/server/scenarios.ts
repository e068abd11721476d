/**
 * The scenario store. A scenario is a row naming its owner and its current version; every save
 * appends an immutable version (name, description, authority, the values that differ from the
 * status quo, and the model version they were saved under). A write names the version it was
 * based on and is refused with 409 if another save came first: the check and the write happen
 * in one IMMEDIATE transaction, so two writers can never both win.
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
export const authorityFor = (id: string, user: SessionUser | null): Authority =>
	usableAuthority(id, user);

/** The council a saved scenario names (see recordedAuthority), or the default if it is gone. */
export const savedAuthority = (id: string): Authority => recordedAuthority(id) ?? defaultAuthority;

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
export function openValues(
	valuesJson: string,
	authorityId: string,
	savedUnder: string
): { values: ScenarioValues; modelNote: string | null } {
	const saved = JSON.parse(valuesJson) as ScenarioValues;
	const authority = savedAuthority(authorityId);
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

function toSummary(row: ScenarioRow): ScenarioSummary {
	return {
		id: row.id,
		name: row.name,
		description: row.description,
		authorityId: row.authority_id,
		authorityName: savedAuthority(row.authority_id).name,
		version: row.current_version,
		modelVersion: row.model_version,
		shareToken: row.share_token,
		owner: { id: row.owner_id, name: row.owner_name, email: row.owner_email },
		createdAt: iso(row.created_at),
		updatedAt: iso(row.updated_at),
		deletedAt: row.deleted_at === null ? null : iso(row.deleted_at)
	};
}

function toDetail(row: ScenarioRow): ScenarioDetail {
	return {
		...toSummary(row),
		...openValues(row.values_json, row.authority_id, row.model_version)
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
function ownedRow(user: SessionUser, id: string, { deleted = false } = {}): ScenarioRow {
	// Saved scenarios are an officer's: an officer demoted to viewer reads none of theirs (on
	// any page or route) until promoted again. The role is read afresh on every request.
	if (!roleAtLeast(user.role, 'officer')) throw notFound();
	const row = getDb()
		.prepare(`${scenarioSelect} WHERE s.id = ? AND s.owner_id = ?`)
		.get(id, user.id) as ScenarioRow | undefined;
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

function insertVersion(
	scenarioId: string,
	version: number,
	snapshot: Snapshot,
	userId: number,
	now: number
) {
	getDb()
		.prepare(
			`INSERT INTO scenario_versions
			 (scenario_id, version, name, description, authority_id, values_json, model_version, note, saved_by, saved_at)
			 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
		)
		.run(
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
		);
}

function createWith(user: SessionUser, snapshot: Snapshot): ScenarioDetail {
	const db = getDb();
	const id = newId();
	db.transaction(() => {
		const now = Date.now();
		db.prepare(
			`INSERT INTO scenarios (id, owner_id, current_version, created_at, updated_at)
			 VALUES (?, ?, 1, ?, ?)`
		).run(id, user.id, now, now);
		insertVersion(id, 1, snapshot, user.id, now);
	}).immediate();
	return getScenario(user, id);
}

export function createScenario(
	user: SessionUser,
	input: {
		name: string;
		description?: string;
		authorityId?: string;
		values: unknown;
		/** The first version's note (a room's spread of choices); the API never sets it. */
		note?: string;
	}
): ScenarioDetail {
	const authority = authorityFor(input.authorityId ?? defaultAuthority.id, user);
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
function purgeExpiredOf(user: SessionUser, cutoff: number): void {
	getDb()
		.prepare(
			'DELETE FROM scenarios WHERE owner_id = ? AND deleted_at IS NOT NULL AND deleted_at < ?'
		)
		.run(user.id, cutoff);
}

export function listScenarios(
	user: SessionUser,
	options: { sort?: ScenarioSort; q?: string; deleted?: boolean } = {}
): ScenarioSummary[] {
	const order =
		options.sort === 'name' ? 'v.name COLLATE NOCASE ASC, s.updated_at DESC' : 's.updated_at DESC';
	const like = `%${(options.q ?? '').replace(/[\\%_]/g, (c) => '\\' + c)}%`;
	const cutoff = restoreCutoff();
	if (options.deleted) purgeExpiredOf(user, cutoff);
	// The filter too, so the list never offers a scenario that restore would refuse.
	const rows = getDb()
		.prepare(
			`${scenarioSelect}
			 WHERE s.owner_id = ? AND (s.deleted_at IS NOT NULL) = ? AND v.name LIKE ? ESCAPE '\\'
			   AND (s.deleted_at IS NULL OR s.deleted_at >= ?)
			 ORDER BY ${order}`
		)
		.all(user.id, options.deleted ? 1 : 0, like, cutoff) as ScenarioRow[];
	return rows.map(toSummary);
}

export function getScenario(user: SessionUser, id: string): ScenarioDetail {
	return toDetail(ownedRow(user, id));
}

/**
 * The saved scenario a page's address names (?saved=<id>), when the signed-in officer owns it;
 * otherwise null, and the values in the address still open as they are.
 */
export function scenarioNamedBy(url: URL, user: SessionUser | null): ScenarioDetail | null {
	const id = url.searchParams.get(scenarioQueryKeys.saved);
	if (!id || !user || user.role === 'viewer') return null;
	try {
		return getScenario(user, id);
	} catch {
		// Not theirs, deleted or never existed.
		return null;
	}
}

/**
 * What the report and the deck need of the saved scenario their address names: enough to carry
 * its name, and to tell whether what is shown is that version unchanged.
 */
export function savedSummaryNamedBy(url: URL, user: SessionUser | null) {
	const s = scenarioNamedBy(url, user);
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
function conflict(row: ScenarioRow, baseVersion: number): ApiError {
	const current = toDetail(row);
	return new ApiError(
		409,
		`This scenario was saved again (now version ${current.version}) after version ${baseVersion}, which this change was based on. Reload it, or save yours as a copy.`,
		'baseVersion',
		{ currentVersion: current.version, scenario: current }
	);
}

/**
 * A write to the user's scenario, made only if it is still at baseVersion (else 409), in one
 * immediate transaction so that two writers cannot both pass the check.
 */
function writeAtVersion(
	user: SessionUser,
	id: string,
	baseVersion: number,
	write: (row: ScenarioRow) => void,
	{ deleted = false } = {}
): void {
	getDb()
		.transaction(() => {
			const row = ownedRow(user, id, { deleted });
			if (row.current_version !== baseVersion) throw conflict(row, baseVersion);
			write(row);
		})
		.immediate();
}

/** The scenario's next version, which becomes its current one. */
function appendVersion(row: ScenarioRow, snapshot: Snapshot, userId: number): void {
	const now = Date.now();
	insertVersion(row.id, row.current_version + 1, snapshot, userId, now);
	getDb()
		.prepare('UPDATE scenarios SET current_version = ?, updated_at = ? WHERE id = ?')
		.run(row.current_version + 1, now, row.id);
}

/** Save a new version: any of name, description, authority and values, based on baseVersion. */
export function updateScenario(
	user: SessionUser,
	id: string,
	input: {
		baseVersion: number;
		name?: string;
		description?: string;
		authorityId?: string;
		values?: unknown;
	}
): ScenarioDetail {
	// A newly chosen council must be one the user may use; the one already saved stays usable.
	const chosen =
		input.authorityId === undefined ? undefined : authorityFor(input.authorityId, user);
	writeAtVersion(user, id, input.baseVersion, (row) => {
		const authority = chosen ?? savedAuthority(row.authority_id);
		const values =
			input.values !== undefined
				? validValues(input.values, authority)
				: validValues(
						openValues(row.values_json, row.authority_id, row.model_version).values,
						authority
					);
		appendVersion(
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
export function deleteScenario(
	user: SessionUser,
	id: string,
	baseVersion: number
): ScenarioSummary & { restorableUntil: string } {
	const now = Date.now();
	writeAtVersion(user, id, baseVersion, () => {
		getDb().prepare('UPDATE scenarios SET deleted_at = ? WHERE id = ?').run(now, id);
	});
	return {
		...toSummary(ownedRow(user, id, { deleted: true })),
		restorableUntil: iso(now + serverConfig().deletedRetentionMs)
	};
}

/**
 * Undelete: the owner may bring a deleted scenario back within the restore window (30 days by
 * default), naming the version they saw deleted.
 */
export function undeleteScenario(
	user: SessionUser,
	id: string,
	baseVersion: number
): ScenarioDetail {
	const db = getDb();
	db.transaction(() => {
		const row = ownedRow(user, id, { deleted: true });
		if (row.deleted_at! < restoreCutoff()) throw notFound();
		if (row.current_version !== baseVersion) throw conflict(row, baseVersion);
		db.prepare('UPDATE scenarios SET deleted_at = NULL WHERE id = ?').run(id);
	}).immediate();
	return getScenario(user, id);
}

export function listVersions(user: SessionUser, id: string): VersionSummary[] {
	ownedRow(user, id);
	const rows = getDb()
		.prepare(`${versionSelect} WHERE v.scenario_id = ? ORDER BY v.version DESC`)
		.all(id) as VersionRow[];
	return rows.map(toVersion);
}

function versionRow(id: string, version: number): VersionRow {
	const row = getDb()
		.prepare(`${versionSelect} WHERE v.scenario_id = ? AND v.version = ?`)
		.get(id, version) as VersionRow | undefined;
	if (!row) throw new ApiError(404, 'No such version of this scenario.', 'version');
	return row;
}

export function getVersion(user: SessionUser, id: string, version: number): VersionDetail {
	ownedRow(user, id);
	const row = versionRow(id, version);
	return {
		...toVersion(row),
		scenarioId: id,
		...openValues(row.values_json, row.authority_id, row.model_version)
	};
}

/** Restore = a new version with an old version's authority and values (name stays). */
export function restoreVersion(
	user: SessionUser,
	id: string,
	version: number,
	baseVersion: number
): ScenarioDetail {
	writeAtVersion(user, id, baseVersion, (row) => {
		const old = versionRow(id, version);
		const authorityId = recordedAuthority(old.authority_id) ? old.authority_id : row.authority_id;
		const { values } = openValues(old.values_json, authorityId, old.model_version);
		appendVersion(
			row,
			{
				name: row.name,
				description: row.description,
				authorityId,
				values: validValues(values, savedAuthority(authorityId)),
				note: `restored from version ${version}`
			},
			user.id
		);
	});
	return getScenario(user, id);
}

export function duplicateScenario(
	user: SessionUser,
	id: string,
	input: { name?: string; version?: number } = {}
): ScenarioDetail {
	const row = ownedRow(user, id);
	const version = input.version ?? row.current_version;
	const source = versionRow(id, version);
	const { values } = openValues(source.values_json, source.authority_id, source.model_version);
	const authority = savedAuthority(source.authority_id);
	return createWith(user, {
		name: input.name ?? `${source.name} (copy)`.slice(0, 120),
		description: source.description,
		authorityId: authority.id,
		values: validValues(values, authority),
		note: `copied from “${source.name}”, version ${version}`
	});
}

/** Share (a read-only link for signed-in users) or stop sharing, which revokes the old link. */
export function setSharing(
	user: SessionUser,
	id: string,
	shared: boolean,
	baseVersion: number
): ScenarioDetail {
	writeAtVersion(user, id, baseVersion, (row) => {
		const db = getDb();
		const token = shared ? (row.share_token ?? newShareToken()) : null;
		db.prepare('UPDATE scenarios SET share_token = ? WHERE id = ?').run(token, id);
		if (!shared) db.prepare('DELETE FROM shared_opens WHERE scenario_id = ?').run(id);
	});
	return getScenario(user, id);
}

/** Open a shared scenario by its link's token; remembered for the viewer's "shared with me". */
export function openShared(user: SessionUser, token: string): ScenarioDetail & { readOnly: true } {
	const db = getDb();
	const row = db
		.prepare(`${scenarioSelect} WHERE s.share_token = ? AND s.deleted_at IS NULL`)
		.get(token) as ScenarioRow | undefined;
	if (!row)
		throw new ApiError(404, 'This link does not open a shared scenario (any more).', 'token');
	if (row.owner_id !== user.id) {
		const now = Date.now();
		db.prepare(
			`INSERT INTO shared_opens (user_id, scenario_id, first_opened_at, last_opened_at)
			 VALUES (?, ?, ?, ?)
			 ON CONFLICT (user_id, scenario_id) DO UPDATE SET last_opened_at = excluded.last_opened_at`
		).run(user.id, row.id, now, now);
	}
	return { ...toDetail(row), readOnly: true };
}

export function sharedWithMe(user: SessionUser): ScenarioSummary[] {
	const rows = getDb()
		.prepare(
			`${scenarioSelect} JOIN shared_opens o ON o.scenario_id = s.id AND o.user_id = ?
			 WHERE s.share_token IS NOT NULL AND s.deleted_at IS NULL
			 ORDER BY o.last_opened_at DESC`
		)
		.all(user.id) as ScenarioRow[];
	return rows.map(toSummary);
}
