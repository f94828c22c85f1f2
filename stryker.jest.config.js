// The jest configuration Stryker runs (`npm run mutation`): one flat project (Stryker's per-test coverage
// needs a single test environment) over the unit tests. Each mutant runs only the tests that executed it in
// the dry run (`coverageAnalysis: 'perTest'`), and jest loads only the files that hold them
// (test/mutation/sequencer.js, fed by test/mutation/jest-files-runner.mjs). With STRYKER_WORKFLOW=1 also the
// workflow tests of the pipeline, the credentials and the triggers (each file starts a sandbox and n8n-core:
// much slower).
const base = require('./jest.config.js');

const unit = base.projects.find((p) => p.displayName === 'unit');

module.exports = {
	...unit,
	displayName: undefined,
	testTimeout: base.testTimeout,
	testSequencer: '<rootDir>/test/mutation/sequencer.js',
	testMatch: [
		// STRYKER_TESTS narrows the tests to one folder below test/ (e.g. unit/common) for a quick run of one module.
		process.env.STRYKER_TESTS ? `<rootDir>/test/${process.env.STRYKER_TESTS}/**/*.test.js` : '<rootDir>/test/unit/**/*.test.js',
		// The triggers area always adds the workflow trigger tests: they drive the five trigger nodes' webhook()
		// through n8n-core, and most of the area is tested only there.
		...(process.env.MUTATION_AREA === 'triggers' && process.env.STRYKER_WORKFLOW !== '1'
			? ['<rootDir>/test/workflow/*/trigger*.test.js', '<rootDir>/test/workflow/zhiguanche/parse-event.test.js']
			: []),
		...(process.env.STRYKER_WORKFLOW === '1'
			? [
					'<rootDir>/test/workflow/common/**/*.test.js',
					'<rootDir>/test/workflow/credentials/**/*.test.js',
					'<rootDir>/test/workflow/*/trigger*.test.js',
					'<rootDir>/test/workflow/zhiguanche/parse-event.test.js',
				]
			: []),
	],
	// Documentation checks read docs/, which is not copied into Stryker's sandbox (and mutate nothing here).
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/unit/docs-images.test.js'],
};
