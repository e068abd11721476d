/**
 * Officers' own councils: a baseline imported from the CSV template or JSON, stored whole (the
 * validated Authority object) with its owner. Only a successful import result can be saved, so
 * nothing partial is ever stored. An own council is private: its owner may model it, and a
 * scenario saved against it carries it, so anyone the scenario is shared with sees the scenario
 * projected on its owner's figures without being able to use those figures themselves.
 */
import { randomBytes } from 'node:crypto';
import {
	authorities as samples,
	authorityById,
	authoritySchema,
	authorityTypes,
	MODEL_VERSION,
	type Authority,
	type AuthorityKind
} from '../../../models/index';
import type { ImportResult } from '../authority-import';
import type { SessionUser } from './accounts';
import { getDb } from './db';
import type { Queryable } from './store';
import { ApiError } from './http';

/** Every own council's id starts so; no sample's does (the migration's CHECK holds it too). */
export const OWN_AUTHORITY_PREFIX = 'own-';

export interface AuthoritySummary {
	id: string;
	name: string;
	kind: AuthorityKind;
	kindLabel: string;
	/** true for a council the caller imported, false for the model's samples. */
	own: boolean;
}

export interface OwnAuthority extends AuthoritySummary {
	own: true;
	modelVersion: string;
	createdAt: string;
	updatedAt: string;
	deletedAt: string | null;
	authority: Authority;
}

