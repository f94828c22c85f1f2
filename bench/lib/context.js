'use strict';
// What a row's run(ctx) gets: the size, shared sandbox, harness, raw HTTP client, measurement helpers and
// `figure()` to report one line of the table. See docs/performance.md "Adding a row".
const { createHarness } = require('../../test/helpers/workflow-harness');
const { startSandbox } = require('./sandbox');
const { rawClient, n8nCoreClient, loop } = require('./raw-http');
const { sideBySide, repeat, stats, withMemoryPeak, timed } = require('./measure');

const GOAL_TESTS = {
	'>=': (v, g) => v >= g,
	'<=': (v, g) => v <= g,
	'=': (v, g) => v === g,
};

function createContext({ size = 'full', rounds, n8n = true, verbose = false }) {
	const defaultRounds = rounds ?? (size === 'quick' ? 5 : 9);
	let shared;
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
		rawClient,
		n8nCoreClient,
		loop,
		timed,
		stats,
		withMemoryPeak,
		sideBySide: (options) => sideBySide({ rounds: defaultRounds, log, ...options }),
		repeat: (options) => repeat({ rounds: defaultRounds, ...options }),
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
			if (ctx.closeN8n) await ctx.closeN8n();
			if (shared) await shared.close();
		},
	};
	return ctx;
}

module.exports = { createContext };
