'use strict';
// Loads this package's TypeScript source in plain Node (what ts-jest does for the tests): each `.ts` file is
// transpiled once with the repository's compiler options, so the bench measures the code as it is now
// without a build step. The output is what `tsc` would emit for the file.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '../..');
const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
const compilerOptions = {
	...ts.convertCompilerOptionsFromJson(config.compilerOptions, ROOT).options,
	sourceMap: false,
	inlineSourceMap: true,
	declaration: false,
};

if (!require.extensions['.ts']) {
	require.extensions['.ts'] = (module, filename) => {
		const source = fs.readFileSync(filename, 'utf8');
		const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
		module._compile(outputText, filename);
	};
}

module.exports = { ROOT };
