'use strict';
// Peak memory of one run of a side, each run in a fresh process: RSS does not shrink back after a GC (V8 keeps
// its pages) and n8n-core releases a run's output only a tick after it resolves, so figures from rounds in one
// process mix runs. Both sides of a comparison are measured the same way: a warm-up call (code loaded, JIT),
// a GC, then heap and RSS sampled every 5 ms while the side runs, and the output's own heap size (what is still
// held after a full GC while the output is alive) beside its JSON size.
const { fork } = require('node:child_process');
const path = require('node:path');

/**
 * Runs `sides[side]()` of `row.memory` in a fresh process against the sandbox at `sandboxUrl`; resolves to
 * `{ n, bytes, peakHeap, peakRss, held }` (bytes; peaks are growth over the process's state before the run).
 */
function measureOnce({ rowFile, side, sandboxUrl, size }) {
	return new Promise((resolve, reject) => {
		const child = fork(path.join(__dirname, 'fresh-memory-child.js'), [JSON.stringify({ rowFile, side, sandboxUrl, size })], {
			execArgv: ['--expose-gc'],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		let answer;
		child.once('message', (m) => (answer = m));
		child.once('exit', (code) => {
			if (answer && !answer.error) resolve(answer);
			else reject(new Error(`memory of ${side} (${path.basename(rowFile)}): ${answer ? answer.error : `exited ${code}`}`));
		});
	});
}

/**
 * Alternates the sides (a b, b a, …) for `rounds` rounds, each run in its own process. Resolves to one list of
 * per-run results per side.
 */
async function freshMemory({ rowFile, sides, sandbox, size, rounds = 2, log = () => {} }) {
	const out = Object.fromEntries(sides.map((s) => [s, []]));
	for (let round = 0; round < rounds; round++) {
		const order = round % 2 === 0 ? sides : [...sides].reverse();
		for (const side of order) {
			const r = await measureOnce({ rowFile, side, sandboxUrl: sandbox.url, size });
			log(`memory ${side} (fresh process): ${r.n} records, ${(r.bytes / 1e6).toFixed(1)} MB JSON, peak heap +${(r.peakHeap / 1e6).toFixed(1)} MB, peak RSS +${(r.peakRss / 1e6).toFixed(1)} MB, held ${(r.held / 1e6).toFixed(1)} MB; at the RSS peak: V8 heap committed +${(r.atPeak.heapTotal / 1e6).toFixed(1)} MB, external +${(r.atPeak.external / 1e6).toFixed(1)} MB (ArrayBuffers +${(r.atPeak.arrayBuffers / 1e6).toFixed(1)} MB), external still held after a full GC +${(r.atPeak.heldExternal / 1e6).toFixed(1)} MB`);
			out[side].push(r);
		}
	}
	return out;
}

/**
 * The table lines of a `freshMemory` result, side `a` (the node) vs side `b` (the raw loop): peaks against the
 * output's JSON size and against its own heap size, and node ÷ raw of the peaks (goal ≤ 2×).
 */
function memoryFigures(ctx, mem, { prefix = '', a = 'node', b = 'raw', others = [] }) {
	const of = (side, f) => ctx.stats(mem[side].map(f));
	const ratio = (f) => ctx.stats(mem[a].map((r, i) => f(r) / f(mem[b][i % mem[b].length])));
	const x = (s) => `${s.median.toFixed(2)}×`;
	const perJson = (key) => (r) => r[key] / r.bytes;
	const other = (key) => others.map((o) => `; ${o} ${x(of(o, perJson(key)))}`).join('');
	const mb = (mem[a][0].bytes / 1e6).toFixed(1);
	return [
		ctx.figure({ figure: `${prefix}peak heap growth, node ÷ raw (each run in a fresh process)`, stats: ratio((r) => r.peakHeap), unit: '×', goal: ['<=', 2] }),
		// RSS grows only once the run needs more pages than the process had (not at the quick sizes).
		mem[b].every((r) => r.peakRss > 0)
			? ctx.figure({ figure: `${prefix}peak RSS growth, node ÷ raw`, stats: ratio((r) => r.peakRss), unit: '×', goal: ['<=', 2] })
			: ctx.figure({ figure: `${prefix}peak RSS growth, node ÷ raw`, value: null, note: 'the raw side\'s RSS did not grow at this size (its output fit in pages the process had)' }),
		ctx.figure({ figure: `${prefix}node peak heap growth ÷ output JSON size (${mb} MB)`, stats: of(a, perJson('peakHeap')), unit: '×', note: `${b} ${x(of(b, perJson('peakHeap')))}${other('peakHeap')}` }),
		ctx.figure({ figure: `${prefix}node peak RSS growth ÷ output JSON size`, stats: of(a, perJson('peakRss')), unit: '×', note: `${b} ${x(of(b, perJson('peakRss')))}${other('peakRss')}` }),
		ctx.figure({ figure: `${prefix}node output's own heap (held after a full GC) ÷ its JSON size`, stats: of(a, perJson('held')), unit: '×', note: `${b} ${x(of(b, perJson('held')))}` }),
		ctx.figure({ figure: `${prefix}node peak heap growth ÷ the output's own heap`, stats: of(a, (r) => r.peakHeap / r.held), unit: '×', goal: ['<=', 2], note: `${b} ${x(of(b, (r) => r.peakHeap / r.held))}${others.map((o) => `; ${o} ${x(of(o, (r) => r.peakHeap / r.held))}`).join('')}` }),
	];
}

module.exports = { freshMemory, memoryFigures };
