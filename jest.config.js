// Tests are JavaScript on purpose: the strict community-node lint checks every *.ts file in the repository
// (no `process`, timers or non-allowed imports), which test code legitimately needs. Product code is TypeScript,
// loaded from source through ts-jest.
const tsTransform = {
	'^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json', diagnostics: false }],
};

const project = (name, extra = {}) => ({
	setupFiles: ['<rootDir>/test/helpers/env.js'],
	// The whole-suite secret scan: every file's output and workflow runs (docs/reliability.md).
	setupFilesAfterEnv: ['<rootDir>/test/helpers/secret-scan.js'],
	displayName: name,
	testEnvironment: 'node',
	transform: tsTransform,
	moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
	testMatch: [`<rootDir>/test/${name}/**/*.test.js`],
	...extra,
});

module.exports = {
	// Workflow tests run real n8n-core executions against the sandbox; on a loaded 2-core machine a few take
	// longer than jest's 5 s default. Tests that need more set their own timeout.
	testTimeout: 30000,
	projects: [
		project('unit'),
		project('workflow'),
		project('sandbox'),
		project('e2e'),
		// n8n's queue mode (PostgreSQL, Redis, main + webhook processor + 2 workers): the e2e suite again, plus
		// what only queue mode can break. Skipped in one line without PostgreSQL/Redis (a failure under CI=true).
		project('queue'),
		project('editor'),
		project('reliability'),
	],
};
