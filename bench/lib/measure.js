'use strict';
// Side-by-side measurement: two sides of one comparison run alternately (A B, B A, A B …) in the same
// process, after a warm-up round; the figure is the per-round ratio, reported as median and spread. No
// absolute time is a result: the machine is shared and noisy, a ratio of neighbours is not.

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median and spread (min, max) of a list of numbers. */
function stats(values) {
	return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

/**
 * `--profile <dir>` (BENCH_PROFILE): a CPU profile of each side's last measured round, written to
 * `<dir>/<a>-vs-<b>.<side>.cpuprofile` — only the work being compared, not the bench's start-up. Summarise it with
 * `node bench/profile-summary.mjs <file>`.
 */
async function profiled(name, fn) {
	const dir = process.env.BENCH_PROFILE;
	if (!dir) return await fn();
	const session = new inspector.Session();
	session.connect();
	const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
	await post('Profiler.enable');
	await post('Profiler.setSamplingInterval', { interval: 200 });
	await post('Profiler.start');
	try {
		return await fn();
	} finally {
		const { profile } = await post('Profiler.stop');
		fs.mkdirSync(dir, { recursive: true });
		const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '_')}.cpuprofile`);
		fs.writeFileSync(file, JSON.stringify(profile));
		session.disconnect();
		process.stderr.write(`    profile of ${name}: ${file}\n`);
	}
}

/** Runs `fn` once, returns its result plus wall and process-CPU milliseconds. */
async function timed(fn) {
	const cpu0 = process.cpuUsage();
	const t0 = process.hrtime.bigint();
	const result = (await fn()) || {};
	const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
	const cpu = process.cpuUsage(cpu0);
	return { ...result, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/**
 * Compares side `a` with side `b`. Each side's `run()` does one round of work and resolves to
 * `{ ops }` (operations done; default 1) plus anything else it wants recorded. Returns, per round, both
 * sides' throughput (ops per second of wall time) and CPU per op, and the ratios a/b as stats:
 * `throughput` (>1: a is faster) and `cpu` (>1: a spends more of this process's CPU per op).
 */
async function sideBySide({ a, b, rounds = 5, warmup = 1, log = () => {} }) {
	// `before()` of a side runs ahead of each of its runs, outside the timing.
	const rows = [];
	for (let round = -warmup; round < rounds; round++) {
		const order = round % 2 === 0 ? [a, b] : [b, a];
		const results = {};
		for (const side of order) {
			if (side.before) await side.before();
			const measure = () => timed(() => side.run(round));
			results[side === a ? 'a' : 'b'] = round === rounds - 1 ? await profiled(`${a.name}-vs-${b.name}.${side.name}`, measure) : await measure();
		}
		if (round < 0) continue;
		const rate = (r) => (r.ops ?? 1) / (r.wallMs / 1000);
		const cpuPerOp = (r) => r.cpuMs / (r.ops ?? 1);
		const row = {
			a: results.a,
			b: results.b,
			throughput: rate(results.a) / rate(results.b),
			cpu: cpuPerOp(results.a) / Math.max(cpuPerOp(results.b), 1e-9),
		};
		rows.push(row);
		log(`round ${round + 1}/${rounds}: ${a.name} ${rate(results.a).toFixed(1)}/s, ${b.name} ${rate(results.b).toFixed(1)}/s → ${row.throughput.toFixed(3)}×`);
	}
	return {
		rounds: rows,
		throughput: stats(rows.map((r) => r.throughput)),
		cpu: stats(rows.map((r) => r.cpu)),
		a: { name: a.name, throughput: stats(rows.map((r) => (r.a.ops ?? 1) / (r.a.wallMs / 1000))) },
		b: { name: b.name, throughput: stats(rows.map((r) => (r.b.ops ?? 1) / (r.b.wallMs / 1000))) },
	};
}

/** Repeats one measurement `rounds` times (for figures that are already ratios or counts). */
async function repeat({ rounds = 5, warmup = 0, run }) {
	const values = [];
	for (let round = -warmup; round < rounds; round++) {
		const value = await run(round);
		if (round >= 0) values.push(value);
	}
	return stats(values);
}

/** Samples this process's RSS and V8 heap while `fn` runs; resolves to `{ result, peakRss, peakHeap, baseRss, baseHeap }`. */
async function withMemoryPeak(fn, everyMs = 5) {
	if (global.gc) global.gc();
	const base = process.memoryUsage();
	let peakRss = base.rss;
	let peakHeap = base.heapUsed;
	const sample = () => {
		const m = process.memoryUsage();
		if (m.rss > peakRss) peakRss = m.rss;
		if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
	};
	const timer = setInterval(sample, everyMs);
	try {
		const result = await fn();
		sample();
		return { result, peakRss, peakHeap, baseRss: base.rss, baseHeap: base.heapUsed };
	} finally {
		clearInterval(timer);
	}
}

module.exports = { sideBySide, repeat, stats, median, timed, withMemoryPeak };
