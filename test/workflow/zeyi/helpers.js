// Shared setup for the Zeyi workflow tests: the sandbox, the harness with the sandbox credential, the
// sandbox control API, and a receiver that forwards the sandbox's signed callbacks into the trigger.
const http = require('node:http');
const { logEntries } = require('../../helpers/sandbox-log');
const path = require('node:path');
const { createHarness } = require('../../helpers/workflow-harness');

const ROOT = path.join(__dirname, '..', '..', '..');
// ZEYI_SANDBOX_DIR points at another sandbox build (e.g. a work in progress); default: this repository's.
const SANDBOX_DIR = process.env.ZEYI_SANDBOX_DIR || path.join(ROOT, 'sandbox');
const { createSandbox } = require(path.join(SANDBOX_DIR, 'index.js'));
const SANDBOX_CREDENTIALS = require(path.join(SANDBOX_DIR, 'credentials.json'));

/** n8n-nodes-base.if (v2, string "equals" conditions) — the example workflow's only non-package node. */
class IfStandIn {
	constructor() {
		const { NodeConnectionTypes } = require('n8n-workflow');
		this.description = {
			displayName: 'If',
			name: 'if',
			group: ['transform'],
			version: [2],
			defaults: { name: 'If' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
			properties: [{ displayName: 'Conditions', name: 'conditions', type: 'json', default: {} }],
		};
	}

	/** @this {import('n8n-workflow').IExecuteFunctions} */
	async execute() {
		const yes = [];
		const no = [];
		this.getInputData().forEach((item, i) => {
			const conditions = /** @type {{ conditions?: Array<{ leftValue: unknown, rightValue: unknown }> }} */ (this.getNodeParameter('conditions', i, {}, { rawExpressions: false }));
			const ok = (conditions.conditions || []).every((c) => String(c.leftValue) === String(c.rightValue));
			(ok ? yes : no).push({ ...item, pairedItem: { item: i } });
		});
		return [yes, no];
	}
}

async function setup() {
	const sandbox = await createSandbox({ port: 0, seed: 1, tokenTtlSeconds: 3600 });
	const base = sandbox.url.replace(/\/+$/, '');
	const harness = createHarness({ extraNodes: { 'n8n-nodes-base.if': new IfStandIn() } });
	const data = { ...SANDBOX_CREDENTIALS.zeyi, baseUrl: `${base}/zeyi`, accessToken: '' };
	const credential = harness.credentials.set('zeyiApi', data, { id: 'zeyi-sandbox', name: 'Zeyi (sandbox)' });

	const control = async (method, route, body) => {
		const res = await fetch(`${base}/_sandbox${route}`, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = text;
		}
		if (!res.ok) throw new Error(`sandbox ${method} ${route} → ${res.status} ${text}`);
		return json;
	};
	/** Zeyi business calls the sandbox received (login excluded). */
	const calls = async () => {
		const log = await control('GET', '/log?vendor=zeyi');
		const entries = logEntries(log);
		return entries.filter((e) => (e.vendor === undefined || e.vendor === 'zeyi') && !/login\/password/.test(e.path || e.url || ''));
	};
	const state = async (collection) => control('GET', `/state/zeyi/${collection}`);

	const run = (parameters, items, settings) =>
		harness.runNode({ type: 'zeyi', name: 'Zeyi', parameters, items, credentials: { zeyiApi: credential }, settings });

	return { sandbox, base, harness, credential, control, calls, state, run, close: () => sandbox.close() };
}

/**
 * A receiver for the sandbox's emit: forwards the raw POST (bytes, headers, Zeyi's path) into the
 * trigger's webhook() through the harness and answers what the trigger answered.
 */
const WEBHOOK_BASE = '/webhook/5e7a1c00-0001-4b2a-9c61-0000000000a1';

async function receiver(harness, credential, { parameters = {}, workflowId = 'zeyi-trigger' } = {}) {
	const received = [];
	const paths = {
		'/vehicleRepair/repair': 'repair',
		'/vehicleMaintain/maintain': 'maintain',
		'/vehicleMaintainRepair/audit': 'audit',
		'/vehicleMaintainRepair/delete': 'delete',
		'/vehicleMaintainRepair/confirmPirce': 'confirmPrice',
	};
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', async () => {
			try {
				const url = new URL(req.url, 'http://x');
				const suffix = Object.keys(paths).find((p) => url.pathname.endsWith(p));
				if (!suffix) {
					res.writeHead(404).end();
					return;
				}
				const result = await harness.callWebhook({
					type: 'zeyiTrigger',
					webhookName: paths[suffix],
					parameters,
					credentials: { zeyiApi: credential },
					headers: req.headers,
					body: Buffer.concat(chunks),
					// as received: `<base>/<secret>/<Zeyi path>` for Shared Secret in Path
					requestPath: url.pathname,
					workflowId,
				});
				received.push({ path: url.pathname, ...result });
				const body = result.response.body;
				res.writeHead(result.response.status, { 'content-type': 'application/json' });
				res.end(body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body));
			} catch (error) {
				res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error && error.stack));
			}
		});
	});
	await new Promise((r) => server.listen(0, '127.0.0.1', () => r(undefined)));
	const url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}${WEBHOOK_BASE}`;
	return { url, received, close: () => new Promise((r) => server.close(r)) };
}

module.exports = { setup, receiver, IfStandIn };
