// The slide shows what the facilitator's view shows, to the same people (that page sits in the
// (site) group, which frames it without changing its address).
export { load } from '../../../(site)/rooms/[code]/+page.server';
