'use strict';
// Node overhead, in-process: N Zeyi repair bills pushed through the Zeyi node in a real workflow (n8n-core's
// engine, test/helpers/workflow-harness.js) vs the same N signed requests from (1) a raw keep-alive
// node:http loop and (2) the same loop sending through n8n-core's HTTP helper — what any node's requests go
// through. All at concurrency 1 (the cost per request; `independent-items` measures the default concurrency),
// against the sandbox in its own process.
const { BILL_PARAMETERS, rawBillBody, rawZeyi } = require('../lib/zeyi');
const minimal = require('../lib/minimal-node');

const PATH = '/vehicle-service-api/maintenance/repairList';

module.exports = {
	id: 'zeyi-bill-overhead',
	title: 'Node overhead: Zeyi repair Push Bill through n8n-core in-process vs raw loops',
	async run(ctx) {
		const n = ctx.pick({ quick: 200, full: 500 });
		const credential = (await ctx.sandbox()).credentials('zeyi');
		const harness = ctx.harness({ extraNodes: minimal.extraNodes() });
		const ref = harness.credentials.set('zeyiApi', { ...credential, accessToken: '' }, { id: 'bench-zeyi' });
		const operation = require('../../nodes/Zeyi/actions/repair/pushBill.operation.ts');
		const concurrency = 1;
		const client = ctx.rawClient(credential.baseUrl, { concurrency });
		const raw = await rawZeyi(client, credential);
		const viaHelper = await rawZeyi(ctx.n8nCoreClient(credential.baseUrl), credential);
		// The second baseline: the raw loop opening a new connection per request, as n8n-core's helper does.
		const fresh = ctx.rawClient(credential.baseUrl, { concurrency });
		const rawFresh = await rawZeyi({ request: (o) => fresh.request({ ...o, headers: { ...o.headers, connection: 'close' } }) }, credential);
		let batch = 0;
		const codes = (side) => {
			const b = ++batch;
			return Array.from({ length: n }, (_, i) => ({ code: `BENCH-${side}-${b}-${i}`, orderCode: `WO-${b}-${i}` }));
		};
		const node = {
			name: 'node',
			async run() {
				const items = codes('N').map((json) => ({ json }));
				const declared = Object.getOwnPropertyDescriptor(operation, 'concurrency');
				operation.concurrency = concurrency;
				let run;
				try {
					run = await harness.runNode({ type: 'zeyi', name: 'Zeyi', parameters: BILL_PARAMETERS, items, credentials: { zeyiApi: ref } });
				} finally {
					if (declared) Object.defineProperty(operation, 'concurrency', declared);
					else delete operation.concurrency;
				}
				if (run.error) throw run.error;
				const out = run.json('Zeyi');
				if (out.length !== n || out.some((j) => j.success !== true || j.duplicate !== false)) throw new Error('node pushes did not all succeed');
				return { ops: n };
			},
		};
		// The least a node can do (bench/lib/minimal-node.js): the same expressions and requests, nothing of ours.
		const least = {
			name: 'minimal node',
			async run() {
				const items = codes('M').map((json) => ({ json }));
				const parameters = { url: `${credential.baseUrl}${PATH}`, code: BILL_PARAMETERS.code, orderCode: BILL_PARAMETERS.orderCode };
				const run = await harness.runWorkflow({ nodes: [{ name: 'Minimal', type: minimal.TYPE, parameters, credentials: { zeyiApi: ref } }] }, { items });
				if (run.error) throw run.error;
				if (run.json('Minimal').length !== n) throw new Error('minimal node pushes did not all succeed');
				return { ops: n };
			},
		};
		const loopOf = (name, post) => ({
			name,
			async run() {
				const list = codes(name[0].toUpperCase());
				await ctx.loop(n, concurrency, (i) => post(PATH, rawBillBody(list[i].code, list[i].orderCode)));
				return { ops: n };
			},
		});
		const vsRaw = await ctx.sideBySide({ a: node, b: loopOf('raw', raw) });
		const vsFresh = await ctx.sideBySide({ a: node, b: loopOf('fresh', rawFresh) });
		const vsHelper = await ctx.sideBySide({ a: node, b: loopOf('helper', viaHelper) });
		const vsLeast = await ctx.sideBySide({ a: node, b: least });
		const leastVsHelper = await ctx.sideBySide({ a: least, b: loopOf('helper', viaHelper) });
		client.close();
		fresh.close();
		const label = `${n} bills, concurrency ${concurrency}`;
		return [
			ctx.figure({ figure: `throughput node ÷ raw keep-alive loop (${label})`, stats: vsRaw.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'CPU per bill in this process, node ÷ raw keep-alive loop', stats: vsRaw.cpu, unit: '×' }),
			ctx.figure({ figure: 'throughput node ÷ raw loop with a new connection per request (no keep-alive, as n8n-core sends)', stats: vsFresh.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'CPU per bill, node ÷ raw loop without keep-alive', stats: vsFresh.cpu, unit: '×' }),
			ctx.figure({ figure: "throughput node ÷ the same loop through n8n-core's HTTP helper", stats: vsHelper.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: "CPU per bill, node ÷ loop through n8n-core's HTTP helper", stats: vsHelper.cpu, unit: '×' }),
			ctx.figure({ figure: "throughput node ÷ the minimal node (same expressions, httpRequestWithAuthentication per item, nothing else): the node's own cost", stats: vsLeast.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'CPU per bill, node ÷ minimal node', stats: vsLeast.cpu, unit: '×' }),
			ctx.figure({ figure: "throughput minimal node ÷ loop through n8n-core's helper: n8n-core's engine, expressions, credential read + authenticate (the cap of the helper-loop figure)", stats: leastVsHelper.throughput, unit: '×' }),
			ctx.figure({ figure: "CPU per bill, minimal node ÷ loop through n8n-core's helper", stats: leastVsHelper.cpu, unit: '×' }),
		];
	},
};
