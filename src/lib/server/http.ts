/**
 * The API's boundary: every handler is wrapped so that a refusal is a JSON error naming the
 * field ({ error: { field, message } }) and an unexpected exception is logged and answered
 * with a bare 500. Bodies are read with a size limit, required to be JSON and parsed with zod.
 */
import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { serverConfig } from './config';
import { AccountError, roleAtLeast, type Role, type SessionUser } from './accounts';

export class ApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly field: string | null = null,
		readonly extra: Record<string, unknown> = {},
		readonly headers: Record<string, string> = {}
	) {
		super(message);
	}
}

export function errorBody(status: number, message: string, field: string | null = null) {
	return { error: { status, field, message } };
}

export function api<E extends RequestEvent>(
	handler: (event: E) => Promise<Response> | Response
): (event: E) => Promise<Response> {
	return async (event) => {
		try {
			return await handler(event);
		} catch (error) {
			if (error instanceof AccountError) {
				return json(errorBody(error.status, error.message, error.field), { status: error.status });
			}
			if (error instanceof ApiError) {
				return json(
					{ ...errorBody(error.status, error.message, error.field), ...error.extra },
					{ status: error.status, headers: error.headers }
				);
			}
			console.error(`${event.request.method} ${event.url.pathname} failed:`, error);
			return json(errorBody(500, 'Something went wrong on the server; nothing was saved.'), {
				status: 500
			});
		}
	};
}

/** The first zod issue, as the field it concerns (dotted path) and a message. */
export function firstIssue(error: z.ZodError, prefix = ''): { field: string; message: string } {
	const issue = error.issues[0];
	const path = [prefix, ...issue.path.map(String)].filter(Boolean);
	if (issue.code === 'unrecognized_keys') {
		return {
			field: [...path, issue.keys[0]].join('.'),
			message: `unknown field: ${issue.keys.join(', ')}`
		};
	}
	const field = path.join('.') || prefix || 'body';
	return { field, message: issue.message };
}

export function parseWith<T>(schema: z.ZodType<T>, input: unknown, prefix = ''): T {
	const result = schema.safeParse(input);
	if (!result.success) {
		const { field, message } = firstIssue(result.error, prefix);
		throw new ApiError(400, message, field);
	}
	return result.data;
}

/** Read a JSON body: must be application/json, at most maxBodyBytes, valid JSON, and fit the schema. */
export async function readBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
	return parseBody(await readBodyText(request), schema);
}

/** A JSON body's text, unparsed: must be application/json and at most maxBodyBytes. */
export async function readBodyText(request: Request): Promise<string> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/json\s*(;|$)/i.test(type)) {
		throw new ApiError(415, 'Send the body as JSON (content-type: application/json).', 'body');
	}
	return readLimited(request, serverConfig().maxBodyBytes);
}

/** A body's text parsed as JSON and checked against the schema. */
export function parseBody<T>(text: string, schema: z.ZodType<T>): T {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ApiError(400, 'The body is not valid JSON.', 'body');
	}
	return parseWith(schema, data);
}

function tooLarge(limit: number) {
	return new ApiError(413, `The body is larger than ${limit / 1024} KiB.`, 'body');
}

/** The body as UTF-8 text, at most `limit` bytes. */
async function readLimited(request: Request, limit: number): Promise<string> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		return decoder.decode(await readBytes(request, limit));
	} catch (error) {
		if (error instanceof ApiError) throw error;
		throw new ApiError(400, 'The body is not valid UTF-8.', 'body');
	}
}

/**
 * Read at most `limit` bytes. A longer body is still drained (up to the adapter's own limit,
 * BODY_SIZE_LIMIT, where it aborts) rather than cut off, so the client can read the 413
 * instead of seeing the connection reset under it.
 */
export async function readBytes(request: Request, limit: number): Promise<Uint8Array> {
	if (!request.body) return new Uint8Array(0);
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		let chunk: ReadableStreamReadResult<Uint8Array>;
		try {
			chunk = await reader.read();
		} catch {
			throw tooLarge(limit);
		}
		if (chunk.done) break;
		size += chunk.value.byteLength;
		if (size <= limit) chunks.push(chunk.value);
	}
	if (size > limit) throw tooLarge(limit);
	return Buffer.concat(chunks);
}

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const jsonType = /^application\/json\s*(;|$)/i;
// The one route that takes a file: its own handler says which types.
const fileRoutes = new Set(['/api/authorities/import']);

/**
 * Every write to the API is checked for its content type before any handler runs, including
 * those that read no body (DELETE /api/session): JSON, or no body and no content type at all.
 */
export function contentTypeRefusal(request: Request, url: URL): ApiError | null {
	if (!writes.has(request.method) || !url.pathname.startsWith('/api/')) return null;
	if (fileRoutes.has(url.pathname)) return null;
	const type = request.headers.get('content-type');
	if (type === null) {
		const length = request.headers.get('content-length');
		const hasBody = request.headers.has('transfer-encoding') || (length !== null && length !== '0');
		if (!hasBody) return null;
	} else if (jsonType.test(type)) {
		return null;
	}
	return new ApiError(
		415,
		`Send the body as JSON (content-type: application/json), not ${type ?? 'without a content type'}.`,
		'content-type'
	);
}

/** Query parameters as a plain object; a repeated parameter is refused rather than guessed at. */
export function readQuery<T>(url: URL, schema: z.ZodType<T>): T {
	const query: Record<string, string> = {};
	for (const [key, value] of url.searchParams) {
		if (key in query) throw new ApiError(400, `${key} is given more than once`, key);
		query[key] = value;
	}
	return parseWith(schema, query);
}

export function requireUser(user: SessionUser | null, role: Role = 'viewer'): SessionUser {
	if (!user) throw new ApiError(401, 'Sign in first.', null);
	if (!roleAtLeast(user.role, role)) {
		throw new ApiError(403, `This needs an account with the ${role} role.`, null);
	}
	return user;
}

export function attachment(
	body: string | Uint8Array<ArrayBuffer>,
	filename: string,
	type: string
): Response {
	return new Response(body, {
		headers: {
			'content-type': type,
			'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]+/g, '-')}"`,
			'cache-control': 'private, no-store'
		}
	});
}

/** Ids in the path are checked before they reach a query; a malformed one is simply not found. */
export function scenarioIdParam(id: string): string {
	if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new ApiError(404, 'No such scenario.', 'id');
	return id;
}

export function positiveIntParam(value: string, field: string, what: string): number {
	if (!/^[1-9][0-9]{0,8}$/.test(value)) throw new ApiError(404, `No such ${what}.`, field);
	return Number(value);
}

export function noQueryParams(url: URL): void {
	const [key] = url.searchParams.keys();
	if (key !== undefined) throw new ApiError(400, `unknown query parameter: ${key}`, key);
}
