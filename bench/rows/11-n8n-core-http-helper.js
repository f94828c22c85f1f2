'use strict';
// What n8n-core's own HTTP helper costs any node, apart from this package's code: the same signed Zeyi bill
// requests (signed by the bench, as in the raw loop) sent through n8n-core's `httpRequest` (axios, a new
// agent per request: no keep-alive) vs the raw keep-alive loop; and a raw loop that opens a new connection
// per request, to show how much of that gap is the missing keep-alive.
const { rawBillBody, rawZeyi } = require('../lib/zeyi');

const PATH = '/vehicle-service-api/maintenance/repairList';

module.exports = {
	id: 'n8n-core-http-helper',
	title: "n8n-core's HTTP helper vs raw keep-alive loop (the ceiling for any node)",
	async run(ctx) {
		const n = ctx.pick({ quick: 200, full: 500 });
		const credential = (await ctx.sandbox()).credentials('zeyi');
		const keepAlive = ctx.rawClient(credential.baseUrl, { concurrency: 1 });
		const fresh = ctx.rawClient(credential.baseUrl, { concurrency: 1 });
		const post = await rawZeyi(keepAlive, credential);
		const freshPost = await rawZeyi({ request: (o) => fresh.request({ ...o, headers: { ...o.headers, connection: 'close' } }) }, credential);
		const helperPost = await rawZeyi(ctx.n8nCoreClient(credential.baseUrl), credential);
		let batch = 0;
		const side = (name, send) => ({
			name,
			async run() {
				const b = ++batch;
				await ctx.loop(n, 1, (i) => send(PATH, rawBillBody(`BENCH-H${b}-${i}`, `WO-${b}-${i}`)));
				return { ops: n };
			},
		});
		const helper = await ctx.sideBySide({ a: side('n8n-core httpRequest', helperPost), b: side('raw keep-alive', post) });
		const noKeepAlive = await ctx.sideBySide({ a: side('raw, new connection each', freshPost), b: side('raw keep-alive', post) });
		keepAlive.close();
		fresh.close();
		return [
			ctx.figure({ figure: `throughput n8n-core httpRequest ÷ raw keep-alive (${n} bills, concurrency 1)`, stats: helper.throughput, unit: '×' }),
			ctx.figure({ figure: 'CPU per request, n8n-core httpRequest ÷ raw keep-alive', stats: helper.cpu, unit: '×' }),
			ctx.figure({ figure: 'throughput raw with a new connection per request ÷ raw keep-alive', stats: noKeepAlive.throughput, unit: '×' }),
		];
	},
};
