/** A room as the API and the pages describe it (see server/rooms.ts). */
import type { ScenarioValues } from '../engine/types';

export interface RoomLever {
	id: string;
	label: string;
	/** One line: the first sentence of the parameter's description. */
	explanation: string;
	kind: 'number' | 'boolean';
	unit: string;
	min?: number;
	max?: number;
	step?: number;
	statusQuo: number | boolean;
	/** Where the room starts: the starting scenario's value, or the status quo. */
	start: number | boolean;
}

export interface Room {
	code: string;
	name: string;
	authority: { id: string; name: string };
	levers: RoomLever[];
	/** The starting scenario: only the values that differ from the status quo. */
	values: ScenarioValues;
	open: boolean;
	revealed: boolean;
	modelVersion: string;
	owner: { id: number; name: string };
	createdAt: string;
	updatedAt: string;
}
