/**
 * Pages and API answers compressed by the client's Accept-Encoding (brotli, else gzip). Static
 * files are not handled here: adapter-node serves them precompressed. Compression runs on
 * zlib's thread pool, so it does not hold up the event loop.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** What is worth compressing. Not text/event-stream: a room's events must flow as sent. */
const compressible =
	/^(text\/(html|csv|plain|css|javascript)|application\/(json|javascript|xml)|image\/svg\+xml)\b/i;
/** Below this, the headers cost more than compression saves. */
const minimumBytes = 1024;
/**
 * Quality 4: about 3 ms for the modeller's 225 kB of HTML (32 kB packed); 5 and up cost about
 * twice that for 8 % less.
 */
const brotliQuality = 4;

export type Encoding = 'br' | 'gzip';

/** The encoding to use, by the client's preferences (q-values); brotli wins a tie. */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const weights = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		const weight = q === undefined ? 1 : Number(q.slice(2));
		weights.set(name, Number.isFinite(weight) ? weight : 0);
	}
	const weightOf = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
	const [br, gz] = [weightOf('br'), weightOf('gzip')];
	if (br <= 0 && gz <= 0) return null;
	return br >= gz ? 'br' : 'gzip';
}

/** A body packed as `encoding` would be for any response: the one place the settings live. */
export async function pack(body: Buffer, encoding: Encoding): Promise<Buffer<ArrayBuffer>> {
	return encoding === 'br'
		? brotli(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: brotliQuality,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.length
				}
			})
		: gzipped(body);
}

/** The encoding a body of this many bytes gets for this request, or null to send it as it is. */
export const encodingFor = (request: Request, bytes: number): Encoding | null =>
	bytes < minimumBytes ? null : chooseEncoding(request.headers.get('accept-encoding'));

/** Vary: Accept-Encoding, added once, on every answer that could have been compressed. */
function withVary(headers: Headers): void {
	if (!/\baccept-encoding\b/i.test(headers.get('vary') ?? ''))
		headers.append('vary', 'Accept-Encoding');
}

/** The response compressed for this request, or as it was when that would not help or be safe. */
export async function compressed(request: Request, response: Response): Promise<Response> {
	const type = response.headers.get('content-type') ?? '';
	if (
		!response.body ||
		request.method === 'HEAD' ||
		response.status === 204 ||
		response.status === 206 ||
		response.status === 304 ||
		response.headers.has('content-encoding') ||
		!compressible.test(type) ||
		/\bno-transform\b/.test(response.headers.get('cache-control') ?? '')
	) {
		return response;
	}
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	if (!encoding) {
		// Nothing to pack: the body goes out as it is, without being read and copied again.
		try {
			withVary(response.headers);
			return response;
		} catch {
			// Headers that cannot be changed (a fetched response): copy them below.
		}
	}
	const headers = new Headers(response.headers);
	withVary(headers);
	const body = Buffer.from(await response.arrayBuffer());
	const init = { status: response.status, statusText: response.statusText, headers };
	if (!encoding || body.length < minimumBytes) return new Response(body, init);
	const packed = await pack(body, encoding);
	headers.set('content-encoding', encoding);
	headers.set('content-length', String(packed.length));
	return new Response(packed, init);
}
