// Loads this package's node and credential classes from TypeScript source (listed in package.json's `n8n`
// section), plus test fixtures, and serves them the way n8n's NodeTypes / CredentialTypes do.
const path = require('node:path');
const { NodeHelpers } = require('n8n-workflow');

const ROOT = path.resolve(__dirname, '../..');
const PACKAGE = require(path.join(ROOT, 'package.json'));
const PACKAGE_PREFIX = `${PACKAGE.name}.`;

const sourceOf = (distPath) =>
	path.join(ROOT, distPath.replace(/^dist\//, '').replace(/\.js$/, '.ts'));

// One process here: the wait of the cross-process refresh agreement (nodes/common/transport.ts) only delays
// these tests. test/unit/token-claim.test.js runs it across two module instances, the queue suite (test/queue)
// across real n8n workers.
require(path.join(ROOT, 'nodes/common/transport.ts')).crossProcessRefresh.settleMs = 0;

function instantiate(file) {
	const mod = require(file);
	const Class = Object.values(mod).find((value) => typeof value === 'function');
	if (!Class) throw new Error(`No class exported by ${file}`);
	return new Class();
}

function loadPackageNodes() {
	return (PACKAGE.n8n.nodes || []).map((p) => instantiate(sourceOf(p)));
}

function loadPackageCredentials() {
	return (PACKAGE.n8n.credentials || []).map((p) => instantiate(sourceOf(p)));
}

class NodeTypes {
	constructor(nodes, fixtures = {}) {
		this.types = new Map();
		for (const node of nodes) {
			const name = node.description
				? node.description.name
				: node.nodeVersions[node.currentVersion].description.name;
			this.types.set(PACKAGE_PREFIX + name, node);
		}
		for (const [type, node] of Object.entries(fixtures)) this.types.set(type, node);
	}

	getByName(type) {
		const node = this.types.get(type);
		if (!node) throw new Error(`Unknown node type "${type}"`);
		return node;
	}

	getByNameAndVersion(type, version) {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}

	getKnownTypes() {
		return {};
	}
}

class CredentialTypes {
	constructor(credentials) {
		this.types = new Map(credentials.map((c) => [c.name, c]));
	}

	getByName(name) {
		const type = this.types.get(name);
		if (!type) throw new Error(`Unknown credential type "${name}"`);
		return type;
	}

	getParentTypes(name) {
		const type = this.types.get(name);
		if (!type || !type.extends) return [];
		return type.extends.flatMap((parent) => [parent, ...this.getParentTypes(parent)]);
	}
}

module.exports = {
	PACKAGE,
	PACKAGE_PREFIX,
	ROOT,
	NodeTypes,
	CredentialTypes,
	loadPackageNodes,
	loadPackageCredentials,
	instantiate,
};
