#!/usr/bin/env node
// `npm run mutation [-- <area>… [stryker options]]`: Stryker over each area of stryker.config.mjs (signing,
// triggers, transport, common) in turn, each `--incremental` against its committed result test/mutation/<area>.json
// (unchanged mutants whose tests did not change keep their result; the rest are tested and the file is
// rewritten). `--force` retests every mutant of the area. Prints Stryker's table per area, then one line per
// area: mutants, killed, timed out, survived, no coverage, ignored, the mutation score and the covered score.
// An area scoring below 90 % fails (Stryker's `thresholds.break`). With `--results <file>` the per-area
// outcome is written as JSON for scripts/test.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { AREAS } = await import(path.join(root, 'stryker.config.mjs'));
const BREAK = 90;

const args = process.argv.slice(2);
const resultsAt = args.indexOf('--results');
const resultsFile = resultsAt >= 0 ? args.splice(resultsAt, 2)[1] : undefined;
// --committed-only (scripts/test.mjs, CI): an area without a committed result is not run (a first full run
// of an area takes hours on 2 cores); it is printed as "not measured" and counts neither as passed nor failed.
const committedOnly = args.includes('--committed-only');
const areas = args.filter((a) => AREAS[a]);
const strykerArgs = args.filter((a) => !AREAS[a] && a !== '--committed-only');

/** Stryker's figures from its JSON report: detected = killed + timed out; score over valid mutants. */
function figures(report) {
	const count = {};
	for (const file of Object.values(report.files)) for (const m of file.mutants) count[m.status] = (count[m.status] ?? 0) + 1;
	const n = (s) => count[s] ?? 0;
	const detected = n('Killed') + n('Timeout');
	const covered = detected + n('Survived');
	const valid = covered + n('NoCoverage');
	const pct = (a, b) => (b ? Math.floor((a / b) * 10000) / 100 : NaN);
	return {
		mutants: valid + n('Ignored') + n('CompileError') + n('RuntimeError'),
		killed: n('Killed'),
		timeout: n('Timeout'),
		survived: n('Survived'),
		noCoverage: n('NoCoverage'),
		ignored: n('Ignored'),
		errors: n('CompileError') + n('RuntimeError'),
		score: pct(detected, valid),
		coveredScore: pct(detected, covered),
	};
}

/**
 * The committed incremental file keeps only what `--incremental` reads: per file its source and mutants
 * (status, location, covering / killing tests), per test file its source and tests. Stryker also writes each
 * failure's stack trace (`statusReason`: absolute paths of this machine, most of the file's size), the
 * project root and the whole configuration; none of them is read back, so they are dropped — the file is
 * then the same on every clone.
 */
function compactIncremental(file) {
	if (!existsSync(file)) return;
	const report = JSON.parse(readFileSync(file, 'utf8'));
	delete report.projectRoot;
	delete report.config;
	for (const f of Object.values(report.files ?? {})) for (const m of f.mutants) delete m.statusReason;
	writeFileSync(file, `${JSON.stringify(report)}\n`);
}

/** @type {Array<{ area: string, passed: boolean, measured: boolean, seconds: number } & Partial<ReturnType<typeof figures>>>} */
const outcome = [];
for (const area of areas.length ? areas : Object.keys(AREAS)) {
	console.log(`\n=== mutation: ${area} (${AREAS[area].join(' ')}) ===`);
	if (committedOnly && !existsSync(path.join(root, `test/mutation/${area}.json`))) {
		console.log(`not measured: no committed result test/mutation/${area}.json (run \`npm run mutation -- ${area}\`)`);
		outcome.push({ area, passed: false, measured: false, seconds: 0 });
		continue;
	}
	const started = Date.now();
	rmSync(path.join(root, `reports/mutation/${area}.json`), { force: true });
	const run = spawnSync(
		process.execPath,
		[path.join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', 'stryker.config.mjs', '--incremental', ...strykerArgs],
		{ cwd: root, stdio: 'inherit', env: { ...process.env, MUTATION_AREA: area } },
	);
	compactIncremental(path.join(root, `test/mutation/${area}.json`));
	const reportFile = path.join(root, `reports/mutation/${area}.json`);
	const f = existsSync(reportFile) ? figures(JSON.parse(readFileSync(reportFile, 'utf8'))) : undefined;
	const passed = run.status === 0 && f !== undefined && f.score >= BREAK;
	outcome.push({ area, passed, measured: true, seconds: Math.round((Date.now() - started) / 1000), ...f });
}

console.log('\n| area | mutants | killed | timed out | survived | no coverage | ignored (static / disabled) | errors | mutation score | covered score | seconds | ≥ 90 % |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const o of outcome) {
	console.log(`| ${o.area} | ${o.mutants ?? '-'} | ${o.killed ?? '-'} | ${o.timeout ?? '-'} | ${o.survived ?? '-'} | ${o.noCoverage ?? '-'} | ${o.ignored ?? '-'} | ${o.errors ?? '-'} | ${o.score ?? '-'} % | ${o.coveredScore ?? '-'} % | ${o.seconds} | ${o.measured ? (o.passed ? 'yes' : 'NO') : 'not measured'} |`);
}
if (resultsFile) {
	mkdirSync(path.dirname(resultsFile), { recursive: true });
	writeFileSync(resultsFile, JSON.stringify(outcome, null, 2));
}
process.exit(outcome.every((o) => o.passed || !o.measured) ? 0 : 1);
