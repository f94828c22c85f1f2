'use strict';
// What a row's run(ctx) gets: the size, shared sandbox, harness, raw HTTP client, measurement helpers and
// `figure()` to report one line of the table. See docs/performance.md "Adding a row".
const { createHarness } = require('../../test/helpers/workflow-harness');
const { startSandbox } = require('./sandbox');
const { rawClient, n8nCoreClient, loop } = require('./raw-http');
const { sideBySide, repeat, stats, withMemoryPeak, timed } = require('./measure');
const { freshMemory, memoryFigures } = require('./fresh-memory');

const GOAL_TESTS = {
	'>=': (v, g) => v >= g,
	'<=': (v, g) => v <= g,
	'=': (v, g) => v === g,
};

function createContext({ size = 'full', rounds, n8n = true, verbose = false, rows = [] }) {
	const defaultRounds = rounds ?? (size === 'quick' ? 5 : 9);
	let shared;
	let realN8n;
	const owned = [];
	const cleanups = [];
	const log = (message) => {
		if (verbose) process.stderr.write(`    ${message}\n`);
	};

	const ctx = {
		size,
		rounds: defaultRounds,
		n8nEnabled: n8n,
		log,
		/** `ctx.pick({ quick: 200, full: 1000 })` → the value for this run's size. */
		pick: (values) => values[size],
		/**
		 * The vendor sandbox, in its own process. Without options: one shared by all rows (do not change its
		 * config). With options (e.g. `{ config: { didi: {...} } }`): a fresh one, closed after the row.
		 */
		async sandbox(options) {
			if (options) {
				const own = await startSandbox(options);
				owned.push(own);
				return own;
			}
			if (!shared) shared = await startSandbox();
			return shared;
		},
		harness: (options) => createHarness(options),
		/**
		 * The real n8n (started once, for all rows): `{ url, version, n8n }` — `n8n` is scripts/n8n/instance.js's
		 * API (`webhook(path, body)`, `executions()`…). Rows that use it declare `needs: ['n8n']` and their
		 * `workflows({ sandbox })`, imported and published before n8n starts.
		 */
		async n8n() {
			if (!realN8n) {
				const { bootN8n } = require('./n8n');
				const sandbox = await ctx.sandbox();
				realN8n = bootN8n({ sandbox, rows: rows.filter((r) => r.needs && r.needs.includes('n8n')), log: (m) => process.stderr.write(`    [n8n] ${m}\n`) });
			}
			return await realN8n;
		},
		rawClient,
		n8nCoreClient,
		loop,
		timed,
		stats,
		withMemoryPeak,
		sideBySide: (options) => sideBySide({ rounds: defaultRounds, log, ...options }),
		repeat: (options) => repeat({ rounds: defaultRounds, ...options }),
		/**
		 * Peak memory per side, each run in a fresh process (`rowFile` exports `memory(ctx, sandbox)` → `{ side:
		 * ({ warm }) => output records }`); `ctx.memoryFigures(result, { prefix })` makes the table lines.
		 */
		freshMemory: (options) => freshMemory({ size, rounds: size === 'quick' ? 2 : 3, log, ...options }),
		memoryFigures: (result, options = {}) => memoryFigures(ctx, result, options),
		/** Registers cleanup to run after the row (e.g. stop a server the row started). */
		after: (fn) => cleanups.push(fn),
		/**
		 * One line of the table. `stats` from sideBySide/repeat/stats ({median, min, max, n}) or `value` (a
		 * single number). `goal`: ['>=', 0.9] and the like. `unit`: '×', '%', 'MB/MB', '' …
		 */
		figure({ figure, stats: s, value, unit = '', goal, note }) {
			const summary = s ?? { median: value, min: value, max: value, n: 1 };
			const met = goal ? GOAL_TESTS[goal[0]](summary.median, goal[1]) : undefined;
			return { figure, median: summary.median, min: summary.min, max: summary.max, n: summary.n, unit, goal: goal ? { op: goal[0], value: goal[1] } : undefined, met, note };
		},
		async runRow(row) {
			if (row.needs && row.needs.includes('n8n') && !n8n) return [{ figure: 'skipped (--no-n8n)', skipped: true }];
			try {
				const figures = await row.run(ctx);
				return Array.isArray(figures) ? figures : [figures];
			} finally {
				while (cleanups.length) await cleanups.pop()();
				while (owned.length) await owned.pop().close();
			}
		},
		async close() {
			if (realN8n) await (await realN8n.catch(() => ({ close: async () => {} }))).close();
			if (shared) await shared.close();
		},
	};
	return ctx;
}

module.exports = { createContext };
