#!/usr/bin/env node
// `npm run test:reliability [-- --full] [jest args]`: the reliability suite (test/reliability/), quick size by
// default (as in `npm test` and CI), the sizes with --full (RELIABILITY_FULL=1: 10,000 creates per
// vendor, 100 of each bad callback kind and 1,000 valid ones per trigger). Figures: the tables printed and
// test/reliability/results/<quick|full>.json. See docs/reliability.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const full = args.includes('--full');
const rest = args.filter((a) => a !== '--full');
const result = spawnSync(
	process.execPath,
	[path.join(root, 'node_modules/jest/bin/jest.js'), '--selectProjects', 'reliability', '--runInBand', '--forceExit', ...rest],
	{ cwd: root, stdio: 'inherit', env: { RELIABILITY_CALLBACKS_BOOT: '1', ...process.env, ...(full ? { RELIABILITY_FULL: '1' } : {}) } },
);
process.exit(result.status ?? 1);
