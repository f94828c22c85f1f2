// `npm run mutation` (scripts/mutation.mjs): Stryker over the code that signs requests and decides who may
// call a trigger, in four areas, each with its own committed incremental result (test/mutation/<area>.json):
//   signing   — credentials/signing/
//   triggers  — the five trigger nodes, their shared trigger files, and nodes/common/trigger/, webhook.ts,
//               ipAllowList.ts (the pipeline and checks they run on)
//   transport — the request and execution path of nodes/common/: transport.ts, pacing.ts, concurrency.ts,
//               router.ts, parameters.ts
//   common    — the rest of nodes/common/ (values, dates, validation, envelopes, errors, output, files)
// MUTATION_AREA picks one area (scripts/mutation.mjs sets it); without it, all four in one run.
// Scores go to the clear-text table, reports/mutation/<area>.json and docs/reliability.md "Mutation testing".
const TRIGGER_COMMON = ['nodes/common/trigger/**/*.ts', 'nodes/common/webhook.ts', 'nodes/common/ipAllowList.ts'];
const TRANSPORT = ['transport', 'pacing', 'concurrency', 'router', 'parameters'].map((f) => `nodes/common/${f}.ts`);
export const AREAS = {
	signing: ['credentials/signing/**/*.ts'],
	triggers: [
		...TRIGGER_COMMON,
		'nodes/*/*Trigger.node.ts',
		'nodes/DidiEnterprise/shared/{notificationTrigger,verify,notification}.ts',
		'nodes/Hose/shared/{outboundTrigger,inbound}.ts',
		'nodes/Zeyi/shared/{callbackTrigger,inbound}.ts',
		'nodes/Zhenling/shared/{resultsTrigger,inbound}.ts',
		'nodes/Zhiguanche/shared/{eventTrigger,event}.ts',
	],
	transport: TRANSPORT,
	common: ['nodes/common/**/*.ts', ...[...TRIGGER_COMMON, ...TRANSPORT].map((p) => `!${p}`)],
};
const area = process.env.MUTATION_AREA;
if (area && !AREAS[area]) throw new Error(`MUTATION_AREA must be one of ${Object.keys(AREAS).join(', ')}`);
const name = area ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	// Stryker's jest runner, loading per mutant only the test files that cover it, one at a time until one
	// kills it (test/mutation/jest-files-runner.mjs).
	testRunner: 'jest-files',
	plugins: ['@stryker-mutator/jest-runner', './test/mutation/jest-files-runner.mjs'],
	jest: { projectType: 'custom', configFile: 'stryker.jest.config.js', enableFindRelatedTests: false },
	// Each mutant runs only the tests that executed its code in the dry run; mutants of module-level code
	// (node descriptions, constant tables: which every test would have to run) are not tested (`ignoreStatic`,
	// reported as Ignored, outside the score).
	coverageAnalysis: 'perTest',
	ignoreStatic: true,
	mutate: area ? AREAS[area] : Object.values(AREAS).flat().filter((p) => !p.startsWith('!')),
	// ts-jest compiles from source (isolatedModules); no separate TypeScript checker (too slow here).
	ignorePatterns: ['dist', 'bench', 'examples', 'docs', '.test-results', 'reports', '.stryker-tmp*'],
	concurrency: 2,
	// `--incremental` reuses the results of unchanged mutants (and unchanged tests) from this committed file.
	incrementalFile: `test/mutation/${name}.json`,
	timeoutMS: 60000,
	dryRunTimeoutMinutes: 30,
	timeoutFactor: 2,
	reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
	clearTextReporter: { allowColor: false, logTests: false },
	jsonReporter: { fileName: `reports/mutation/${name}.json` },
	htmlReporter: { fileName: `reports/mutation/${name}.html` },
	thresholds: { high: 90, low: 80, break: 90 },
	tempDirName: `.stryker-tmp-${name}`,
	cleanTempDir: 'always',
};
