'use strict';
// One run of one memory side in this fresh process (see fresh-memory.js); answers over IPC.
require('./ts-register');
require('../../test/helpers/env');
const { createContext } = require('./context');
const { connectSandbox } = require('./sandbox');

const { rowFile, side, sandboxUrl, size } = JSON.parse(process.argv[2]);
const tick = () => new Promise((resolve) => setImmediate(resolve));
const gc = () => {
	global.gc();
	global.gc();
};

(async () => {
	const row = require(rowFile);
	const ctx = createContext({ size, n8n: false });
	const sides = await row.memory(ctx, connectSandbox(sandboxUrl));
	await sides[side]({ warm: true });
	await tick();
	gc();
	// V8 hands the pages a GC emptied back to the OS from another thread, a moment later: RSS measured right
	// after the GC still counts the start-up's garbage (242 MB → 201 MB 100 ms later, measured).
	await new Promise((resolve) => setTimeout(resolve, 250));
	gc();
	const base = process.memoryUsage();
	let peakRss = base.rss;
	let peakHeap = base.heapUsed;
	// What the RSS peak was made of (growth over the base): V8's committed heap, memory outside it
	// (Buffers, ArrayBuffers — axios' response chunks) and the rest (malloc, code, stacks).
	let atPeak = { heapTotal: 0, external: 0, arrayBuffers: 0 };
	const sample = () => {
		const m = process.memoryUsage();
		if (m.rss > peakRss) {
			peakRss = m.rss;
			atPeak = { heapTotal: m.heapTotal - base.heapTotal, external: m.external - base.external, arrayBuffers: m.arrayBuffers - base.arrayBuffers };
		}
		if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
	};
	const timer = setInterval(sample, 5);
	let output = await sides[side]();
	sample();
	clearInterval(timer);
	gc();
	const after = process.memoryUsage();
	const held = after.heapUsed - base.heapUsed;
	atPeak.heldExternal = after.external - base.external;
	// The output's JSON size is that of its records (an n8n item's `json`), the same for every side.
	const bytes = Buffer.byteLength(JSON.stringify(output.map((o) => (o && o.json && o.pairedItem !== undefined ? o.json : o))));
	const n = output.length;
	output = undefined;
	process.send({ n, bytes, peakHeap: peakHeap - base.heapUsed, peakRss: peakRss - base.rss, held, atPeak }, () => process.exit(0));
})().catch((error) => {
	process.send({ error: String((error && error.stack) || error) }, () => process.exit(1));
});
