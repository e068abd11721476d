import { MODEL_VERSION } from '../../../models/index';
import { project, type Projection } from '../engine/index';
import { savedAuthority, type ScenarioDetail } from './scenarios';

/** The projection of a saved scenario under the current model, and a file name for it. */
export async function projectSaved(scenario: ScenarioDetail): Promise<{
	projection: Projection;
	filename: string;
}> {
	const projection = project(await savedAuthority(scenario.authorityId), {
		authorityId: scenario.authorityId,
		modelVersion: MODEL_VERSION,
		values: scenario.values
	});
	const slug =
		scenario.name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'scenario';
	return { projection, filename: `${slug}-v${scenario.version}` };
}
