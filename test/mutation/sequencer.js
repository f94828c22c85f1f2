// Jest's test sequencer for `npm run mutation` (stryker.jest.config.js): jest's own order, restricted to the
// files in STRYKER_TEST_FILES when test/mutation/jest-files-runner.mjs sets it for one mutant's run.
const Sequencer = require('@jest/test-sequencer').default;

module.exports = class MutationSequencer extends Sequencer {
	sort(tests) {
		const only = process.env.STRYKER_TEST_FILES ? new Set(JSON.parse(process.env.STRYKER_TEST_FILES)) : undefined;
		return super.sort(only ? tests.filter((t) => only.has(t.path)) : tests);
	}
};
