/**
 * docs/import.md, generated from the declarations in models/ (every line's unit, range, how to
 * write it and where to find it), so a figure added there is documented without anyone
 * remembering to. `npm run docs:import` writes it; a test fails while it is out of date.
 */
import {
	authorityFigureIds,
	authorityRules,
	defaultAuthority,
	figureWhere,
	formatBound,
	grantLineIds,
	grantWhere,
	optionalFigureDefaults,
	serviceDetailNames,
	serviceDetailRules,
	serviceDetailSections,
	serviceDetailWhere,
	serviceLineIds,
	serviceNames,
	serviceWhere,
	type ServiceDetailSection,
	type Figure,
	type FigureRule
} from '../../models/index';
import { templateHeader } from './authority-import';

export type GuideSection = 'figures' | 'services' | 'grants' | ServiceDetailSection;

/** One line of the template as the guide and the spreadsheet describe it. */
export interface GuideLine {
	section: GuideSection;
	id: string;
	label: string;
	unit: string;
	range: string;
	min: number;
	max: number;
	hint: string;
	why: string;
	where: string;
	optional: boolean;
}

const where: Record<CoreSection, Record<string, string>> = {
	figures: figureWhere,
	services: serviceWhere,
	grants: grantWhere
};

type CoreSection = 'figures' | 'services' | 'grants';
const ids: Record<CoreSection, readonly string[]> = {
	figures: authorityFigureIds,
	services: serviceLineIds,
	grants: grantLineIds
};

/** Every line of the template, with the optional gross-budget lines for each service after. */
export function guideLines(): GuideLine[] {
	return [...coreGuideLines(), ...serviceDetailGuideLines()];
}

/** The gross-budget lines, each possible for any service (the workbook notes each one). */
export function serviceDetailGuideLines(): GuideLine[] {
	return serviceDetailSections.flatMap((section) =>
		serviceLineIds.map((id) => {
			const label = `${serviceDetailNames[section]}: ${serviceNames[id]}`;
			return guideLine(section, id, label, serviceDetailRules[section], {
				where: serviceDetailWhere[section],
				optional: true
			});
		})
	);
}

function coreGuideLines(): GuideLine[] {
	return (Object.keys(ids) as CoreSection[]).flatMap((section) =>
		ids[section].map((id) => {
			const rule: FigureRule = (authorityRules[section] as Record<string, FigureRule>)[id];
			const figure = (defaultAuthority[section] as Record<string, Figure>)[id];
			return guideLine(section, id, figure.label, rule, {
				where: where[section][id],
				optional: section === 'figures' && id in optionalFigureDefaults
			});
		})
	);
}

/** A line of the guide: its rule's unit, range, hint and reason, and where to find it. */
function guideLine(
	section: GuideLine['section'],
	id: string,
	label: string,
	rule: FigureRule,
	{ where, optional }: Pick<GuideLine, 'where' | 'optional'>
): GuideLine {
	return {
		section,
		id,
		label,
		unit: rule.unit,
		range: `${formatBound(rule.min, rule)} to ${formatBound(rule.max, rule)}`,
		min: rule.min,
		max: rule.max,
		hint: rule.hint,
		why: rule.why,
		where,
		optional
	};
}

/**
 * The messages an import can give, each with what to do about it. Every one has a test
 * (tests/unit/import-messages.test.ts keys its cases by these ids).
 */
