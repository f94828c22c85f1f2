'use strict';
// One call that brings up what `npm start` and the e2e suite need: the vendor sandbox, a real n8n of a given
// version with this package installed as a community package, a credential per vendor pointing at the
// sandbox, the given workflows imported (credential references mapped to the imported ids) and the trigger
// workflows published, and a signed-in owner session.

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { createInstance, n8nId, DEFAULT_OWNER, throwIfAborted } = require('./instance.js');
const { REPO_ROOT, PACKAGE_NAME, VENDOR_CREDENTIAL_TYPES, packageInfo } = require('./package-info.js');

const SANDBOX_DIR = path.join(REPO_ROOT, 'sandbox');

/**
 * Start the vendor sandbox in this process (sandbox/index.js → createSandbox({port})).
 * Returns { url, close() } whatever the exact shape createSandbox returns.
 */
/** @param {{ port?: number, log?: (message: string) => void }} [options] */
async function startSandbox({ port = 8787, log = () => {} } = {}) {
	const entry = path.join(SANDBOX_DIR, 'index.js');
	if (!fs.existsSync(entry)) throw new Error(`the vendor sandbox is not there yet (${entry})`);
	const mod = require(entry);
	const create = mod.createSandbox || (mod.default && mod.default.createSandbox);
	if (typeof create !== 'function') throw new Error(`${entry} does not export createSandbox`);
	let sb = await create({ port, host: '127.0.0.1', logger: false, quiet: true });
	// Accept a started server ({url|port, close}) or one that still has to listen.
	if (sb && typeof sb.start === 'function' && !sb.url && !sb.port) sb = (await sb.start()) || sb;
	else if (sb && typeof sb.listen === 'function' && !sb.url && !(sb.server && sb.server.listening)) await sb.listen({ port, host: '127.0.0.1' });
	let url = sb && (sb.url || sb.baseUrl);
	if (!url) {
		const addr = sb && sb.server && typeof sb.server.address === 'function' ? sb.server.address() : null;
		url = `http://127.0.0.1:${(addr && addr.port) || (sb && sb.port) || port}`;
	}
	url = String(url).replace(/\/$/, '').replace('://localhost:', '://127.0.0.1:');
	const close = async () => {
		if (!sb) return;
		if (typeof sb.close === 'function') await sb.close();
		else if (typeof sb.stop === 'function') await sb.stop();
		else if (sb.server && typeof sb.server.close === 'function') await new Promise((r) => sb.server.close(() => r()));
	};
	log(`sandbox on ${url}`);
	return { url, close, raw: sb };
}

/** sandbox/credentials.json, with URLs re-pointed at the running sandbox. Keyed by vendor. */
function sandboxCredentials(sandboxUrl) {
	const file = path.join(SANDBOX_DIR, 'credentials.json');
	if (!fs.existsSync(file)) return {};
	const all = JSON.parse(fs.readFileSync(file, 'utf8'));
	const out = {};
	for (const [vendor, fields] of Object.entries(all)) {
		if (!fields || typeof fields !== 'object') continue;
		const data = {};
		for (const [k, v] of Object.entries(fields)) {
			data[k] = typeof v === 'string' ? v.replace(/^https?:\/\/(127\.0\.0\.1|localhost|0\.0\.0\.0):\d+/, sandboxUrl) : v;
		}
		if (!data.baseUrl) data.baseUrl = `${sandboxUrl}/${vendor}`;
		out[vendor] = data;
	}
	return out;
}

/** Node types that start a workflow when published (vendor triggers, webhooks). */
function isLiveTrigger(node) {
	return (
		node.type === 'n8n-nodes-base.webhook' ||
		node.type === 'n8n-nodes-base.formTrigger' ||
		(node.type.startsWith(`${PACKAGE_NAME}.`) && /Trigger$/.test(node.type))
	);
}

const MANUAL_TRIGGERS = new Set([
	'n8n-nodes-base.manualTrigger',
	'n8n-nodes-base.scheduleTrigger',
	'n8n-nodes-base.cron',
	'n8n-nodes-base.interval',
	'n8n-nodes-base.executeWorkflowTrigger',
]);

/**
 * A copy of `workflow` whose manual/schedule trigger is replaced by a Webhook node (same name, so the
 * connections stay) answering with the last node's items: makes any example runnable over HTTP.
 * Returns null when the workflow has no such trigger.
 */
function webhookFronted(workflow, webhookPath) {
	const idx = (workflow.nodes || []).findIndex((n) => MANUAL_TRIGGERS.has(n.type));
	if (idx < 0) return null;
	const copy = JSON.parse(JSON.stringify(workflow));
	const old = copy.nodes[idx];
	copy.nodes[idx] = {
		id: old.id || crypto.randomUUID(),
		name: old.name,
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		position: old.position || [0, 0],
		webhookId: crypto.randomUUID(),
		parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'lastNode', responseData: 'allEntries', options: {} },
	};
	return copy;
}

/** Point every credential reference at the imported credential of that type (by id and name). */
function mapCredentials(workflow, credentialsByType) {
	const copy = JSON.parse(JSON.stringify(workflow));
	const missing = [];
	for (const node of copy.nodes || []) {
		for (const type of Object.keys(node.credentials || {})) {
			const c = credentialsByType[type];
			if (c) node.credentials[type] = { id: c.id, name: c.name };
			else missing.push(`${node.name}: ${type}`);
		}
	}
	return { workflow: copy, missing };
}