export interface AuthorityRow {
	id: string;
	owner_id: number;
	name: string;
	kind: string;
	figures_json: string;
	model_version: string;
	created_at: number;
	updated_at: number;
	deleted_at: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

function newAuthorityId(): string {
	for (;;) {
		const id = OWN_AUTHORITY_PREFIX + randomBytes(6).toString('hex');
		if (!authorityById.has(id)) return id;
	}
}

/**
 * The stored figures, read as the current model's schema reads them: a row imported under an
 * older model that no longer fits gives no authority (its owner imports it again).
 */
export function authorityOf(row: AuthorityRow): Authority | undefined {
	let json: unknown;
	try {
		json = JSON.parse(row.figures_json);
	} catch {
		return undefined;
	}
	const parsed = authoritySchema.safeParse(json);
	return parsed.success ? { ...parsed.data, id: row.id } : undefined;
}

function toOwnAuthority(row: AuthorityRow, authority: Authority): OwnAuthority {
	return {
		id: row.id,
		name: authority.name,
		kind: authority.kind,
		kindLabel: authorityTypes[authority.kind].label,
		own: true,
		modelVersion: row.model_version,
		createdAt: iso(row.created_at),
		updatedAt: iso(row.updated_at),
		deletedAt: row.deleted_at === null ? null : iso(row.deleted_at),
		authority
	};
}

export function sampleSummaries(): AuthoritySummary[] {
	return samples.map((a) => ({
		id: a.id,
		name: a.name,
		kind: a.kind,
		kindLabel: authorityTypes[a.kind].label,
		own: false
	}));
}

/** Save a validated import as the user's own council, under a new id. */
export async function saveImportedAuthority(
	user: SessionUser,
	imported: Extract<ImportResult, { ok: true }>
): Promise<OwnAuthority> {
	const id = newAuthorityId();
	const authority: Authority = { ...imported.authority, id, fictional: false };
	const now = Date.now();
	const row = (await getDb().get<AuthorityRow>(
		`INSERT INTO authorities
		 (id, owner_id, name, kind, figures_json, model_version, created_at, updated_at)
		 VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
		[
			id,
			user.id,
			authority.name,
			authority.kind,
			JSON.stringify(authority),
			MODEL_VERSION,
			now,
			now
		]
	))!;
	return toOwnAuthority(row, authority);
}

/** The user's own councils that the current model can read, newest first. */
export async function listOwnAuthorities(user: SessionUser): Promise<OwnAuthority[]> {
	const rows = await getDb().all<AuthorityRow>(
		`SELECT * FROM authorities WHERE owner_id = ? AND deleted_at IS NULL
		 ORDER BY created_at DESC, name`,
		[user.id]
	);
	return rows.flatMap((row) => {
		const authority = authorityOf(row);
		return authority ? [toOwnAuthority(row, authority)] : [];
	});
}

const notYours = () => new ApiError(404, 'No such council of yours.', 'id');

/** One of the user's own councils; anyone else's, a deleted one or a malformed id is "not found". */
export async function getOwnAuthority(user: SessionUser, id: string): Promise<OwnAuthority> {
	if (!/^own-[a-z0-9]{1,60}$/.test(id)) throw notYours();
	const row = await getDb().get<AuthorityRow>(
		'SELECT * FROM authorities WHERE id = ? AND owner_id = ? AND deleted_at IS NULL',
		[id, user.id]
	);
	const authority = row && authorityOf(row);
	if (!row || !authority) throw notYours();
	return toOwnAuthority(row, authority);
}

/**
 * Soft delete: the council leaves its owner's list and can no longer be chosen, but scenarios
 * already saved against it still open on its figures.
 */
export async function deleteOwnAuthority(user: SessionUser, id: string): Promise<OwnAuthority> {
	const own = await getOwnAuthority(user, id);
	const now = Date.now();
	await getDb().run(
		'UPDATE authorities SET deleted_at = ?, updated_at = ? WHERE id = ? AND owner_id = ?',
		[now, now, id, user.id]
	);
	return { ...own, deletedAt: iso(now), updatedAt: iso(now) };
}

/** The user's deleted councils that the current model can read, most recently deleted first. */
export async function listDeletedOwnAuthorities(user: SessionUser): Promise<OwnAuthority[]> {
	const rows = await getDb().all<AuthorityRow>(
		`SELECT * FROM authorities WHERE owner_id = ? AND deleted_at IS NOT NULL
		 ORDER BY deleted_at DESC, name`,
		[user.id]
	);
	return rows.flatMap((row) => {
		const authority = authorityOf(row);
		return authority ? [toOwnAuthority(row, authority)] : [];
	});
}

/** Undo a delete: the council is offered again, with the figures it had. */
export async function restoreOwnAuthority(user: SessionUser, id: string): Promise<OwnAuthority> {
	if (!/^own-[a-z0-9]{1,60}$/.test(id)) throw notYours();
	const now = Date.now();
	const restored = await getDb().run(
		`UPDATE authorities SET deleted_at = NULL, updated_at = ?
		 WHERE id = ? AND owner_id = ? AND deleted_at IS NOT NULL`,
		[now, id, user.id]
	);
	if (restored.changes === 0)
		throw new ApiError(404, 'No deleted council of yours has that id.', 'id');
	return getOwnAuthority(user, id);
}

/** A sample council, or one of the signed-in user's own: what they may model and save against. */
export async function sampleOrOwnAuthority(
	id: string,
	user: SessionUser | null
): Promise<Authority | undefined> {
	const sample = authorityById.get(id);
	if (sample) return sample;
	if (!user || !id.startsWith(OWN_AUTHORITY_PREFIX)) return undefined;
	try {
		return (await getOwnAuthority(user, id)).authority;
	} catch (error) {
		if (error instanceof ApiError) return undefined;
		throw error;
	}
}

export function unknownAuthorityMessage(field: string): string {
	return `${field} must be one of: ${[...authorityById.keys()].join(', ')}, or one of your own councils`;
}

/** As sampleOrOwnAuthority, refusing anything else with a 400 naming the field. */
export async function usableAuthority(
	id: string,
	user: SessionUser | null,
	field = 'authorityId'
): Promise<Authority> {
	const authority = await sampleOrOwnAuthority(id, user);
	if (!authority) throw new ApiError(400, unknownAuthorityMessage(field), field);
	return authority;
}

/** A stored council by id, whoever owns it (and, unless told otherwise, even if deleted). */
export async function readStoredAuthority(
	db: Queryable,
	id: string,
	{ includeDeleted = true } = {}
): Promise<Authority | undefined> {
	if (!id.startsWith(OWN_AUTHORITY_PREFIX)) return undefined;
	const row = await db.get<AuthorityRow>('SELECT * FROM authorities WHERE id = ?', [id]);
	if (!row || (row.deleted_at !== null && !includeDeleted)) return undefined;
	return authorityOf(row);
}

/**
 * The council a saved scenario names. Who may see the scenario was decided when it was opened
 * (owner, or a holder of its share link), so its council is found whoever owns that.
 */
export async function recordedAuthority(id: string): Promise<Authority | undefined> {
	return authorityById.get(id) ?? readStoredAuthority(getDb(), id);
}
