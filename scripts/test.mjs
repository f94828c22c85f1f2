#!/usr/bin/env node
// `npm test`: every jest project (unit, workflow, sandbox, reliability, e2e, queue), then one summary line "N passed, N failed"
// computed from jest's JSON results. Extra arguments go to jest (e.g. `npm test -- --selectProjects unit`).
// E2E=0 skips the real-n8n suite for fast local loops; CI always runs it. A full run ends with the incremental
// mutation test (scripts/mutation.mjs; MUTATION=0 skips it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, '.test-results');
const resultsFile = path.join(resultsDir, 'jest.json');
mkdirSync(resultsDir, { recursive: true });
rmSync(resultsFile, { force: true });
rmSync(path.join(resultsDir, 'secret-scan'), { recursive: true, force: true });

const args = process.argv.slice(2);
const projects = ['unit', 'workflow', 'sandbox', 'reliability'];
if (process.env.E2E !== '0') projects.push('e2e', 'queue');
// The browser suite (test/editor) needs Debian's chromium; under CI=true it is required (.ci/run installs it).
if (process.env.E2E !== '0' && (existsSync('/usr/bin/chromium') || process.env.CI === 'true')) projects.push('editor');
const selection = args.includes('--selectProjects') ? [] : ['--selectProjects', ...projects];

// The type check of the JavaScript tests (`npm run typecheck`) runs first on a full run, so a renamed export
// fails here as it would in CI. TYPECHECK=0 skips it (CI runs it as its own step); focused runs skip it too.
let typecheckFailed = false;
if (process.env.TYPECHECK !== '0' && args.length === 0) {
	const check = spawnSync(process.execPath, [path.join(root, 'scripts/typecheck-js.mjs')], {
		cwd: root,
		stdio: 'inherit',
	});
	if (check.status !== 0) {
		typecheckFailed = true;
		console.error('typecheck failed: fix the errors above (`node scripts/typecheck-js.mjs` shows them again)');
	}
}

const jest = spawnSync(
	process.execPath,
	[
		path.join(root, 'node_modules/jest/bin/jest.js'),
		...selection,
		'--runInBand',
		'--forceExit',
		'--passWithNoTests',
		'--json',
		`--outputFile=${resultsFile}`,
		...args,
	],
	{ cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } },
);

let passed = 0;
let failed = 0;
if (existsSync(resultsFile)) {
	const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
	passed = results.numPassedTests;
	failed = results.numFailedTests;
	// A suite that crashes before its tests run has no failed test of its own: count it once.
	for (const suite of results.testResults) {
		if (suite.status === 'failed' && suite.assertionResults.every((a) => a.status !== 'failed')) failed += 1;
	}
} else {
	failed += 1;
}
if (jest.status !== 0 && failed === 0) failed = 1;
// The whole-suite secret scan (test/helpers/secret-scan.js): one figure file per test file.
const scanDir = path.join(resultsDir, 'secret-scan');
if (existsSync(scanDir)) {
	const files = readdirSync(scanDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(path.join(scanDir, f), 'utf8')));
	const sum = (k) => files.reduce((n, f) => n + (f[k] || 0), 0);
	console.log(`secret scan (whole suite): ${files.length} test files, ${sum('texts')} texts / ${sum('chars')} chars of output, items and errors, ${files[0] ? files[0]['credential secrets'] : 0} credential secrets + ${sum('tokens issued')} issued tokens searched in 7 encodings: ${sum('found')} found`);
}
if (typecheckFailed) failed += 1;

// Mutation testing (`npm run mutation`, docs/reliability.md): on a full run, each area (signing, triggers,
// transport, common) is retested incrementally against its committed result test/mutation/<area>.json — only mutants of
// changed code or tests run — and counts as one test: passed when its mutation score is at least 90 %. An
// area with no committed result is printed as "not measured" and not counted. MUTATION=0 skips it.
if (process.env.MUTATION !== '0' && args.length === 0) {
	const mutationResults = path.join(resultsDir, 'mutation.json');
	rmSync(mutationResults, { force: true });
	spawnSync(process.execPath, [path.join(root, 'scripts/mutation.mjs'), '--committed-only', '--results', mutationResults], {
		cwd: root,
		stdio: 'inherit',
	});
	const areas = existsSync(mutationResults) ? JSON.parse(readFileSync(mutationResults, 'utf8')) : [];
	if (areas.length === 0) failed += 1;
	for (const area of areas.filter((a) => a.measured)) {
		if (area.passed) passed += 1;
		else failed += 1;
	}
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
