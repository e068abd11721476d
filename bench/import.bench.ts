/**
 * npm run bench:import: how long an import takes: a clean CSV, an unbalanced one (the balance
 * diagnosis prices each money line with a projection), and the Excel workbook written and read.
 * Not a test: it prints figures to record in docs/benchmarks.md.
 */
import os from 'node:os';
import { defaultAuthority } from '../models/index';
import { authorityToCsv, importAuthorityCsv } from '../src/lib/authority-import';
import { csvRows, parseCsv } from '../src/lib/csv';
import { authorityToXlsx, importAuthorityUpload } from '../src/lib/server/authority-xlsx';

async function median(label: string, runs: number, run: () => unknown): Promise<void> {
	for (let i = 0; i < Math.min(20, runs); i++) await run();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await run();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	const at = (q: number) => samples[Math.floor(samples.length * q)].toFixed(2);
	console.log(`${label.padEnd(58)} median ${at(0.5)} ms   p95 ${at(0.95)} ms`);
}

const csv = authorityToCsv(defaultAuthority);
const inMillions = csvRows(
	parseCsv(csv).map(({ cells }) => (cells[1] === 'adultSocialCare' ? cells.with(3, '140') : cells))
);
const xlsx = await authorityToXlsx(defaultAuthority);

console.log(
	`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}`
);
await median('CSV template, imports (balanced)', 200, () => importAuthorityCsv(csv));
await median('CSV with a service in £m (balance diagnosis)', 50, () =>
	importAuthorityCsv(inMillions)
);
await median('Excel template written', 30, () => authorityToXlsx(defaultAuthority));
await median('Excel template read and imported', 30, () => importAuthorityUpload(xlsx));
