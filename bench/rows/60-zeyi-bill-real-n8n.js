'use strict';
// Node overhead in the real n8n of the e2e suite: one webhook call starts a workflow that splits N codes into
// items and pushes N Zeyi repair bills — through the Zeyi node, or through n8n's HTTP Request node with the
// Zeyi credential (the integrator's alternative) — vs the raw keep-alive loop from the bench process.
const { BILL_PARAMETERS, rawBillBody, rawZeyi } = require('../lib/zeyi');

const PATH = '/vehicle-service-api/maintenance/repairList';
const START = Date.parse('2026-05-01T09:00:00+08:00');
const END = Date.parse('2026-05-01T17:00:00+08:00');

const entry = (hookPath) => [
	{ name: 'Webhook', type: 'n8n-nodes-base.webhook', typeVersion: 2, webhookId: `bench-${hookPath}`, parameters: { httpMethod: 'POST', path: hookPath, responseMode: 'lastNode', responseData: 'allEntries', options: {} } },
	{ name: 'Split Out', type: 'n8n-nodes-base.splitOut', typeVersion: 1, parameters: { fieldToSplitOut: 'body.items', include: 'noOtherFields', options: {} } },
];
const chain = (...names) => Object.fromEntries(names.slice(0, -1).map((n, i) => [n, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]));

// The HTTP Request node sends the same bill; its JSON body has plain numbers (it cannot keep 1000.10's digits).
const HTTP_BODY = `={{ JSON.stringify({ code: $json.code, orderCode: $json.orderCode, discountedAmount: 100.05, totalAmount: 1000.10, paidAmount: 900.05, mileage: 121900, type: '大修', startTime: '${START}', completeTime: '${END}', fieldMaintainPictureUrl: ['https://img.example.com/a.jpg', 'https://img.example.com/b.jpg'], certificatePictureUrl: ['https://img.example.com/c.jpg'], mileagePictureUrl: ['https://img.example.com/d.jpg'], feeList: [{ name: '工时费', amount: 100.10, discountedAmount: 0 }, { name: '材料费', amount: 900.00, discountedAmount: 100.05 }], repairProjectList: [{ name: '机油滤芯', number: 2, unitPrice: 450.00, totalAmount: 900.00, projectType: 'materials' }] }) }}`;

module.exports = {
	id: 'zeyi-bill-real-n8n',
	title: 'Node overhead in a real n8n: Zeyi Push Bill node vs raw loop and vs the HTTP Request node',
	needs: ['n8n'],
	workflows: ({ sandbox }) => [
		{
			name: 'bench: Zeyi node pushes bills',
			nodes: [...entry('bench-zeyi-node'), { name: 'Zeyi', type: 'n8n-nodes-cn-enterprise.zeyi', typeVersion: 1, parameters: BILL_PARAMETERS, credentials: { zeyiApi: {} } }],
			connections: chain('Webhook', 'Split Out', 'Zeyi'),
		},
		{
			name: 'bench: HTTP Request node pushes bills',
			nodes: [
				...entry('bench-zeyi-http'),
				{
					name: 'HTTP Request',
					type: 'n8n-nodes-base.httpRequest',
					typeVersion: 4.2,
					parameters: { method: 'POST', url: `${sandbox.url}/zeyi${PATH}`, authentication: 'predefinedCredentialType', nodeCredentialType: 'zeyiApi', sendBody: true, contentType: 'json', specifyBody: 'json', jsonBody: HTTP_BODY, options: {} },
					credentials: { zeyiApi: {} },
				},
			],
			connections: chain('Webhook', 'Split Out', 'HTTP Request'),
		},
	],
	async run(ctx) {
		const n = ctx.pick({ quick: 200, full: 500 });
		const { n8n, version } = await ctx.n8n();
		const credential = (await ctx.sandbox()).credentials('zeyi');
		// The raw loop runs at the node's own concurrency for the operation; the HTTP Request node at its default.
		const concurrency = require('../../nodes/Zeyi/actions/repair/pushBill.operation.ts').concurrency ?? 1;
		const client = ctx.rawClient(credential.baseUrl, { concurrency });
		const raw = await rawZeyi(client, credential);
		let batch = 0;
		const codes = (side) => {
			const b = ++batch;
			return Array.from({ length: n }, (_, i) => ({ code: `BENCH-N8N-${side}${b}-${i}`, orderCode: `WO-${b}-${i}` }));
		};
		const viaWorkflow = (name, hookPath, ok) => ({
			name,
			async run() {
				const res = await n8n.webhook(hookPath, { items: codes(name[0].toUpperCase()) });
				const items = Array.isArray(res.body) ? res.body : [];
				if (res.status !== 200 || items.length !== n || !items.every(ok)) throw new Error(`${name}: HTTP ${res.status}, ${items.length} items: ${res.text.slice(0, 300)}`);
				return { ops: n };
			},
		});
		const node = viaWorkflow('node', 'bench-zeyi-node', (j) => j.success === true && j.duplicate === false);
		const httpNode = viaWorkflow('http request node', 'bench-zeyi-http', (j) => j.success === true);
		const rawSide = {
			name: 'raw',
			async run() {
				const list = codes('R');
				await ctx.loop(n, concurrency, (i) => raw(PATH, rawBillBody(list[i].code, list[i].orderCode)));
				return { ops: n };
			},
		};
		// Warm-up also fetches each workflow's token once (the credential starts without one).
		const vsRaw = await ctx.sideBySide({ a: node, b: rawSide });
		const vsHttp = await ctx.sideBySide({ a: node, b: httpNode });
		client.close();
		// How many requests each side had at the sandbox at once (from its log: arrival + duration), one more run each.
		const sandbox = await ctx.sandbox();
		const inFlight = async (side) => {
			await sandbox.clearLog();
			await side.run();
			const spans = (await sandbox.log('zeyi', PATH)).map((e) => [Date.parse(e.time), Date.parse(e.time) + Number(e.durationMs || 0)]);
			const edges = spans.flatMap(([a, b]) => [[a, 1], [b + 0.5, -1]]).sort((x, y) => x[0] - y[0]);
			let now = 0;
			let most = 0;
			for (const [, d] of edges) most = Math.max(most, (now += d));
			return most;
		};
		const nodeInFlight = await inFlight(node);
		const httpInFlight = await inFlight(httpNode);
		return [
			ctx.figure({ figure: `n8n ${version}: throughput node ÷ raw keep-alive loop (${n} bills per execution, concurrency ${concurrency})`, stats: vsRaw.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: `n8n ${version}: throughput node ÷ HTTP Request node with the Zeyi credential (both at their defaults)`, stats: vsHttp.throughput, unit: '×', goal: ['>=', 1] }),
			ctx.figure({ figure: 'requests at the vendor at once (sandbox log, one run each): Zeyi node / HTTP Request node', value: nodeInFlight, note: `HTTP Request node ${httpInFlight}` }),
		];
	},
};
