'use strict';
// Independent items: Zeyi bills of different codes are independent writes the vendor accepts concurrently.
// The node's default concurrency for the operation and its speedup over concurrency 1 (the user should not
// have to tune anything), next to what a raw loop gains from the same concurrency. The sandbox answers every
// call after LATENCY_MS (a vendor across the internet; on loopback concurrency would only share the CPU).
const { BILL_PARAMETERS, rawBillBody, rawZeyi } = require('../lib/zeyi');

const PATH = '/vehicle-service-api/maintenance/repairList';
const RAW_CONCURRENCY = 4;
const LATENCY_MS = 25;

module.exports = {
	id: 'independent-items',
	title: 'Independent items: Zeyi Push Bill default concurrency and its speedup over 1',
	async run(ctx) {
		const n = ctx.pick({ quick: 80, full: 300 });
		const sandbox = await ctx.sandbox({});
		await sandbox.control('POST', '/faults', { vendor: 'zeyi', slowMs: LATENCY_MS, slowRate: 1, seed: 1 });
		const credential = sandbox.credentials('zeyi');
		const harness = ctx.harness();
		const ref = harness.credentials.set('zeyiApi', { ...credential, accessToken: '' }, { id: 'bench-zeyi-concurrency' });
		const operation = require('../../nodes/Zeyi/actions/repair/pushBill.operation.ts');
		const defaultConcurrency = operation.concurrency ?? 1;
		let batch = 0;
		const nodeAt = (concurrency) => ({
			name: `node at ${concurrency}`,
			async run() {
				const b = ++batch;
				const had = Object.getOwnPropertyDescriptor(operation, 'concurrency');
				operation.concurrency = concurrency;
				try {
					const items = Array.from({ length: n }, (_, i) => ({ json: { code: `BENCH-C${b}-${i}`, orderCode: `WO-${b}-${i}` } }));
					const run = await harness.runNode({ type: 'zeyi', name: 'Zeyi', parameters: BILL_PARAMETERS, items, credentials: { zeyiApi: ref } });
					if (run.error) throw run.error;
					if (run.json('Zeyi').filter((j) => j.success === true).length !== n) throw new Error('node pushes did not all succeed');
				} finally {
					if (had) Object.defineProperty(operation, 'concurrency', had);
					else delete operation.concurrency;
				}
				return { ops: n };
			},
		});
		const client = ctx.rawClient(credential.baseUrl, { concurrency: RAW_CONCURRENCY });
		const post = await rawZeyi(client, credential);
		const rawAt = (concurrency) => ({
			name: `raw at ${concurrency}`,
			async run() {
				const b = ++batch;
				await ctx.loop(n, concurrency, (i) => post(PATH, rawBillBody(`BENCH-RC${b}-${i}`, `WO-${b}-${i}`)));
				return { ops: n };
			},
		});
		const node = await ctx.sideBySide({ a: nodeAt(defaultConcurrency), b: nodeAt(1) });
		const raw = await ctx.sideBySide({ a: rawAt(RAW_CONCURRENCY), b: rawAt(1) });
		client.close();
		return [
			ctx.figure({ figure: "the node's default concurrency for Zeyi Push Bill", value: defaultConcurrency, goal: ['>=', 2] }),
			ctx.figure({ figure: `node speedup, default concurrency ÷ 1 (${n} bills, vendor latency ${LATENCY_MS} ms)`, stats: node.throughput, unit: '×', goal: ['>=', 1.5] }),
			ctx.figure({ figure: `raw loop speedup, concurrency ${RAW_CONCURRENCY} ÷ 1`, stats: raw.throughput, unit: '×' }),
		];
	},
};
