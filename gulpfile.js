const path = require('path');
const { task, src, dest } = require('gulp');

// tsc emits only JavaScript: icons and codex files must be copied next to the compiled nodes/credentials.
task('build:assets', () =>
	src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest(path.resolve('dist'))),
);
