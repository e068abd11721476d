/**
 * A migration that has shipped is never edited (a database that applied it would differ from
 * one made afresh): each engine's text is pinned here by its hash. A new migration adds a line.
 * The SQLite hashes are those of the texts as first written out in full for each engine; the
 * PostgreSQL ones of 3–5 changed only by gaining the SQLite text's comments when the two were
 * written as one (issue 16).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/lib/server/migrations';

const shipped: Record<number, { sqlite: string; postgres: string }> = {
	1: { sqlite: '6c5f179647cb578d', postgres: '0dc57f2513f01277' },
	2: { sqlite: '0914c9415959bf8b', postgres: 'bf90833bdfd41d38' },
	3: { sqlite: '2a8a58cd7402f2f9', postgres: 'abf27dd4f7fe42a9' },
	4: { sqlite: '75101f511dd7ac00', postgres: '74298eda473b8ac9' },
	5: { sqlite: '4d208de27ab00459', postgres: '92108cb0892fdcd3' },
	6: { sqlite: '6819e4ecae21723f', postgres: '1b42c2175c2fdc1f' }
};

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

describe('migrations', () => {
	it('are numbered 1, 2, 3… in order', () => {
		expect(migrations.map((m) => m.id)).toEqual(migrations.map((_, i) => i + 1));
	});

	it.each(migrations.filter((m) => m.id in shipped))(
		'migration $id ($name) reads as it shipped, in both engines',
		(migration) => {
			expect({ sqlite: hash(migration.sqlite), postgres: hash(migration.postgres) }).toEqual(
				shipped[migration.id]
			);
		}
	);

	it('write the engines’ differences, and nothing of one engine in the other', () => {
		// Comments may name the other engine's words, to say why.
		const code = (text: string) => text.replace(/--[^\n]*/g, '');
		for (const { sqlite, postgres } of migrations) {
			expect(code(postgres)).not.toMatch(/WITHOUT ROWID|COLLATE NOCASE|RAISE\(ABORT/);
			expect(code(sqlite)).not.toMatch(/BIGINT|IDENTITY|plpgsql|EXECUTE FUNCTION/);
		}
	});
});
