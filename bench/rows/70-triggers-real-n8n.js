'use strict';
// Triggers in the real n8n: requests per second answered 2xx through the DiDi and Zeyi triggers (signature
// and timestamp checked, replay memory, reply in the vendor's shape, a run started per call) vs n8n's plain
// Webhook node in the same n8n, with autocannon at the same concurrency. Every request is freshly signed
// (new notify_id / nonce and code), so replay protection never refuses one; refusals would show as non-2xx.
const crypto = require('node:crypto');
const autocannon = require('autocannon');
const { didiSign } = require('../lib/didi');

const DIDI_HOOK = '5b8e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4b01';
const ZEYI_HOOK = '5b8e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4b02';
const CONNECTIONS = 10;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function didiNotification(credential) {
	const params = {
		notify_type: 'order.finished',
		notify_id: `ntf-${crypto.randomUUID()}`,
		company_id: credential.companyId,
		client_id: credential.clientId,
		timestamp: Math.floor(Date.now() / 1000),
		data: JSON.stringify({ order_id: `17${crypto.randomInt(1e9, 1e10 - 1)}${crypto.randomInt(1e8, 1e9 - 1)}`, status: 'finished', total_price: '35.20' }),
	};
	params.sign = didiSign(params, credential.signKey, credential.signMethod);
	return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) };
}

function zeyiCallback(credential) {
	const body = JSON.stringify({ code: `BENCH-T-${crypto.randomUUID()}`, licenseNumber: '鄂ARY348', driverName: '张三', mileage: 100000, repairProjectList: [{ name: '机油滤芯', number: 1 }] });
	const timestamp = String(Date.now());
	const nonce = crypto.randomBytes(3).toString('hex');
	const sign = crypto.createHash('md5').update(`${credential.appKey}${credential.appSecret}${timestamp}${nonce}${body}`, 'utf8').digest('hex');
	return { headers: { 'content-type': 'application/json', appKey: credential.appKey, timestamp, nonce, sign }, body };
}

module.exports = {
	id: 'triggers-real-n8n',
	title: "Triggers in a real n8n: DiDi / Zeyi trigger requests per second vs n8n's Webhook node (autocannon)",
	needs: ['n8n'],
	workflows: () => [
		{ name: 'bench: plain webhook', nodes: [{ name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, webhookId: 'bench-plain-hook', parameters: { httpMethod: 'POST', path: 'bench-plain', responseMode: 'onReceived', options: {} } }], connections: {} },
		{ name: 'bench: DiDi trigger', nodes: [{ name: 'DiDi Enterprise Trigger', type: 'n8n-nodes-cn-enterprise.didiEnterpriseTrigger', typeVersion: 1, webhookId: DIDI_HOOK, parameters: { events: [], options: {} }, credentials: { didiEnterpriseApi: {} } }], connections: {} },
		{ name: 'bench: Zeyi trigger', nodes: [{ name: 'Zeyi Trigger', type: 'n8n-nodes-cn-enterprise.zeyiTrigger', typeVersion: 1, webhookId: ZEYI_HOOK, parameters: { events: ['repair'], respond: 'onReceived', options: {} }, credentials: { zeyiApi: {} } }], connections: {} },
	],
	async run(ctx) {
		// A fixed number of requests per side (not a fixed duration): the side's time is until the last answer, so
		// a side that answers slowly cannot end a round with nothing counted (a 0/s side made ratios of ∞).
		const amount = ctx.pick({ quick: 80, full: 400 });
		const rounds = ctx.pick({ quick: 3, full: 5 });
		const { n8n, version } = await ctx.n8n();
		const sandbox = await ctx.sandbox();
		const didi = sandbox.credentials('didi');
		const zeyi = sandbox.credentials('zeyi');
		const target = (name, path, make) => ({
			name,
			// n8n saves every execution: let the previous side's backlog drain before measuring this one.
			before: () => sleep(2000),
			async run() {
				const result = await autocannon({
					url: `${n8n.baseUrl}${path}`,
					connections: CONNECTIONS,
					amount,
					timeout: 60,
					requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...make() }) }],
				});
				return { ops: result['2xx'], non2xx: result.non2xx, errors: result.errors + result.timeouts };
			},
		});
		// One valid call each first: a trigger that refuses would otherwise look fast.
		for (const [path, make] of [[`/webhook/${DIDI_HOOK}/didi`, () => didiNotification(didi)], [`/webhook/${ZEYI_HOOK}/vehicleRepair/repair`, () => zeyiCallback(zeyi)]]) {
			const { headers, body } = make();
			const res = await n8n.request('POST', path, body, { headers });
			if (res.status !== 200) throw new Error(`${path} refused a valid call: ${res.status} ${res.text.slice(0, 200)}`);
		}
		const plain = target('webhook', '/webhook/bench-plain', () => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: crypto.randomUUID() }) }));
		const didiSide = await ctx.sideBySide({ rounds, a: target('didi trigger', `/webhook/${DIDI_HOOK}/didi`, () => didiNotification(didi)), b: plain });
		const zeyiSide = await ctx.sideBySide({ rounds, a: target('zeyi trigger', `/webhook/${ZEYI_HOOK}/vehicleRepair/repair`, () => zeyiCallback(zeyi)), b: plain });
		const refused = (r) => r.rounds.reduce((sum, x) => sum + x.a.non2xx + x.a.errors, 0);
		return [
			ctx.figure({ figure: `n8n ${version}: DiDi trigger 2xx/s ÷ Webhook node (${CONNECTIONS} connections, ${amount} requests per side)`, stats: didiSide.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'DiDi trigger: non-2xx answers and errors, all rounds', value: refused(didiSide), goal: ['=', 0] }),
			ctx.figure({ figure: `n8n ${version}: Zeyi trigger 2xx/s ÷ Webhook node`, stats: zeyiSide.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'Zeyi trigger: non-2xx answers and errors, all rounds', value: refused(zeyiSide), goal: ['=', 0] }),
		];
	},
};
