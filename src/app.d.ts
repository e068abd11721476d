// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser } from '$lib/server/accounts';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The signed-in user, or null: anyone may explore without an account. */
			user: SessionUser | null;
		}
	}
}

export {};
