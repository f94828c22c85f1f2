#!/usr/bin/env node
// Verifies what `npm pack` would publish (and that `npm publish --dry-run` sends the same): only dist/, README,
// LICENSE, CHANGELOG and package.json; every node and
// credential listed in package.json's `n8n` section present with its icons, and a codex file per node.
// Then n8n's community-package scan on the source and on the packed tarball (scripts/scan-package.mjs).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = require(path.join(root, 'package.json'));
const [pack] = JSON.parse(
	execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
);
const files = new Set(pack.files.map((f) => f.path));
const problems = [];

for (const file of files) {
	if (!file.startsWith('dist/') && !['README.md', 'LICENSE', 'package.json', 'CHANGELOG.md'].includes(file)) {
		problems.push(`unexpected file in package: ${file}`);
	}
	if (/\/(sandbox|test|bench|scripts|examples)\//.test(file)) problems.push(`dev-only file in package: ${file}`);
}
for (const required of ['README.md', 'LICENSE', 'package.json', 'CHANGELOG.md']) {
	if (!files.has(required)) problems.push(`missing ${required}`);
}

// What `npm publish` would send is what `npm pack` packs (same file list and contents).
const published = Object.values(
	JSON.parse(execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
)[0];
const publishedFiles = (published.files || []).map((f) => `${f.path}:${f.size}`).sort();
const packedFiles = pack.files.map((f) => `${f.path}:${f.size}`).sort();
if (publishedFiles.join('\n') !== packedFiles.join('\n') || published.shasum !== pack.shasum) {
	const onlyPublished = publishedFiles.filter((f) => !packedFiles.includes(f));
	const onlyPacked = packedFiles.filter((f) => !publishedFiles.includes(f));
	problems.push(`npm publish --dry-run differs from npm pack: only published ${onlyPublished.join(', ') || '-'}; only packed ${onlyPacked.join(', ') || '-'}`);
}

const iconFiles = (icon) =>
	(typeof icon === 'string' ? [icon] : icon ? [icon.light, icon.dark] : [])
		.filter((i) => i && i.startsWith('file:'))
		.map((i) => i.slice('file:'.length));

function checkEntry(entry, kind) {
	if (!files.has(entry)) {
		problems.push(`${kind} listed but not packed: ${entry}`);
		return;
	}
	const mod = require(path.join(root, entry));
	const Class = Object.values(mod).find((v) => typeof v === 'function');
	const instance = new Class();
	const description = kind === 'node' ? instance.description : instance;
	const dir = path.dirname(entry);
	const icons = iconFiles(description.icon);
	if (kind === 'node' && icons.length < 2) problems.push(`${entry}: node needs light and dark icons`);
	for (const icon of icons) {
		const iconPath = path.posix.normalize(path.posix.join(dir, icon));
		if (!files.has(iconPath)) problems.push(`${entry}: icon ${iconPath} not packed`);
	}
	if (kind === 'node') {
		const codex = entry.replace(/\.js$/, '.json');
		if (!files.has(codex)) problems.push(`${entry}: codex ${codex} not packed`);
	}
}

for (const entry of pkg.n8n.nodes) checkEntry(entry, 'node');
for (const entry of pkg.n8n.credentials) checkEntry(entry, 'credential');
if (Object.keys(pkg.dependencies || {}).length > 0) problems.push('package has runtime dependencies');

// n8n's scan (what `npx @n8n/scan-community-package` lints), on the source and on the tarball itself.
const { scanPackage } = await import('./scan-package.mjs');
const scanned = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-enterprise-scan-'));
try {
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
	);
	const unpacked = path.join(tmp, 'package');
	execFileSync('tar', ['-xzf', path.join(tmp, packed.filename), '-C', tmp]);
	for (const [leg, dir] of [['source', root], ['tarball', unpacked]]) {
		const r = await scanPackage(dir, /** @type {'source' | 'tarball'} */ (leg));
		scanned.push(`${leg} ${r.files} files`);
		if (r.errors) problems.push(`n8n community-package scan (${leg}): ${r.errors} errors\n${r.report}`);
	}
} finally {
	fs.rmSync(tmp, { recursive: true, force: true });
}

if (problems.length) {
	console.error(problems.map((p) => `✗ ${p}`).join('\n'));
	process.exit(1);
}
console.log(
	`✓ ${files.size} files; ${pkg.n8n.nodes.length} nodes and ${pkg.n8n.credentials.length} credentials with icons and codex; npm publish sends what npm pack packs; n8n community-package scan clean (${scanned.join(', ')})`,
);
