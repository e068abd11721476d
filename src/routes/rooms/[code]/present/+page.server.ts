// The slide shows what the facilitator's view shows, to the same people.
export { load } from '../+page.server';
