/**
 * Saving from the modeller: an officer saves a named scenario, the address then carries it, and
 * when the same scenario is saved from two tabs the second save is refused (409) and offers to
 * reload the newer version or save a copy — no one's work is overwritten.
 */
import { expect, test } from '@playwright/test';
import { hydrated, nudgeCouncilTax, people, serveThisSpec, staleSecondSave } from './helpers';

const { officer } = people;
const server = serveThisSpec({ accounts: [officer] });

test('save from the modeller, then a stale save from a second tab is caught', async ({
	context
}) => {
	const first = await context.newPage();
	await first.goto(`${server.url}/signin?redirectTo=%2F%3FcouncilTaxIncrease%3D3`);
	await first.getByLabel('Email').fill(officer.email);
	await first.getByLabel('Password').fill(officer.password);
	await first.getByRole('button', { name: 'Sign in' }).click();
	await expect(first).toHaveURL(/councilTaxIncrease=3/);
	await hydrated(first);

	await first.getByLabel('Name').fill('Three per cent');
	await first.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(first.getByText('Saved as “Three per cent”.')).toBeVisible();
	await expect(first).toHaveURL(/saved=[\w-]+/);

	// The same saved scenario in a second tab.
	const second = await context.newPage();
	await second.goto(first.url());
	await hydrated(second);
	await expect(second.getByRole('button', { name: 'Save as version 2' })).toBeVisible();

	await nudgeCouncilTax(first, 'ArrowRight', 10);
	const alert = await staleSecondSave(first, second, 'Three per cent', 10);
	await alert.getByRole('button', { name: 'Save mine as a copy' }).click();
	await expect(second.getByText('Saved as “Three per cent (copy)”')).toBeVisible();

	// Reloading the first tab's scenario keeps its own version 2: the copy did not overwrite it.
	await first.reload();
	await hydrated(first);
	await expect(first.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
		'3.1'
	);
	await expect(second.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
		'2.9'
	);

	// The scenario's page opens it back in the modeller, ready to save its next version.
	await first.goto(`${server.url}/scenarios`);
	await first.getByRole('link', { name: 'Three per cent', exact: true }).click();
	await first.getByRole('link', { name: 'Open this scenario in the modeller' }).click();
	await hydrated(first);
	await expect(first.getByRole('slider', { name: 'Council tax increase each year' })).toHaveValue(
		'3.1'
	);
	await expect(first.getByRole('button', { name: 'Save as version 3' })).toBeVisible();
});
