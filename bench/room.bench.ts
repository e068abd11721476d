/**
 * npm run bench:room: a room of PARTICIPANTS (default 300) on the BUILT server with a temporary
 * database, the facilitator listening on the events stream. Reports submissions per second when
 * everyone submits at once (ROUNDS rounds, each participant changing their mind every round),
 * and the time from sending a submission to the facilitator receiving the event that includes
 * it, both in those bursts and one submission at a time. Not a test: figures for
 * docs/benchmarks.md. Builds first if build/ is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { castOfAccounts, startServer, tempDatabasePath } from '../tests/api/server';
import { openEvents, Participant } from '../tests/api/room-helpers';

const size = Number(process.env.PARTICIPANTS ?? 300);
const rounds = Number(process.env.ROUNDS ?? 3);
const singles = Number(process.env.SINGLES ?? 100);

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (n: number) => `${n.toFixed(1)} ms`;

function summary(latencies: number[]) {
	const sorted = latencies.slice().sort((a, b) => a - b);
	return `median ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))}, max ${ms(sorted[sorted.length - 1])}`;
}

async function main() {
	if (!existsSync('build/index.js')) {
		console.log('Building (vite build)…');
		if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
	}
	const db = tempDatabasePath();
	// Every participant here comes from one address, as a room behind one wifi router does.
	const server = await startServer(db.path, { ROOM_CHOICES_PER_ADDRESS: '1000000' });
	try {
		const { officer } = await castOfAccounts(server);
		const room = (
			await officer.post('/api/rooms', {
				name: 'Bench',
				levers: [
					'needsFundingIndex',
					'businessRatesRetention',
					'preventionInvestment',
					'earlyHelpInvestment',
					'councilTaxIncrease',
					'coProductionShare'
				]
			})
		).body;
		const events = await openEvents(server.url, room.code, officer.cookie);
		await events.until(1);

		// The first event whose count of changes includes the submission (choices arriving
		// together are announced together).
		const waitFor = async (changes: number) => {
			for (let i = 0; ; i++) {
				const [event] = (await events.until(i + 1)).slice(i);
				if (event.data.changes >= changes) return event.at;
			}
		};

		const people = Array.from({ length: size }, () => new Participant(server.url));
		const burstRates: number[] = [];
		const burstLatencies: number[] = [];
		for (let round = 0; round < rounds; round++) {
			const started = performance.now();
			const replies = await Promise.all(
				people.map(async (p, i) => {
					const sent = performance.now();
					const reply = await p.choose(room.code, {
						councilTaxIncrease: ((i * 7 + round * 13) % 1500) / 100,
						preventionInvestment: ((i * 3 + round) % 41) / 2
					});
					if (reply.status !== 200) throw new Error(`submission: ${reply.status} ${reply.text}`);
					return { sent, changes: reply.body.changes as number };
				})
			);
			burstRates.push(size / ((performance.now() - started) / 1000));
			for (const { sent, changes } of replies) burstLatencies.push((await waitFor(changes)) - sent);
		}

		const singleLatencies: number[] = [];
		for (let i = 0; i < singles; i++) {
			const sent = performance.now();
			const reply = await people[i % size].choose(room.code, {
				councilTaxIncrease: (i % 15) + 0.5
			});
			singleLatencies.push((await waitFor(reply.body.changes)) - sent);
		}
		await events.close();

		const tally = (await officer.get(`/api/rooms/${room.code}/tally`)).body;
		if (tally.submissions !== size) throw new Error(`counted ${tally.submissions}, not ${size}`);
		console.log(
			`Room bench: ${size} participants, ${rounds} rounds at once, then ${singles} one at a time; ` +
				`${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}, node ${process.version}`
		);
		console.log(
			`Submissions per second, everyone at once: ${burstRates.map((r) => r.toFixed(0)).join(', ')} (rounds)`
		);
		console.log(`Submission → facilitator's event, everyone at once: ${summary(burstLatencies)}`);
		console.log(`Submission → facilitator's event, one at a time: ${summary(singleLatencies)}`);
	} finally {
		await server.stop();
		db.cleanup();
	}
}

await main();