export const importMessages = [
	{
		id: 'header',
		example: 'line 1: the first line must be the template header: …',
		fix: 'Keep the template’s first line as it is.'
	},
	{
		id: 'cells',
		example: 'line 12: expected 8 cells, found 9',
		fix: 'A cell holds a comma: put the cell in double quotes, or save from a spreadsheet as CSV.'
	},
	{
		id: 'formula',
		example:
			'line 6 (figures.population): the value starts with “=”: formulas are not accepted, only plain values',
		fix: 'Copy the cell and paste it as values.'
	},
	{
		id: 'duplicate',
		example: 'line 40 (services.adultSocialCare): already given on line 37',
		fix: 'Keep one of the two lines.'
	},
	{
		id: 'unknown-line',
		example: 'line 6: unknown figures line “populaton”; did you mean population?',
		fix: 'Use the id as the template writes it: the nearest ids come first.'
	},
	{
		id: 'wrong-section',
		example: 'line 16: “topUp” is a figures line, not grants: write figures in the first cell',
		fix: 'Put the line in the section the template has it in.'
	},
	{
		id: 'unknown-section',
		example:
			'line 9: unknown section “figure”; expected authority, figures, services, grants, grossExpenditure, ringfencedGrants or feesAndCharges (did you mean figures?)',
		fix: 'Use one of the sections listed.'
	},
	{
		id: 'missing',
		example: 'missing line: figures.topUp',
		fix: 'Every line without a default must be there: copy it from the template.'
	},
	{
		id: 'not-a-number',
		example:
			'line 6 (figures.population): value must be a number, found “lots”; write it as, for example, 320000',
		fix: 'Write the number alone.'
	},
	{
		id: 'ambiguous-separator',
		example:
			'value must be a number, found “1.250”: it could be 1250 or 1.25: write 1250 without a separator, or 1,25 for the decimal',
		fix: 'In a semicolon-separated file, write whole numbers without separators.'
	},
	{
		id: 'in-millions',
		example: 'value must be a number, found “£120.5m”: write pounds in full: 120500000, not in m',
		fix: 'Write pounds, not £m, £k or £bn.'
	},
	{
		id: 'percent-not-money',
		example:
			'value must be a number, found “49%”: a percentage, but this line is in pounds; write the number alone',
		fix: 'Only shares and rates take a %.'
	},
	{
		id: 'unit',
		example:
			'line 30 (figures.satisfactionWithCouncil): unit "percent" — expected "share" (0.57 for 57 %)',
		fix: 'Keep the template’s unit, and write the value in it.'
	},
	{
		id: 'range',
		example:
			'line 7 (figures.populationGrowth): 0.8 is outside the plausible range −0.05 to 0.10 a year (0.012 for 1.2 % a year; …)',
		fix: 'Check the unit: a rate of 0.8 % is 0.008.'
	},
	{
		id: 'source',
		example:
			'line 6 (figures.population): the source must read “title | publisher | year | url”, found “ONS”',
		fix: 'Give the title, publisher and year, separated by |.'
	},
	{
		id: 'evidence',
		example:
			'line 6 (figures.population): evidence must be published, estimate or assumption, found “guess”',
		fix: 'Say which it is; an assumption needs its reasoning.'
	},
	{
		id: 'kind',
		example: 'line 4 (authority.kind): expected one of metropolitan borough, unitary, …',
		fix: 'Use one of the kinds listed.'
	},
	{
		id: 'kind-share',
		example: 'line 15 (figures.localShareOfRates): a shire district keeps 40 % of business rates',
		fix: 'The local share is set by law for each kind of council.'
	},
	{
		id: 'care-precept',
		example:
			'line 47 (figures.adultSocialCarePreceptBandD): a shire district runs no adult social care, so it levies no adult social care precept: write 0',
		fix: 'The adult social care precept is part of an upper-tier council’s Band D, never more than it.'
	},
	{
		id: 'gross-mismatch',
		example:
			'line 60 (services.centralAndCorporate): the net budget £27,214,015.50 is not gross expenditure less ringfenced grants and fees and charges: line 76 (grossExpenditure.centralAndCorporate) £87,746,921.87 − … = £26,214,015.50; …',
		fix: 'Correct whichever line is wrong, or leave out the services line and the net is derived from the gross.'
	},
	{
		id: 'without-gross',
		example:
			'line 78 (ringfencedGrants.adultSocialCare): this service has no gross expenditure line (grossExpenditure,adultSocialCare), …',
		fix: 'Add the service’s gross expenditure line, or net the grant or fees off the services line and leave this line out.'
	},
	{
		id: 'unbalanced',
		example: '2026/27 does not balance: income £…, spending £… (difference £…) …',
		fix: 'Read the lines named after it; the totals show where the model’s sums and yours part.'
	},
	{
		id: 'looks-like-millions',
		example:
			'line 37 (services.adultSocialCare): 140 looks like £m; write pounds: 140000000, with which the budget balances or nearly does',
		fix: 'Write the line in pounds.'
	},
	{
		id: 'wrong-sign',
		example: 'line 16 (figures.topUp): -55000000 looks like the wrong sign; write 55000000, …',
		fix: 'Income and spending are both positive; see the sign convention.'
	},
	{
		id: 'nearest-lines',
		example:
			'lines whose part in the budget is nearest the difference, to check first (left out, counted twice or the wrong sign?): …',
		fix: 'Check those lines against the budget book first.'
	},
	{
		id: 'not-text',
		example: 'the file is binary, not text: save it as CSV (UTF-8) or JSON',
		fix: 'Save as “CSV UTF-8”, or upload the .xlsx workbook itself.'
	},
	{
		id: 'utf16',
		example:
			'the file is UTF-16 text (Excel’s “Unicode text”): save it as “CSV UTF-8” and try again',
		fix: 'Save as “CSV UTF-8”.'
	},
	{
		id: 'unpacked',
		example: 'the workbook unpacks to more than that; the limit is 8 MiB …',
		fix: 'Save the Baseline sheet alone as a new workbook, or as “CSV UTF-8”.'
	},
	{
		id: 'workbook',
		example: 'the workbook has no sheet named “Baseline” …',
		fix: 'Start from the downloaded .xlsx template and keep its first sheet.'
	}
] as const;

