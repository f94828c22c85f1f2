'use strict';
// scripts/scan-package.mjs — n8n's community-package scan that check-pack runs on the source and the tarball —
// passes a clean package and fails, naming the rule, on what the n8n scanner refuses: a console call in the
// shipped code, a package.json without the community-node keyword.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'scan-package.mjs');

/** A package folder like the tarball: our package.json (changed by `edit`) and one compiled node file. */
function fixture(/** @type {(pkg: any) => void} */ edit, /** @type {string} */ code) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-fixture-'));
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	edit(pkg);
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
	fs.mkdirSync(path.join(dir, 'dist', 'nodes', 'X'), { recursive: true });
	fs.writeFileSync(path.join(dir, 'dist', 'nodes', 'X', 'X.node.js'), code);
	return dir;
}

function scan(/** @type {string} */ dir) {
	try {
		return spawnSync(process.execPath, [SCRIPT, dir, 'tarball'], { cwd: ROOT, encoding: 'utf8', timeout: 170000 });
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const clean = "'use strict';\nObject.defineProperty(exports, '__esModule', { value: true });\nexports.answer = 42;\n";

describe('the n8n community-package scan (scripts/scan-package.mjs)', () => {
	test('a clean package passes', () => {
		const r = scan(fixture(() => {}, clean));
		expect(r.stderr).toBe('');
		expect(r.stdout).toMatch(/✓ n8n community-package scan \(tarball\): 2 files, no violations/);
		expect(r.status).toBe(0);
	}, 180000);

	test('a console call in the shipped code fails with no-console', () => {
		const r = scan(fixture(() => {}, `${clean}console.log('debug');\n`));
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/X\.node\.js[\s\S]*no-console/);
	}, 180000);

	test('a package.json without the n8n-community-node-package keyword fails', () => {
		const r = scan(
			fixture((pkg) => {
				pkg.keywords = pkg.keywords.filter((/** @type {string} */ k) => k !== 'n8n-community-node-package');
			}, clean),
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/package\.json[\s\S]*community-package-json-keywords/);
	}, 180000);
});
