'use strict';
// A real n8n for the rows that need one (`needs: ['n8n']`): the e2e suite's instance (scripts/n8n/instance.js)
// with this package built, packed and installed as a community package, one credential per vendor pointing
// at the bench's sandbox, and every such row's `workflows` imported and published before n8n starts.
// BENCH_N8N_VERSION (2.41.1) and BENCH_N8N_PORT (5698) choose the instance.
const { createInstance, n8nId, packRepo } = require('../../scripts/n8n/instance.js');
const { VENDOR_CREDENTIAL_TYPES } = require('../../scripts/n8n/package-info.js');

async function bootN8n({ sandbox, rows, log }) {
	const version = process.env.BENCH_N8N_VERSION || '2.41.1';
	const port = Number(process.env.BENCH_N8N_PORT || 5698);
	const tarball = await packRepo({ build: true, log });
	const n8n = await createInstance({ version, port, log, env: { N8N_LOG_LEVEL: 'warn' } });
	try {
		await n8n.installPackage(tarball);
		const credentials = {};
		for (const [vendor, type] of Object.entries(VENDOR_CREDENTIAL_TYPES)) {
			credentials[type] = { id: n8nId(`bench:${type}`), name: `${vendor} (bench sandbox)`, type, data: sandbox.credentials(vendor) };
		}
		await n8n.importCredentials(Object.values(credentials));
		const workflows = [];
		for (const row of rows) {
			for (const workflow of (row.workflows && row.workflows({ sandbox })) || []) {
				const copy = JSON.parse(JSON.stringify(workflow));
				copy.id = n8nId(`bench:${copy.name}`);
				copy.settings = copy.settings || { executionOrder: 'v1' };
				for (const node of copy.nodes) {
					node.id = node.id || n8nId(`bench:${copy.name}:${node.name}`);
					node.position = node.position || [0, 0];
					for (const type of Object.keys(node.credentials || {})) node.credentials[type] = { id: credentials[type].id, name: credentials[type].name };
				}
				workflows.push(copy);
			}
		}
		if (workflows.length) await n8n.importWorkflows(workflows);
		await n8n.start();
		await n8n.setupOwner();
		if (workflows.length) await n8n.activateWorkflows(workflows.map((w) => w.id));
		log(`n8n ${version} on ${n8n.baseUrl} with ${workflows.length} bench workflow(s)`);
		return {
			n8n,
			version,
			url: n8n.baseUrl,
			async close() {
				await n8n.stop();
				n8n.cleanup();
			},
		};
	} catch (error) {
		await n8n.stop();
		throw error;
	}
}

module.exports = { bootN8n };
