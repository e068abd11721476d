// npm start: the built app, on PORT (default 3000). With ORIGIN unset the app accepts its own
// address however it is reached (localhost, 127.0.0.1, a LAN address in a workshop): see
// adapter/guards.js. Behind a proxy, set ORIGIN (README).
import { reachableAt } from './addresses.js';

process.env.PORT ??= '3000';
await import('../build/index.js');
const addresses = reachableAt({
	origin: process.env.ORIGIN,
	host: process.env.HOST,
	port: process.env.PORT
});
console.log(`Rewire can be reached at:\n${addresses.map((a) => `  ${a}`).join('\n')}`);
