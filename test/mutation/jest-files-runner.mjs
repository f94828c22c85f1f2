// A Stryker test runner plugin (`testRunner: 'jest-files'` in stryker.config.mjs): Stryker's jest runner, with
// two changes to what a mutant's run loads. (1) Only the test FILES that hold the tests covering the mutant:
// the jest runner narrows a run to those tests by name (`testNamePattern`), yet jest still loads every test
// file to find the names — on this 2-core machine that was most of a mutant's 20–40 s. (2) Those files one at
// a time, the cheapest first (by their tests' time in the dry run), stopping at the first that kills the
// mutant — the bail Stryker asks for (`disableBail: false`), which jest cannot do across files. A mutant that
// survives has run every covering test, as before.
// The dry run records each test's file and time in a file in the sandbox, shared by all runner processes; a
// run passes its files to test/mutation/sequencer.js through STRYKER_TEST_FILES.
import fs from 'node:fs';
import path from 'node:path';
import { declareFactoryPlugin, PluginKind, commonTokens, tokens } from '@stryker-mutator/api/plugin';
import { strykerPlugins as jestPlugins } from '@stryker-mutator/jest-runner';

// In the sandbox (the runner processes' working directory), so areas run side by side do not share it.
const mapFile = () => path.resolve('.stryker-test-files.json');
const jest = jestPlugins.find((plugin) => plugin.name === 'jest');

class JestFilesRunner {
	constructor(inner) {
		this.inner = inner;
		this.tests = undefined;
	}
	init() {
		return this.inner.init?.();
	}
	capabilities() {
		return this.inner.capabilities();
	}
	async dryRun(options) {
		const result = await this.inner.dryRun(options);
		if (result.status === 'complete') {
			const tests = Object.fromEntries(result.tests.filter((t) => t.fileName).map((t) => [t.id, [t.fileName, t.timeSpentMs]]));
			fs.writeFileSync(mapFile(), JSON.stringify(tests));
		}
		return result;
	}
	/** The files of the covering tests, cheapest first; undefined when a test is not in the map (run all). */
	filesOf(testFilter) {
		this.tests ??= fs.existsSync(mapFile()) ? JSON.parse(fs.readFileSync(mapFile(), 'utf8')) : {};
		if (!testFilter?.length || !testFilter.every((id) => this.tests[id])) return undefined;
		const cost = new Map();
		for (const id of testFilter) {
			const [file, ms] = this.tests[id];
			cost.set(file, (cost.get(file) ?? 0) + ms);
		}
		return [...cost.keys()].sort((a, b) => cost.get(a) - cost.get(b));
	}
	async mutantRun(options) {
		const files = this.filesOf(options.testFilter);
		const groups = !files ? [undefined] : options.disableBail ? [files] : files.map((file) => [file]);
		let survived;
		try {
			for (const group of groups) {
				if (group) process.env.STRYKER_TEST_FILES = JSON.stringify(group);
				const result = await this.inner.mutantRun(options);
				if (result.status !== 'survived') return result;
				survived = survived ? { ...survived, nrOfTests: survived.nrOfTests + result.nrOfTests } : result;
			}
			return survived;
		} finally {
			delete process.env.STRYKER_TEST_FILES;
		}
	}
	dispose() {
		return this.inner.dispose?.();
	}
}

function jestFilesRunnerFactory(injector) {
	return new JestFilesRunner(injector.injectFunction(jest.factory));
}
jestFilesRunnerFactory.inject = tokens(commonTokens.injector);

export const strykerPlugins = [declareFactoryPlugin(PluginKind.TestRunner, 'jest-files', jestFilesRunnerFactory)];
