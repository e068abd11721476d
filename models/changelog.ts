/**
 * What each model version changed, oldest first. A scenario saved under an older version opens
 * with the entries after that version, so an officer can see why its figures may have moved.
 * The last entry is always the current MODEL_VERSION (checked when the model loads).
 */
export interface ModelRelease {
	version: string;
	/** Plain English, one sentence each: what a finance officer would need to know. */
	changes: string[];
}

export const modelChangelog: ModelRelease[] = [
	{
		version: '2026.1',
		changes: [
			'The 2025/26 baseline for five kinds of council (metropolitan borough, shire county, shire district, London borough, unitary), each from published averages.',
			'Every parameter of the six propositions with its source or reasoning, and a plausible low and high for every assumption, used by the sensitivity and uncertainty analyses.',
			'A gap is met first from the share of earmarked reserves available to balance the budget, then from the general fund; reserves run out, and a s114 notice is flagged, when the general fund goes below zero.'
		]
	},
	{
		version: '2026.2',
		changes: [
			'Housing and homelessness costs can grow faster than population (temporary accommodation): 4 % a year for the district sample, 3 % for the London borough and the unitary.',
			'The county, London and unitary samples start with their general fund above its prudent minimum (money moved from earmarked reserves; usable reserves unchanged).',
			'A shire county with a separate fire authority keeps 9 % of business rates (1 % to fire); a local business rate supplement can be levied by counties, metropolitan boroughs and unitaries, not districts or London boroughs.',
			'Charts show the reserves available to meet a gap (the general fund and uncommitted earmarked reserves), which reach zero the year reserves run out.'
		]
	},
	{
		version: '2026.3',
		changes: [
			'The sums of money (skills, prevention and early help investment, invest-to-save borrowing) are sized for Anyborough and now follow the council’s size, by its spending on services, on adult or children’s social care, or its planned borrowing: a preset’s value grows or shrinks with it (Full Rewiring gives a shire county £9.5m of skills investment and a district £1m of invest-to-save borrowing, where both used to get Anyborough’s £5m and £20m), and a bigger council’s slider reaches further (a county’s prevention investment goes up to £43m, not £20m). No range shrinks, so saved scenarios keep their values.'
		]
	},
	{
		version: '2027.1',
		changes: [
			'The sample councils start from their 2026/27 budgets as set (their 2025/26 figures rolled forward a year, the year’s gap closed by savings) and project ten years to 2036/37. Every year label follows the council’s own base year, so the headline year, the goal-seek targets and the tornado’s five years move on a year for the samples: figures for a year may differ from those a saved scenario showed.',
			'A council declares its base year (2025/26 or 2026/27); a baseline imported before this version has none and is read as 2025/26, so it keeps working unchanged apart from the changes below.',
			'Grants follow the 2026–29 multi-year settlement: each council declares the change in its grants other than Recovery Grant (kept at its 2025/26 cash) into 2026/27, 2027/28 and 2028/29; the growth-in-grants assumption applies only after 2028/29. A baseline without them takes England’s average change in core spending power (5.8 %, 4.3 %, 4.4 %).',
			'High-needs (DSG) deficits: each council declares its cumulative deficit at March 2026 and its in-year deficit; the deficit is held off the general fund until the statutory override ends in March 2028, government writes off its share of the deficit to March 2026 (90 %, an uncertain parameter), and the rest falls on the general fund in 2028/29, with every later year’s overspend. Each year now reports the deficit held (dsgDeficit) in the JSON and CSV.',
			'Councils in 100 % business rates retention areas (keeping 99 % or all of their rates) can be imported and modelled; their business-rates lever starts at the share they keep.',
			'Pay apart from prices: other services grow with the pay award (3.2 %) on their staff share (45 %) and with prices on the rest; adult care prices grow with the National Living Wage (4.1 %) on providers’ pay (60 % of fees) and with CPI on the rest, and adult care demand is re-based on recent budget growth (3.5 % a year). The old “pay and price inflation, other services” slider now means prices only.',
			'Children’s social care: the cost per child in care grows with placement cost inflation (5 %; the old “pay and contract inflation, social care” slider now means this), apart from the number of children (1 % a year, after the fall in 2025); children in care are about 55 % of the samples’ children’s spending, as nationally, so early help acts on that base.',
			'Anyborough’s temporary accommodation costs grow 5 % a year beyond population, like every council with the homelessness duty; invest-to-save projects earn savings, not a commercial yield.',
			'Levers whose reform has partly happened say what exists today and model the step beyond it: needs-based funding acts on top of Fair Funding 2.0, the visitor levy counts only money the council keeps, pooling goes beyond the integrated settlements, integrated family services beyond Families First.',
			'The budget plan: new levers say how the council closes its gap, as real medium-term plans do: new savings found each year (they accumulate, and only the share delivered counts: 80 % by default, after Audit Wales’s 88 %), a planned draw on reserves that never takes the general fund below its minimum, and exceptional financial support from government as the last resort.',
			'Exceptional support is financing, not income: it is borrowing repaid over 20 years (MRP guidance for capitalisation directions) with interest at the usual rate plus any premium (none since 2025-26), so support taken this year raises every later year’s financing costs. Closing reserves = opening reserves + income − expenditure + exceptional support, to the penny.',
			'Each year now reports savingsDelivered, reservesUsed, exceptionalSupport and gapWithoutAction beside gap, in JSON and CSV. Without a plan all three are zero and the figures are exactly as before.',
			'The s114 flag is raised when a balanced budget cannot be set with the plan’s savings and usable reserves, and then names exceptional support as the only way left.',
			'Goal seek stays within the law: it never proposes a council tax rise above the referendum limit while the limit is on, a local sales tax the council has no power to levy, or charges above cost; where only a breach would close the gap it says so and gives the best lawful value. It can also say how much in savings is needed each year at the assumed delivery rate.',
			'The modeller shows the budget without action and with the plan side by side, and the headline says what the plan closes: "The plan closes £X of the £Y gap; £Z would need exceptional support".',
			'New preset "Council acts": today’s settlement with a typical savings programme and reserves draw, scaled to the council. Every preset now says whether it includes a budget plan.',
			'The delivery rate of savings and the interest premium on exceptional-support borrowing are uncertain parameters in the tornado and Monte Carlo.'
		]
	},
	{
		version: '2027.2',
		changes: [
			'Social care overspends are re-based: the first projected year’s care budgets start from what the base year really spent, adding the share built in (100 %) of the base year’s overspend, 2.9 % on adult care and 9.9 % on children’s care (2024-25 outturn against budget, MHCLG RA and RO; ADASS reports 3 % for 2025-26). Every upper-tier sample’s first-year gap rises (Anyborough from £4.4m to £18.0m in 2027/28); a district is unaffected.',
			'Packaging extended producer responsibility: the payments are part of the waste line (20 % of a met’s, unitary’s or London borough’s net waste budget, 25 % of a district’s, 15 % of a county’s; assumptions) and stay flat in cash while waste costs grow with pay and prices, so the waste line grows a little faster than before.',
			'The LGPS valuations: a council whose base year is 2025/26 sees staff costs in other services fall 3 % in 2026/27 (the 2025 valuation; a 2026/27 budget already has it); the 2028 valuation’s change from 2029/30 is an uncertain parameter, no change by default.',
			'MRP on new borrowing follows the asset life: each year’s capital programme borrowing is repaid over 25 years from the year after (4 % a year, not the council’s 1.5 % rate), so financing costs rise faster from the second projected year; borrowing from before the base year keeps the council’s own rate.',
			'Interest on cash is earned on the cash actually invested, read from the base year’s own investment income: it moves with reserves, and once reserves no longer back the capital programme’s internal borrowing the council borrows the difference at the PWLB rate instead of earning nothing. An imported council whose interest was not 2.8 % of its reserves no longer sees a jump in its first projected year.',
			'Eight new uncertain parameters (48 in all) join the tornado and Monte Carlo.',
			'P3 has its own pooled health and social care budget lever: the share of adult social care pooled with the NHS under section 75, from today’s Better Care Fund share (an estimated 25 %) up to 100 %. Only care pooled beyond the Better Care Fund saves, 1 % of it a year once integrated after 3 years (an uncertain parameter, 0–3 %, the 49th, as the NAO found little evidence that pooling alone saves money); shown as its own line, “Less: savings from pooling care with the NHS”. At today’s share nothing changes; districts run no social care, so it does not apply to them.',
			'Every part of a published budget has a place, each optional and none by default (a baseline without them is modelled exactly as before): a collection fund surplus or deficit (the base year only), a planned use of reserves that balances the base year and is taken from reserves, a business rates pool gain or levy, combined-authority levies (spending, rising with prices), and the adult social care and parish precepts at Band D on the bills. Each year reports the new lines (businessRatesPoolGain, collectionFundSurplus, combinedAuthorityLevy) and each bill its parish and adultSocialCare parts, in JSON and CSV.',
			'A service may be given gross, with its ringfenced grants (public health grant, housing benefit subsidy) and fees and charges beside it: its net line is derived from them to the penny, or checked against them if given too. The model runs on the net lines as before, so projections do not change; the gross figures are kept with the council and in its exports.'
		]
	}
];

/** The changes since `savedUnder`: every release after it, or all of them if it is unknown. */
export function changesSince(savedUnder: string): ModelRelease[] {
	const at = modelChangelog.findIndex((release) => release.version === savedUnder);
	return modelChangelog.slice(at + 1);
}
