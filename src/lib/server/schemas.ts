/**
 * The shapes the JSON API accepts. Objects are strict (an unknown field is refused by name);
 * scenario values are checked separately by the engine's keepAccepted, against the
 * declarations in models/ for the scenario's authority.
 */
import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema, roleSchema } from './accounts';
import {
	authorityIdSchema,
	scenarioDescriptionSchema,
	scenarioNameSchema,
	versionNumber,
	versionNumberSchema
} from './scenarios';
import { snapshotNoteSchema, snapshotVersionSchema } from './snapshots';

const values = z.unknown().refine((v) => v !== undefined, { error: 'values is required' });

export const projectBody = z.strictObject({
	authorityId: authorityIdSchema.optional(),
	values
});

export const createScenarioBody = z.strictObject({
	name: scenarioNameSchema,
	description: scenarioDescriptionSchema.optional(),
	authorityId: authorityIdSchema.optional(),
	values
});

export const updateScenarioBody = z
	.strictObject({
		baseVersion: versionNumberSchema,
		name: scenarioNameSchema.optional(),
		description: scenarioDescriptionSchema.optional(),
		authorityId: authorityIdSchema.optional(),
		values: z.unknown().optional()
	})
	.refine((b) => Object.keys(b).length > 1, {
		error: 'give at least one of name, description, authorityId, values',
		path: ['values']
	});

/** The body of a write that changes no content (delete, undelete): only the version it saw. */
export const baseVersionBody = z.strictObject({ baseVersion: versionNumberSchema });
export const restoreVersionBody = baseVersionBody;
export const emptyBody = z.strictObject({});
export const duplicateBody = z.strictObject({
	name: scenarioNameSchema.optional(),
	version: versionNumber('version').optional()
});
export const freezeBody = z.strictObject({
	version: snapshotVersionSchema.optional(),
	note: snapshotNoteSchema.optional()
});
export const shareBody = z.strictObject({
	baseVersion: versionNumberSchema,
	shared: z.boolean({ error: 'shared must be true or false' })
});

export const listScenariosQuery = z.strictObject({
	sort: z.enum(['name', 'updated'], { error: 'sort must be name or updated' }).optional(),
	q: z.string().max(120, 'q must be at most 120 characters').optional(),
	deleted: z.enum(['true', 'false'], { error: 'deleted must be true or false' }).optional()
});

export const signInBody = z.strictObject({
	email: z
		.string({ error: 'email is required' })
		.trim()
		.toLowerCase()
		.min(1, 'email is required')
		.max(254, 'email is too long'),
	password: z
		.string({ error: 'password is required' })
		.min(1, 'password is required')
		.max(200, 'password is too long')
});

export const createUserBody = z.strictObject({
	email: emailSchema,
	name: nameSchema.optional(),
	role: roleSchema,
	password: passwordSchema
});

export const updateUserBody = z
	.strictObject({
		role: roleSchema.optional(),
		disabled: z.boolean({ error: 'disabled must be true or false' }).optional(),
		name: nameSchema.optional(),
		password: passwordSchema.optional()
	})
	.refine((b) => Object.keys(b).length > 0, {
		error: 'give at least one of role, disabled, name, password',
		path: ['role']
	});
