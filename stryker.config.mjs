// `npm run mutation`: Stryker over the code that decides who may call a trigger and how requests are signed —
// credentials/signing/, nodes/common/ and the triggers (node files and their pipeline specs). Not part of
// `npm test` (it takes long on 2 cores). `npm run mutation -- --mutate 'nodes/common/trigger/**/*.ts'` narrows
// the scope; the score is written to reports/mutation/ and docs/reliability.md "Mutation testing".
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'jest',
	jest: { projectType: 'custom', configFile: 'stryker.jest.config.js', enableFindRelatedTests: false },
	// Each mutant runs only the tests that executed its code in the dry run; mutants of module-level code
	// (which every test would have to run) are skipped.
	coverageAnalysis: 'perTest',
	ignoreStatic: true,
	mutate: [
		'credentials/signing/**/*.ts',
		'nodes/common/**/*.ts',
		'nodes/*/*Trigger.node.ts',
		'nodes/DidiEnterprise/shared/{notificationTrigger,verify,notification}.ts',
		'nodes/Hose/shared/{outboundTrigger,inbound}.ts',
		'nodes/Zeyi/shared/{callbackTrigger,inbound}.ts',
		'nodes/Zhenling/shared/inbound.ts',
		'nodes/Zhiguanche/shared/{eventTrigger,event}.ts',
	],
	// ts-jest compiles from source (isolatedModules); no separate TypeScript checker (too slow here).
	ignorePatterns: ['dist', 'bench', 'examples', 'docs', '.test-results', 'reports'],
	concurrency: 2,
	timeoutMS: 60000,
	dryRunTimeoutMinutes: 30,
	timeoutFactor: 2,
	reporters: ['clear-text', 'progress', 'json', 'html'],
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	thresholds: { high: 90, low: 80, break: null },
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
};
