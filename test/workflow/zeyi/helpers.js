// Shared setup for the Zeyi workflow tests: the sandbox, the harness with the sandbox credential, the
// sandbox control API, and a receiver that forwards the sandbox's signed callbacks into the trigger.
const path = require('node:path');
const { startVendorSandbox, webhookRelay } = require('../../helpers/vendor-sandbox');

const ROOT = path.join(__dirname, '..', '..', '..');
// ZEYI_SANDBOX_DIR points at another sandbox build (e.g. a work in progress); default: this repository's.
const SANDBOX_DIR = process.env.ZEYI_SANDBOX_DIR || path.join(ROOT, 'sandbox');

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
	const env = await startVendorSandbox({
		vendor: 'zeyi',
		credentialType: 'zeyiApi',
		credentialRef: { id: 'zeyi-sandbox', name: 'Zeyi (sandbox)' },
		nodeType: 'zeyi',
		nodeName: 'Zeyi',
		tokenPath: /login\/password/,
		harnessOptions: { extraNodes: { 'n8n-nodes-base.if': new IfStandIn() } },
		sandboxDir: SANDBOX_DIR,
	});
	const { sandbox, base, harness, credential, control, calls, run } = env;
	const state = async (collection) => control('GET', `/state/zeyi/${collection}`);
	return { sandbox, base, harness, credential, control, calls, state, run, close: env.close };
}

/**
 * A receiver for the sandbox's emit: forwards the raw POST (bytes, headers, Zeyi's path) into the
 * trigger's webhook() through the harness and answers what the trigger answered.
 */
const WEBHOOK_BASE = '/webhook/5e7a1c00-0001-4b2a-9c61-0000000000a1';

async function receiver(harness, credential, { parameters = {}, workflowId = 'zeyi-trigger' } = {}) {
	const paths = {
		'/vehicleRepair/repair': 'repair',
		'/vehicleMaintain/maintain': 'maintain',
		'/vehicleMaintainRepair/audit': 'audit',
		'/vehicleMaintainRepair/delete': 'delete',
		'/vehicleMaintainRepair/confirmPirce': 'confirmPrice',
	};
	const suffixOf = (url) => Object.keys(paths).find((p) => url.pathname.endsWith(p));
	const relay = await webhookRelay(
		harness,
		({ url, headers, body }) =>
			suffixOf(url) && {
				type: 'zeyiTrigger',
				webhookName: paths[suffixOf(url)],
				parameters,
				credentials: { zeyiApi: credential },
				headers,
				body,
				// as received: `<base>/<secret>/<Zeyi path>` for Shared Secret in Path
				requestPath: url.pathname,
				workflowId,
			},
		{ path: WEBHOOK_BASE, onResult: (result, url) => ({ path: url.pathname, ...result }) },
	);
	return { url: relay.url, received: relay.received, close: relay.close };
}

module.exports = { setup, receiver, IfStandIn };
