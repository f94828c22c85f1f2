#!/usr/bin/env node
// The JavaScript half of `npm run typecheck`: checks test/, sandbox/ and scripts/ (tsconfig.test.json) against
// the TypeScript they load. The TypeScript itself is checked strictly by `tsc -p tsconfig.json`; under this
// config's relaxed JavaScript settings it would report differently, so only findings in .js/.mjs files count.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ts = createRequire(import.meta.url)('typescript');

const configPath = path.join(root, 'tsconfig.test.json');
const read = ts.readConfigFile(configPath, ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath);
const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
const isJavaScript = (file) => /\.m?js$/.test(file.fileName) || file.fileName.includes('/test/types/');
const findings = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)].filter((d) => !d.file || isJavaScript(d.file));

const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
if (findings.length) {
	process.stderr.write(ts.formatDiagnostics(findings, host));
	process.stderr.write(`\n${findings.length} type error(s) in the JavaScript files (tsconfig.test.json)\n`);
	process.exit(1);
}
console.log(`typecheck: ${program.getSourceFiles().filter(isJavaScript).length} JavaScript files, no errors`);
