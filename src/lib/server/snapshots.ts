/**
 * Snapshots: "freeze as presented". A snapshot copies one version of a scenario together with
 * its council, the levers as they were described, and the projection and baseline the model
 * gave at that moment, so what a committee saw reopens exactly, whatever the model, the
 * scenario or the council become later. Rows are written once; triggers refuse UPDATE and
 * DELETE (migration 4). Who may read one: its owner, and, while the scenario is shared, anyone
 * signed in (as with the share link, holding the unguessable id is the permission).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { MODEL_VERSION } from '../../../models/index';
import { baseline, project, projectionToJson, type ScenarioValues } from '../engine/index';
import {
	storedProjectionSchema,
	storedValuesSchema,
	type StoredProjection
} from '../snapshots/stored-projection';
import type { SessionUser } from './accounts';
import { getDb } from './db';
import { describeValues, type Lever } from './describe-values';
import { ApiError } from './http';
import { getScenario, getVersion, savedAuthority, versionNumber } from './scenarios';

export const snapshotNoteSchema = z
	.string({ error: 'note must be text' })
	.trim()
	.max(200, 'note must be at most 200 characters');
export const snapshotVersionSchema = versionNumber('version');

export interface SnapshotSummary {
	id: string;
	scenarioId: string;
	scenarioVersion: number;
	name: string;
	note: string;
	modelVersion: string;
	frozenBy: { id: number; name: string; email: string };
	createdAt: string;
}

export interface SnapshotDetail extends SnapshotSummary {
	authority: { id: string; name: string; kind: string };
	values: ScenarioValues;
	levers: Lever[];
	projection: StoredProjection;
	baseline: StoredProjection;
	currentModelVersion: string;
	/** Set when the model has moved on since: the figures are still those presented. */
	modelNote: string | null;
}

interface SnapshotRow {
	id: string;
	scenario_id: string;
	scenario_version: number;
	owner_id: number;
	owner_name: string;
	owner_email: string;
	name: string;
	note: string;
	authority_json: string;
	values_json: string;
	levers_json: string;
	model_version: string;
	projection_json: string;
	baseline_json: string;
	created_at: number;
	/** 1 while the scenario it came from is shared (and not deleted). */
	shared: number;
}

const storedAuthoritySchema = z.looseObject({ id: z.string(), name: z.string(), kind: z.string() });
const leversSchema = z.array(
	z.object({ id: z.string(), label: z.string(), statusQuo: z.string(), value: z.string() })
);

const iso = (ms: number) => new Date(ms).toISOString();
const newSnapshotId = () => randomBytes(18).toString('base64url');
const notFound = () => new ApiError(404, 'No such snapshot.', 'id');

/** Snapshot ids in a path are checked before they reach a query; a malformed one is not found. */
export function snapshotIdParam(id: string): string {
	if (!/^[A-Za-z0-9_-]{16,64}$/.test(id)) throw notFound();
	return id;
}

const snapshotSelect = `
	SELECT n.*, u.name AS owner_name, u.email AS owner_email,
		CASE WHEN s.share_token IS NOT NULL AND s.deleted_at IS NULL THEN 1 ELSE 0 END AS shared
	FROM snapshots n
	JOIN users u ON u.id = n.owner_id
	LEFT JOIN scenarios s ON s.id = n.scenario_id`;

function toSummary(row: SnapshotRow): SnapshotSummary {
	return {
		id: row.id,
		scenarioId: row.scenario_id,
		scenarioVersion: row.scenario_version,
		name: row.name,
		note: row.note,
		modelVersion: row.model_version,
		frozenBy: { id: row.owner_id, name: row.owner_name, email: row.owner_email },
		createdAt: iso(row.created_at)
	};
}

/** The stored text, checked with zod (the file is a boundary too) but never recomputed. */
function toDetail(row: SnapshotRow): SnapshotDetail {
	const authority = storedAuthoritySchema.parse(JSON.parse(row.authority_json));
	const projection = storedProjectionSchema.parse(JSON.parse(row.projection_json));
	const base = storedProjectionSchema.parse(JSON.parse(row.baseline_json));
	// The charts and tables read the two year by year, side by side.
	if (base.years.length !== projection.years.length) {
		throw new Error(`snapshot ${row.id}: projection and baseline cover different years`);
	}
	return {
		...toSummary(row),
		authority: { id: authority.id, name: authority.name, kind: authority.kind },
		values: storedValuesSchema.parse(JSON.parse(row.values_json)),
		levers: leversSchema.parse(JSON.parse(row.levers_json)),
		projection,
		baseline: base,
		currentModelVersion: MODEL_VERSION,
		modelNote:
			row.model_version === MODEL_VERSION
				? null
				: `Frozen under model ${row.model_version}; the model is now ${MODEL_VERSION}. The figures are as presented, not recomputed.`
	};
}

/**
 * Freeze a version of the user's own scenario (the latest unless one is named): project it
 * with today's model and store the result with everything needed to show it again.
 */
export async function freezeScenario(
	user: SessionUser,
	scenarioId: string,
	input: { version?: number; note?: string } = {}
): Promise<SnapshotDetail> {
	const scenario = await getScenario(user, scenarioId);
	const version = await getVersion(user, scenarioId, input.version ?? scenario.version);
	const authority = await savedAuthority(version.authorityId);
	const values = version.values;
	const projection = project(authority, {
		authorityId: authority.id,
		modelVersion: MODEL_VERSION,
		values
	});
	const id = newSnapshotId();
	await getDb().run(
		`INSERT INTO snapshots
		 (id, scenario_id, scenario_version, owner_id, name, note, authority_json, values_json,
		  levers_json, model_version, projection_json, baseline_json, created_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		[
			id,
			scenarioId,
			version.version,
			user.id,
			version.name,
			input.note ?? '',
			JSON.stringify(authority),
			JSON.stringify(values),
			JSON.stringify(describeValues(authority, values)),
			projection.modelVersion,
			JSON.stringify(projectionToJson(projection, values)),
			JSON.stringify(projectionToJson(baseline(authority), {})),
			Date.now()
		]
	);
	return getSnapshot(user, id);
}

/** The snapshots of one of the user's own scenarios, newest first. */
export async function listSnapshots(
	user: SessionUser,
	scenarioId: string
): Promise<SnapshotSummary[]> {
	await getScenario(user, scenarioId);
	return listSharedSnapshots(scenarioId, user.id);
}

/**
 * The snapshots of a scenario the caller has just opened by its share link (openShared decided
 * that they may see it), newest first.
 */
export async function listSharedSnapshots(
	scenarioId: string,
	ownerId: number
): Promise<SnapshotSummary[]> {
	const db = getDb();
	// Within one millisecond, the later insert first: snapshots are never updated or deleted,
	// so a row's physical place (SQLite's rowid, PostgreSQL's ctid) follows insertion.
	const rows = await db.all<SnapshotRow>(
		`${snapshotSelect} WHERE n.scenario_id = ? AND n.owner_id = ?
		 ORDER BY n.created_at DESC, n.${db.rowId} DESC`,
		[scenarioId, ownerId]
	);
	return rows.map(toSummary);
}

/** One snapshot: its owner's, or any while its scenario is shared; otherwise "not found". */
export async function getSnapshot(user: SessionUser, id: string): Promise<SnapshotDetail> {
	const row = await getDb().get<SnapshotRow>(`${snapshotSelect} WHERE n.id = ?`, [id]);
	if (!row || (row.owner_id !== user.id && row.shared !== 1)) throw notFound();
	return toDetail(row);
}