/** examples/*.json (skips *.e2e.json sidecars and non-workflow JSON). */
function exampleWorkflows() {
	const dir = path.join(REPO_ROOT, 'examples');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json') && !f.endsWith('.e2e.json'))
		.sort()
		.map((f) => ({ file: path.join(dir, f), workflow: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }))
		.filter((w) => Array.isArray(w.workflow.nodes));
}

/**
 * Bring everything up. Options:
 *   version, port, sandboxPort (null = no sandbox), tarball (packed package; required),
 *   workflows: [{ workflow, publish?: boolean }], owner, log, env (extra n8n env),
 *   signal (AbortSignal: aborting it stops what has started so far — n8n, a running CLI import, the sandbox —
 *   removes n8n's user folder, and rejects)
 * Returns { n8n, sandbox, credentials: {vendor: {id,name,type,data}}, credentialsByType, workflows: [...],
 *           stop() }
 */
/**
 * @param {{ version?: string, port?: number, sandboxPort?: number | null, tarball?: string, workflows?: any[], owner?: { email: string, firstName: string, lastName: string, password: string },
 *   log?: (message: string) => void, env?: Record<string, string>, activateVia?: string, signal?: AbortSignal,
 *   extraCredentials?: Array<{ type: string, name?: string, data: Record<string, unknown> }> }} [options]
 */
async function bootEnvironment({
	version = '2.41.1',
	port = 5678,
	sandboxPort = 8787,
	tarball,
	workflows = [],
	owner = DEFAULT_OWNER,
	log = (m) => process.stderr.write(`${m}\n`),
	env,
	activateVia = 'rest',
	signal,
	extraCredentials = [],
} = {}) {
	if (!tarball) throw new Error('bootEnvironment: tarball is required (packRepo())');
	const started = [];
	const stop = async () => {
		for (const s of started.reverse()) {
			try {
				await s();
			} catch (e) {
				log(`stop: ${e.message}`);
			}
		}
		started.length = 0;
	};
	try {
		const sandbox = sandboxPort === null ? null : await startSandbox({ port: sandboxPort, log });
		if (sandbox) started.push(() => sandbox.close());
		throwIfAborted(signal);

		const n8n = await createInstance({ version, port, log, env, signal });
		started.push(async () => {
			await n8n.stop();
			if (!process.env.E2E_KEEP) n8n.cleanup();
		});
		await n8n.installPackage(tarball);
		throwIfAborted(signal);

		// Credentials: one per vendor whose credential type this package ships.
		const info = packageInfo();
		const shipped = new Set(info.credentials.map((c) => c.name));
		const vendorData = sandbox ? sandboxCredentials(sandbox.url) : {};
		const toImport = [];
		for (const [vendor, data] of Object.entries(vendorData)) {
			const type = VENDOR_CREDENTIAL_TYPES[vendor];
			if (!type || !shipped.has(type)) continue;
			toImport.push({ id: n8nId(`cred:${type}`), name: `${vendor} (sandbox)`, type, data, vendor });
		}
		// Credentials of services beside the sandbox (e.g. n8n's own RabbitMQ credential), keyed by type only.
		for (const c of extraCredentials) toImport.push({ id: n8nId(`cred:${c.type}`), name: c.name || c.type, type: c.type, data: c.data, vendor: undefined });
		const credentials = {};
		const credentialsByType = {};
		if (toImport.length) {
			await n8n.importCredentials(toImport.map(({ vendor, ...c }) => c));
			for (const c of toImport) {
				if (c.vendor) credentials[c.vendor] = c;
				credentialsByType[c.type] = c;
			}
			log(`imported ${toImport.length} credential(s): ${toImport.map((c) => c.type).join(', ')}`);
		}
		throwIfAborted(signal);

		// Workflows.
		const prepared = [];
		for (const w of workflows) {
			const { workflow, missing } = mapCredentials(w.workflow, credentialsByType);
			workflow.id = workflow.id || n8nId(`wf:${workflow.name}:${prepared.length}`);
			const publish = w.publish !== undefined ? w.publish : (workflow.nodes || []).some(isLiveTrigger);
			prepared.push({ ...w, workflow, publish, missingCredentials: missing });
		}
		if (prepared.length) {
			await n8n.importWorkflows(prepared.map((p) => p.workflow));
			log(`imported ${prepared.length} workflow(s)`);
		}
		const toPublish = prepared.filter((p) => p.publish).map((p) => p.workflow.id);
		if (toPublish.length && activateVia === 'cli') await n8n.publishWorkflows(toPublish);
		throwIfAborted(signal);

		await n8n.start();
		throwIfAborted(signal);
		await n8n.setupOwner(owner);
		throwIfAborted(signal);
		if (toPublish.length && activateVia !== 'cli') await n8n.activateWorkflows(toPublish);
		if (toPublish.length) log(`published ${toPublish.length} workflow(s)`);
		throwIfAborted(signal);

		return { n8n, sandbox, credentials, credentialsByType, workflows: prepared, info, stop };
	} catch (e) {
		await stop();
		throw e;
	}
}

module.exports = {
	SANDBOX_DIR,
	startSandbox,
	sandboxCredentials,
	isLiveTrigger,
	webhookFronted,
	mapCredentials,
	exampleWorkflows,
	bootEnvironment,
};