export type ImportMessageId = (typeof importMessages)[number]['id'];

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** One row for each part: the same for every service, so not repeated eight times. */
function detailTable(): string {
	return [
		'| section | id | unit | plausible range | write it as | where to find it |',
		'| --- | --- | --- | --- | --- | --- |',
		...serviceDetailSections.map((section) => {
			const line = serviceDetailGuideLines().find((l) => l.section === section)!;
			return `| \`${section}\` | any services id | ${line.unit} | ${cell(line.range)} | ${cell(line.hint)} | ${cell(line.where)} |`;
		})
	].join('\n');
}

export function importGuideMarkdown(): string {
	const lines = guideLines();
	const table = (section: GuideSection) =>
		[
			'| id | label | unit | plausible range | write it as | where to find it |',
			'| --- | --- | --- | --- | --- | --- |',
			...lines
				.filter((l) => l.section === section)
				.map(
					(l) =>
						`| \`${l.id}\`${l.optional ? ' (optional)' : ''} | ${cell(l.label)} | ${l.unit} | ${cell(l.range)} | ${cell(l.hint)} | ${cell(l.where)} |`
				)
		].join('\n');
	return `<!-- Generated from models/ by \`npm run docs:import\` (src/lib/import-guide.ts): do not edit by hand. -->

# Importing your council’s budget

An officer’s own base-year budget (2025/26 or 2026/27, as its \`baseYear\` line says) goes in as one file: the CSV template, the same template as an
Excel workbook (.xlsx), or JSON in the schema of \`models/\`. Every problem is listed with its line
in one round, and a file with any problem saves nothing.

## Getting the template

- On **Your councils** (\`/authorities\`): “Download the CSV template” or “Download the Excel
  template”, starting from any sample council or one of your own.
- From the command line: \`npm run model -- --template [--kind metropolitan]\` prints the CSV
  (kinds: metropolitan, unitary, london, county, district), \`--out ours.xlsx\` writes the
  workbook instead, and
  \`npm run model -- --authority-file ours.csv\` (or \`ours.xlsx\`) models a filled-in file.
- The API: \`GET /api/authorities/template.csv\` and \`/api/authorities/template.xlsx\`
  (\`?from=<id>\`), \`POST /api/authorities/import\` (see [api.md](api.md)).

The CSV’s columns are \`${templateHeader.join(',')}\`: keep the first two and the header as they
are. A CSV downloaded for Excel starts with a UTF-8 byte-order mark, so £ signs survive. In the
workbook the cells to fill in are yellow; the range and where-to-find columns, and the notes on
each value, are there to read.

## How values are read

Forgiving where it is safe, exact where it matters, and said in the import summary:

- **£ signs and thousands separators**: \`£2,104.29\` is 2104.29; \`1 250 000\` is 1250000.
- **Percentages** on shares and rates only: \`49%\` is 0.49. A % on a line in pounds is refused.
- **Accounting negatives**: \`(1,250,000.00)\` is −1250000; so is \`−1250000\` with a typographic minus.
- **Semicolon-separated files** (European-locale Excel) are recognised by their header line,
  and their own numbers say which mark is the decimal: \`0,035\`, \`2104,29\` or
  \`1.250.000,50\` show a decimal comma, so \`110.000\` is 110000. Where a file does not show
  which (or shows both), \`1.250\` or \`1,250\` could be either, so it is refused: write
  \`1250\`, or \`1,25\` for the decimal.
- **A UTF-8 byte-order mark** (Excel’s “CSV UTF-8”) is skipped.
- **Refused, with what to write instead**: sums in £m, £k or £bn (\`£120.5m\`: write 120500000),
  formulas (paste as values), and anything else that is not a number.

## The balancing rule

The base year’s budget must balance to the penny, as the model computes it from your lines:

\`\`\`text
council tax     = round(councilTaxBase × bandDCouncilTax)
business rates  = round(localShareOfRates × businessRatesCollectable + topUp)
interest        = round(externalDebt × averageDebtRate)
MRP             = round(capitalFinancingRequirement × minimumRevenueProvisionRate)

income   = council tax + business rates + businessRatesPoolGain + ${grantLineIds.join(' + ')} + collectionFundSurplus + investmentIncome
spending = ${serviceLineIds.join(' + ')} + combinedAuthorityLevy + interest + MRP

spending − income = plannedUseOfReserves   (0.00 when the budget uses no reserves)
\`\`\`

\`round\` is to the penny, half to even. Interest on cash (\`investmentIncome\`) counts as income;
fees and charges are already netted off the service lines (or given beside a gross line: see below). Signs: income and spending are both
written positive; a service is negative only where its income exceeds its cost, and the top-up is
negative only where it is a tariff; a collection fund deficit, a pool levy paid and a planned
contribution to reserves are negative. When the budget does not balance, the message shows your totals
beside the model’s and names the lines most likely at fault (a sum left in £m or £ thousands, a
sign the wrong way round, or else the lines nearest the difference).

The optional lines \`collectionFundSurplus\`, \`plannedUseOfReserves\`, \`businessRatesPoolGain\`,
\`combinedAuthorityLevy\`, \`adultSocialCarePreceptBandD\` and \`parishPreceptBandD\` are 0 when left
out, so a file without them balances as before. In the years after the base year:

- the **collection fund** surplus or deficit is one-off: it is not repeated;
- the **planned use of reserves** is taken from reserves in the base year (from the earmarked
  reserves available, then the general fund); later years’ gaps are met as the model projects them;
- a **pool gain** (or levy) is held at its cash amount, and a **combined-authority levy** (spending
  the council pays, such as a transport levy: take it out of highways and transport) rises with prices;
- the **adult social care precept** is part of \`bandDCouncilTax\`, not added to it: the bills table
  shows it within the council’s charge, keeping its share of Band D;
- **parish precepts** are collected for the parishes, not the council: they are on the bills (at
  the area’s average, rising as other precepts do) and not in the budget.

## Every line

Each line has a label, a value in the unit shown, evidence (\`published\`, \`estimate\` or
\`assumption\`) and a source written \`title | publisher | year | url\` (or, for an assumption, its
reasoning). A value outside the plausible range is refused as a slip of units or typing. Lines
marked optional may be left out: they take a default, marked as an assumption.

### Authority

\`id\` (lower-case letters, digits and hyphens), \`name\`, \`kind\` (one of the five kinds) and
\`description\`, each in the value column.

### Figures

${table('figures')}

### Services (net budgets)

${table('services')}

### Grants (un-ringfenced)

${table('grants')}

### Gross budgets behind the services (optional)

For any service, the file may give its gross expenditure, with the ringfenced grants and the
fees and charges that pay for part of it, as three lines whose id is the service’s id (for
instance \`grossExpenditure,adultSocialCare\`, \`ringfencedGrants,adultSocialCare\` and
\`feesAndCharges,adultSocialCare\`). Then:

\`\`\`text
services line = grossExpenditure − ringfencedGrants − feesAndCharges   (to the penny)
\`\`\`

- the **services line may be left out**: it is derived from the three (a ringfenced grants or fees
  line left out counts as 0);
- if the **services line is given too**, it must agree to the penny; if it does not, the message
  names both lines and shows the sum;
- a **ringfenced grants or fees line without the service’s gross line** is refused (add the gross
  line, or net it off the services line and leave it out), since it could count only by changing
  a net line given elsewhere.

The model runs on the net lines, so a file with gross budgets projects exactly as the same
file with the net lines alone; the gross figures are kept with the council and in its exports.
Ringfenced grants here are those for one service (public health grant, housing benefit subsidy),
not the un-ringfenced grants of the grants section.

${detailTable()}

## Messages

| message | what to do |
| --- | --- |
${importMessages.map((m) => `| ${cell(m.example)} | ${cell(m.fix)} |`).join('\n')}
`;
}
