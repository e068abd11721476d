/// <reference lib="webworker" />
import {
	monteCarloHandler,
	type MonteCarloReply,
	type MonteCarloRequest
} from './monte-carlo-protocol';

const handle = monteCarloHandler((reply: MonteCarloReply) => self.postMessage(reply));
self.onmessage = (event: MessageEvent<MonteCarloRequest>) => void handle(event.data);
