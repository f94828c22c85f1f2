// The jest configuration Stryker runs (`npm run mutation`): one flat project (Stryker's per-test coverage
// needs a single test environment). Default: the unit tests (pure, fast: a mutant costs seconds). With
// STRYKER_WORKFLOW=1 also the workflow tests of the pipeline, the credentials and the triggers (each file
// starts a sandbox and n8n-core: hours on 2 cores for the whole scope).
const base = require('./jest.config.js');

const unit = base.projects.find((p) => p.displayName === 'unit');

module.exports = {
	...unit,
	displayName: undefined,
	testTimeout: base.testTimeout,
	// STRYKER_TESTS narrows the tests to one folder below test/ (e.g. unit/common) for a quick run of one module.
	testMatch: [
		process.env.STRYKER_TESTS ? `<rootDir>/test/${process.env.STRYKER_TESTS}/**/*.test.js` : '<rootDir>/test/unit/**/*.test.js',
		...(process.env.STRYKER_WORKFLOW === '1'
			? [
					'<rootDir>/test/workflow/common/**/*.test.js',
					'<rootDir>/test/workflow/credentials/**/*.test.js',
					'<rootDir>/test/workflow/*/trigger*.test.js',
					'<rootDir>/test/workflow/zhiguanche/parse-event.test.js',
				]
			: []),
	],
};
