'use strict';
// What this package declares to n8n (package.json `n8n` section), read from the built dist/ files: the
// credential and node type names, which nodes are triggers / usable as AI tools, their icons and credentials.
// Used by `npm start` (which credentials to import) and the e2e suite (what must be registered).

const fs = require('node:fs');
const path = require('node:path');

// CN_E2E_PROJECT_ROOT points the demo/e2e machinery at another checkout (used to self-test the harness
// with a fixture project); by default it is this repository.
const REPO_ROOT = process.env.CN_E2E_PROJECT_ROOT ? path.resolve(process.env.CN_E2E_PROJECT_ROOT) : path.resolve(__dirname, '..', '..');
const PACKAGE_NAME = require(path.join(REPO_ROOT, 'package.json')).name;

/** Vendor key (sandbox/credentials.json, test/e2e/workflows/<vendor>) → credential type name. */
const VENDOR_CREDENTIAL_TYPES = {
	didi: 'didiEnterpriseApi',
	hose: 'hoseApi',
	zhenling: 'zhenlingApi',
	zhiguanche: 'zhiguancheApi',
	zeyi: 'zeyiApi',
};

function loadClass(file) {
	const mod = require(file);
	const base = path.basename(file).replace(/\.(node|credentials)\.js$/, '');
	const Cls = mod[base] || Object.values(mod).find((v) => typeof v === 'function');
	if (!Cls) throw new Error(`${file}: no exported class (expected ${base})`);
	return { Cls, className: base, exportedName: mod[base] ? base : null };
}

/**
 * @param {{root?: string}} opts root = a directory containing package.json and the built dist/
 * @returns {{name: string, version: string, credentials: Array<any>, nodes: Array<any>}}
 */
function packageInfo({ root = REPO_ROOT } = {}) {
	const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
	const section = pkg.n8n || {};
	const credentials = (section.credentials || []).map((rel) => {
		const file = path.join(root, rel);
		const { Cls, className, exportedName } = loadClass(file);
		const c = new Cls();
		return {
			file: rel,
			className,
			exportedName,
			name: c.name,
			displayName: c.displayName,
			icon: c.icon,
			hasAuthenticate: !!c.authenticate,
			hasPreAuthentication: typeof c.preAuthentication === 'function',
			test: c.test,
			properties: c.properties || [],
			vendor: Object.keys(VENDOR_CREDENTIAL_TYPES).find((v) => VENDOR_CREDENTIAL_TYPES[v] === c.name) || null,
		};
	});
	const nodes = [];
	for (const rel of section.nodes || []) {
		const file = path.join(root, rel);
		const { Cls, className, exportedName } = loadClass(file);
		const n = new Cls();
		// Versioned nodes expose `nodeVersions`; take the default version's description.
		const desc = n.description && n.description.properties ? n.description : n.nodeVersions ? n.nodeVersions[n.description.defaultVersion || Object.keys(n.nodeVersions).pop()].description : n.description;
		const base = n.description || desc;
		nodes.push({
			file: rel,
			className,
			exportedName,
			name: base.name,
			type: `${pkg.name}.${base.name}`,
			displayName: base.displayName,
			icon: base.icon || desc.icon,
			group: desc.group || base.group || [],
			isTrigger: (desc.group || base.group || []).includes('trigger') || /Trigger$/.test(base.name),
			usableAsTool: !!(desc.usableAsTool || base.usableAsTool),
			credentials: (desc.credentials || []).map((c) => c.name),
			webhooks: desc.webhooks || [],
			version: desc.version,
		});
	}
	return { name: pkg.name, version: pkg.version, credentials, nodes };
}

/** Icon file paths referenced by an `icon` value (string `file:x.svg` or `{light, dark}`), relative to dist. */
function iconFiles(icon) {
	if (!icon) return [];
	const vals = typeof icon === 'string' ? [icon] : Object.values(icon);
	return vals.filter((v) => typeof v === 'string' && v.startsWith('file:')).map((v) => v.slice(5));
}

module.exports = { REPO_ROOT, PACKAGE_NAME, VENDOR_CREDENTIAL_TYPES, packageInfo, iconFiles };
