'use strict';
// Triggers in the real n8n: requests per second answered 2xx through every trigger of the package (its checks —
// signature, timestamp, path secret or token —, replay memory, reply in the vendor's shape, a run started per
// call) vs n8n's plain Webhook node in the same n8n, with autocannon at the same concurrency. Every request is
// new (fresh notify_id / nonce / messageId / taskId, signed where the vendor signs), so replay protection never
// refuses one; refusals would show as non-2xx. Adding a trigger: one entry in TRIGGERS.
const crypto = require('node:crypto');
const autocannon = require('autocannon');
const { didiSign } = require('../lib/didi');
// ZhiGuanChe signs its event deliveries with the subscription's secret: the sandbox's own signing (the vendor's
// side of the contract, not the credential's code).
const { signEvent } = require('../../sandbox/vendors/zhiguanche/sign');

const DIDI_HOOK = '5b8e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4b01';
const ZEYI_HOOK = '5b8e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4b02';
const HOSE_HOOK = '5b8e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4b03';
const ZHENLING_HOOK = '5b8e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4b04';
const ZGC_HOOK = '5b8e1f0a-2c3d-4e5f-8a9b-0c1d2e3f4b05';
const HOSE_PATH_SECRET = 'bench-hose-path-secret-7d2c91e4';
const ZHENLING_TOKEN = 'bench-zhenling-callback-token';
const CONNECTIONS = 10;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until n8n has finished the executions the previous side started: none running or queued in its newest
 * ten, and the execution count unchanged over half a second (n8n answers onReceived webhooks before it runs and
 * saves their executions, so a side's last answer can leave dozens behind, which the next side then pays for).
 */
async function drained(n8n, timeoutMs = 60000) {
	const until = Date.now() + timeoutMs;
	let last;
	for (;;) {
		const r = await n8n.rest('GET', '/executions?limit=10').catch(() => undefined);
		const list = r ? (Array.isArray(r) ? r : r.results || []) : [];
		const count = r && !Array.isArray(r) ? r.count : list.length;
		const busy = list.some((e) => e.status === 'running' || e.status === 'new' || !e.stoppedAt);
		if ((!busy && count === last) || Date.now() > until) return;
		last = count;
		await sleep(500);
	}
}

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

/** Hose's outbound message (出站消息), unsigned as Hose documents: the path secret is the check. */
function hoseMessage() {
	const body = { flowId: `ID_bench${crypto.randomUUID()}`, nodeId: 'FLOW:1', action: 'backlog.approving', actionName: '待审批', state: 'approving', corporationId: 'bench-corp', userInfo: { id: 'bench-corp:staff-1', name: '张三' }, messageId: `msg-${crypto.randomUUID()}`, timestamp: Date.now() };
	return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** A Zhenling asynchronous result (unsigned; the shared token is in the URL). */
function zhenlingResult() {
	const body = { code: '0', subCode: 'SUCCESS', message: '处理成功', sourceSystem: 'OA', sourceCode: `OA-CP-${crypto.randomUUID()}`, data: { taskId: `T${crypto.randomUUID()}`, batchNo: `BATCH${Date.now()}`, api: 'saveCounterparty' } };
	return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** A ZhiGuanChe event delivery signed with the subscription's secret (HMAC of timestamp, nonce and body). */
function zhiguancheEvent(secret) {
	const body = JSON.stringify({ eventId: `evt-${crypto.randomUUID()}`, eventType: 'vehicle.returned', occurredAt: Date.now(), data: { requestId: '300001', vehicleId: '100001', plateNo: '京A12345', mileageKm: 86 } });
	const timestamp = String(Date.now());
	const nonce = crypto.randomBytes(8).toString('hex');
	return { headers: { 'content-type': 'application/json', 'X-Zgc-Timestamp': timestamp, 'X-Zgc-Nonce': nonce, 'X-Zgc-Signature': signEvent(secret, timestamp, nonce, body) }, body };
}

/**
 * Every trigger of the package: its workflow node, its webhook path, and `request(sandbox)` → a function making
 * one new, valid request (headers + body).
 */
const TRIGGERS = [
	{
		label: 'DiDi',
		node: { name: 'DiDi Enterprise Trigger', type: 'n8n-nodes-cn-enterprise.didiEnterpriseTrigger', typeVersion: 1, webhookId: DIDI_HOOK, parameters: { events: [], options: {} }, credentials: { didiEnterpriseApi: {} } },
		path: `/webhook/${DIDI_HOOK}/didi`,
		request: async (sandbox) => () => didiNotification(sandbox.credentials('didi')),
	},
	{
		label: 'Zeyi',
		node: { name: 'Zeyi Trigger', type: 'n8n-nodes-cn-enterprise.zeyiTrigger', typeVersion: 1, webhookId: ZEYI_HOOK, parameters: { events: ['repair'], respond: 'onReceived', options: {} }, credentials: { zeyiApi: {} } },
		path: `/webhook/${ZEYI_HOOK}/vehicleRepair/repair`,
		request: async (sandbox) => () => zeyiCallback(sandbox.credentials('zeyi')),
	},
	{
		label: 'Hose',
		node: { name: 'Hose Trigger', type: 'n8n-nodes-cn-enterprise.hoseTrigger', typeVersion: 1, webhookId: HOSE_HOOK, parameters: { verification: 'pathSecret', pathSecret: HOSE_PATH_SECRET, events: [], options: {} } },
		path: `/webhook/${HOSE_HOOK}/${HOSE_PATH_SECRET}`,
		request: async () => hoseMessage,
	},
	{
		label: 'Zhenling',
		node: { name: 'Zhenling Trigger', type: 'n8n-nodes-cn-enterprise.zhenlingTrigger', typeVersion: 1, webhookId: ZHENLING_HOOK, parameters: { authentication: 'token', sharedToken: ZHENLING_TOKEN, apis: [], status: 'all', options: {} } },
		path: `/webhook/${ZHENLING_HOOK}/zhenling?api=saveCounterparty&token=${ZHENLING_TOKEN}`,
		request: async () => zhenlingResult,
	},
	{
		label: 'ZhiGuanChe',
		node: { name: 'ZhiGuanChe Trigger', type: 'n8n-nodes-cn-enterprise.zhiguancheTrigger', typeVersion: 1, webhookId: ZGC_HOOK, parameters: { events: ['vehicle.returned'] }, credentials: { zhiguancheApi: {} } },
		path: `/webhook/${ZGC_HOOK}/zhiguanche`,
		// Activating the workflow subscribed this URL at the sandbox; its secret signs the deliveries.
		request: async (sandbox) => {
			const { records } = await sandbox.control('GET', '/state/zhiguanche/subscriptions');
			const sub = records.filter((r) => String(r.url || '').includes(ZGC_HOOK)).pop();
			if (!sub) throw new Error('no ZhiGuanChe subscription for the bench trigger (was the workflow activated?)');
			return () => zhiguancheEvent(sub.secret);
		},
	},
];

module.exports = {
	id: 'triggers-real-n8n',
	title: "Triggers in a real n8n: each trigger's requests per second vs n8n's Webhook node (autocannon)",
	needs: ['n8n'],
	workflows: () => [
		{ name: 'bench: plain webhook', nodes: [{ name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, webhookId: 'bench-plain-hook', parameters: { httpMethod: 'POST', path: 'bench-plain', responseMode: 'onReceived', options: {} } }], connections: {} },
		...TRIGGERS.map((t) => ({ name: `bench: ${t.label} trigger`, nodes: [t.node], connections: {} })),
	],
	async run(ctx) {
		// A fixed number of requests per side (not a fixed duration): the side's time is until the last answer, so
		// a side that answers slowly cannot end a round with nothing counted (a 0/s side made ratios of ∞).
		const amount = ctx.pick({ quick: 80, full: 400 });
		// An even number of rounds: sideBySide alternates which side goes first (A B, B A, …), and each order must
		// count equally often (with 3 rounds the trigger went first twice).
		const rounds = ctx.pick({ quick: 4, full: 6 });
		const { n8n, version } = await ctx.n8n();
		const sandbox = await ctx.sandbox();
		const target = (name, path, make) => ({
			name,
			// n8n saves every execution: let the previous side's backlog drain before measuring this one.
			before: async () => {
				await drained(n8n);
				await sleep(1000);
			},
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
		const plain = target('webhook', '/webhook/bench-plain', () => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: crypto.randomUUID() }) }));
		const refused = (r) => r.rounds.reduce((sum, x) => sum + x.a.non2xx + x.a.errors, 0);
		const figures = [];
		for (const trigger of TRIGGERS) {
			const make = await trigger.request(sandbox);
			// One valid call first: a trigger that refuses would otherwise look fast.
			const { headers, body } = make();
			const res = await n8n.request('POST', trigger.path, body, { headers });
			if (res.status < 200 || res.status > 299) throw new Error(`${trigger.label} trigger refused a valid call: ${res.status} ${res.text.slice(0, 200)}`);
			const result = await ctx.sideBySide({ rounds, a: target(`${trigger.label} trigger`, trigger.path, make), b: plain });
			figures.push(
				ctx.figure({ figure: `n8n ${version}: ${trigger.label} trigger 2xx/s ÷ Webhook node (${CONNECTIONS} connections, ${amount} requests per side)`, stats: result.throughput, unit: '×', goal: ['>=', 0.9] }),
				ctx.figure({ figure: `${trigger.label} trigger: non-2xx answers and errors, all rounds`, value: refused(result), goal: ['=', 0] }),
			);
		}
		return figures;
	},
};
