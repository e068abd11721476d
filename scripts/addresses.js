// The addresses at which `npm start` can be reached, to print at start-up: ORIGIN if set;
// otherwise localhost and every IPv4 address of this machine (for a workshop on a LAN), or
// just HOST when it names one address.
import { networkInterfaces } from 'node:os';

/**
 * @param {{ origin?: string, host?: string, port: string }} where
 * @param {ReturnType<typeof networkInterfaces>} interfaces
 * @returns {string[]}
 */
export function reachableAt({ origin, host, port }, interfaces = networkInterfaces()) {
	if (origin) return [origin];
	const everywhere = !host || host === '0.0.0.0' || host === '::';
	if (!everywhere) return [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
	const addresses = Object.values(interfaces)
		.flat()
		.filter((info) => info && info.family === 'IPv4')
		.map((info) => /** @type {import('node:os').NetworkInterfaceInfo} */ (info).address)
		.sort((a, b) => Number(b.startsWith('127.')) - Number(a.startsWith('127.')));
	return [`http://localhost:${port}`, ...addresses.map((address) => `http://${address}:${port}`)];
}
