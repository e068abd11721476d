import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { reachableAt } from '../../scripts/addresses.js';

const info = (address: string, family: 'IPv4' | 'IPv6') =>
	({ address, family, internal: false, netmask: '', mac: '', cidr: null }) as NetworkInterfaceInfo;
const interfaces = {
	eth0: [info('192.0.2.10', 'IPv4'), info('fe80::1', 'IPv6')],
	lo: [info('127.0.0.1', 'IPv4')]
};

describe('the addresses npm start prints', () => {
	it('lists localhost and every IPv4 address when listening everywhere', () => {
		expect(reachableAt({ port: '3000' }, interfaces)).toEqual([
			'http://localhost:3000',
			'http://127.0.0.1:3000',
			'http://192.0.2.10:3000'
		]);
		expect(reachableAt({ host: '0.0.0.0', port: '8080' }, interfaces)).toHaveLength(3);
	});

	it('gives ORIGIN alone when it is set', () => {
		expect(reachableAt({ origin: 'https://rewire.example', port: '3000' }, interfaces)).toEqual([
			'https://rewire.example'
		]);
	});

	it('gives HOST alone when it names one address', () => {
		expect(reachableAt({ host: '127.0.0.2', port: '3000' }, interfaces)).toEqual([
			'http://127.0.0.2:3000'
		]);
		expect(reachableAt({ host: '::1', port: '3000' }, interfaces)).toEqual(['http://[::1]:3000']);
	});
});
