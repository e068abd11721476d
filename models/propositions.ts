/** The six propositions of the LGA's Rewiring Public Services (2013), as reported in shared/seed. */
import type { Proposition } from './schema';

export const propositions: Proposition[] = [
	{
		id: 'economy',
		title: 'The economy and today’s settlement',
		summary:
			'Assumptions about prices, demand and interest rates that every proposition acts in. Not policy choices.'
	},
	{
		id: 'P1',
		title: '1. Independent local government',
		summary: 'Each place a local treasury, funded by need and protected from Whitehall revision.',
		quote:
			'England’s share of UK resources would be based on need, not the Barnett formula and be shared out by local authorities collectively.'
	},
	{
		id: 'P2',
		title: '2. Growth',
		summary: 'Local taxes, varied business rates and local leadership of skills and jobs.',
		quote:
			'Local treasuries would budget for growth and be able to impose local taxes and vary business rates.'
	},
	{
		id: 'P3',
		title: '3. Adult social care and health',
		summary: 'Place-based budgets with the NHS; prevention savings reinvested locally.'
	},
	{
		id: 'P4',
		title: '4. Children and families',
		summary: 'Services redesigned around families, with early intervention.'
	},
	{
		id: 'P5',
		title: '5. Financial sustainability',
		summary:
			'Councils set their own tax, borrow freely within prudential rules, use a bond agency and earn back growth.',
		quote:
			'There would be a local government bond agency and the right to develop earnback deals to reinvest the proceeds of growth.'
	},
	{
		id: 'P6',
		title: '6. Transforming local government',
		summary: 'Rebuild democratic participation: residents share decisions, and trust follows.',
		quote:
			'79% of people trust councils to make decisions about local services, while only 11% similarly trust central government.'
	},
	{
		id: 'plan',
		title: 'The budget plan: closing the gap',
		summary:
			'Every council must set a balanced budget. How this one closes its gap: savings, a planned draw on reserves and, as the last resort, exceptional financial support from government.'
	}
];
