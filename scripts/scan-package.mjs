#!/usr/bin/env node
// n8n's community-package scan (`npx @n8n/scan-community-package <name>`, 0.32.0) run on this package before
// it is published. The scanner only takes a package name from the npm registry; its checks are ESLint with the
// config below (copied from its scanner/buildScanConfig) in two legs: the source (package.json and
// nodes/ + credentials/ *.ts) and the packed tarball (its .js files and package.json). Its third check —
// npm provenance, and linting the attested GitHub commit — needs a published version: publish from CI with
// `npm publish --provenance` (docs/publishing.md). The plugins are the ones `n8n-node lint` installs
// (@n8n/node-cli), so this adds no dependency.
//
//   node scripts/scan-package.mjs <package dir> [source|tarball]     exit 1 and the ESLint report on a violation
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// typescript-eslint as @n8n/node-cli resolves it (n8n-node lint's parser)
const cliRequire = createRequire(path.join(root, 'node_modules/@n8n/node-cli/package.json'));

/** The scanner's file sets: the source leg and the tarball leg. */
export const LEGS = {
	source: ['package.json', '{nodes,credentials}/**/*.{js,ts,json}'],
	tarball: ['**/*.js', 'package.json'],
};

async function scanConfig() {
	// eslint-plugin-n8n-nodes-base reads NODE_ENV=test (jest sets it) as its own test run and then looks for
	// its fixtures' file names instead of package.json: the scanner never runs so.
	if (process.env.NODE_ENV === 'test') delete process.env.NODE_ENV;
	const { defineConfig } = await import(pathToFileURL(require.resolve('eslint/config')).href);
	const { n8nCommunityNodesPlugin } = await import('@n8n/eslint-plugin-community-nodes');
	const n8nNodesPlugin = require('eslint-plugin-n8n-nodes-base');
	const parser = cliRequire('typescript-eslint').parser;
	return defineConfig(
		n8nCommunityNodesPlugin.configs.recommended,
		{ rules: { 'no-console': 'error' } },
		{ plugins: { 'n8n-nodes-base': n8nNodesPlugin } },
		{ files: ['package.json'], rules: { ...n8nNodesPlugin.configs.community.rules } },
		{
			files: ['**/credentials/**/*.ts'],
			rules: {
				...n8nNodesPlugin.configs.credentials.rules,
				'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
				'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
			},
		},
		{
			files: ['**/nodes/**/*.ts'],
			rules: {
				...n8nNodesPlugin.configs.nodes.rules,
				'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
				'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
				'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
			},
		},
		{ files: ['**/*.json'], languageOptions: { parser } },
		{ files: ['**/*.ts'], languageOptions: { parser } },
	);
}

/**
 * Lint `dir` as the scanner does for one leg. Returns { files, errors, report }.
 * @param {string} dir
 * @param {keyof typeof LEGS} leg
 */
export async function scanPackage(dir, leg) {
	const { ESLint } = require('eslint');
	const glob = require('fast-glob');
	const files = glob.sync(LEGS[leg], { cwd: dir, absolute: true, ignore: ['node_modules/**', '**/package-lock.json'] });
	if (!files.length) throw new Error(`scan (${leg}): no files in ${dir}`);
	const eslint = new ESLint({ cwd: dir, allowInlineConfig: false, overrideConfigFile: true, overrideConfig: await scanConfig() });
	const results = await eslint.lintFiles(files);
	const errors = results.reduce((n, r) => n + r.errorCount, 0);
	const report = errors ? await (await eslint.loadFormatter('stylish')).format(results) : '';
	return { files: files.length, errors, report };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [dir, leg = 'tarball'] = process.argv.slice(2);
	if (!dir || !(leg in LEGS)) {
		console.error('usage: node scripts/scan-package.mjs <package dir> [source|tarball]');
		process.exit(2);
	}
	const r = await scanPackage(path.resolve(dir), /** @type {keyof typeof LEGS} */ (leg));
	if (r.errors) {
		console.error(`✗ n8n community-package scan (${leg}): ${r.errors} errors in ${r.files} files\n${r.report}`);
		process.exit(1);
	}
	console.log(`✓ n8n community-package scan (${leg}): ${r.files} files, no violations`);
}
