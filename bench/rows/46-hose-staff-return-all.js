'use strict';
// Bulk read: Hose staff Get Many with Return All through the Hose node (Pages at Once at its default, 4) vs a
// raw start/count loop of 100 per page (`--full`: the large sandbox, ~100,000 staff), side by side: throughput
// and CPU per record. Against the reference, the raw loop one page after the other, and against a raw
// loop that also asks for 4 pages at once after the first told the total (the same work as the node). A third
// loop sends its pages through n8n-core's HTTP helper alone (a new connection per request), 4 at once: the part
// of the gap every node pays. Then the same at a vendor latency of 20 ms per page (the small sandbox): what a
// vendor across the internet costs. Memory: each side's peak heap and RSS while it runs, one run per fresh
// process, against the output's JSON size and its own heap size.

const AT_ONCE = 4;
const LATENCY_MS = 20;

/** The sides of this row, against a sandbox: each resolves to the records it read (`warm`: one page only). */
async function memory(ctx, sandbox) {
	const credential = sandbox.credentials('hose');
	const harness = ctx.harness();
	const ref = harness.credentials.set('hoseApi', { ...credential, accessToken: '' }, { id: 'bench-hose-read' });
	const client = ctx.rawClient(credential.baseUrl, { concurrency: 1 });
	const token = (await client.request({ method: 'POST', path: '/api/openapi/v1/auth/getAccessToken', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appKey: credential.appKey, appSecurity: credential.appSecurity }) })).json.value.accessToken;
	const pageAt = (http, start) => http.request({ method: 'GET', path: `/api/openapi/v1.1/staffs?accessToken=${encodeURIComponent(token)}&start=${start}&count=100` }).then((r) => r.json);
	const paged = (http) => async ({ warm = false } = {}) => {
		const out = [];
		for (let start = 0; ; start += 100) {
			const page = await pageAt(http, start);
			out.push(...page.items);
			if (warm || page.items.length < 100 || start + 100 >= page.count) return out;
		}
	};
	// hose.md: lists answer {count, items} with count the total — after the first page, the pages it implies,
	// `AT_ONCE` in flight, appended in order.
	const pagedAtOnce = (http) => async ({ warm = false } = {}) => {
		const first = await pageAt(http, 0);
		const out = [...first.items];
		if (warm || first.items.length < 100) return out;
		const starts = [];
		for (let start = 100; start < first.count; start += 100) starts.push(start);
		const flying = [];
		let next = 0;
		while (next < starts.length && flying.length < AT_ONCE) flying.push(pageAt(http, starts[next++]));
		while (flying.length) {
			const page = await flying.shift();
			if (next < starts.length) flying.push(pageAt(http, starts[next++]));
			out.push(...page.items);
			if (page.items.length < 100) break;
		}
		await Promise.all(flying);
		return out;
	};
	const client4 = ctx.rawClient(credential.baseUrl, { concurrency: AT_ONCE });
	const node = (options) => async ({ warm = false } = {}) => {
		const parameters = warm ? { resource: 'staff', operation: 'getMany', returnAll: false, limit: 100 } : { resource: 'staff', operation: 'getMany', returnAll: true, options };
		const run = await harness.runNode({ type: 'hose', name: 'Hose', parameters, credentials: { hoseApi: ref } });
		if (run.error) throw run.error;
		return run.items('Hose');
	};
	return {
		node: node({}),
		/** The node with Pages at Once 1: one page after the other, as before the option. */
		node1: node({ pagesAtOnce: 1 }),
		raw: paged(client),
		raw4: pagedAtOnce(client4),
		helper: pagedAtOnce(ctx.n8nCoreClient(credential.baseUrl)),
		close: () => {
			client.close();
			client4.close();
		},
	};
}

module.exports = {
	id: 'hose-staff-return-all',
	title: 'Bulk read: Hose staff Return All — node vs raw paged loop, memory peak vs output size',
	memory,
	async run(ctx) {
		const sandbox = await ctx.sandbox({ size: ctx.pick({ quick: 'small', full: 'large' }) });
		const sides = await memory(ctx, sandbox);
		ctx.after(sides.close);
		const side = (name) => ({ name, run: async () => ({ ops: (await sides[name]()).length }) });
		const rounds = ctx.pick({ quick: 5, full: 3 });
		const vsRaw = await ctx.sideBySide({ a: side('node'), b: side('raw'), rounds });
		const vsRaw4 = await ctx.sideBySide({ a: side('node'), b: side('raw4'), rounds });
		const vsHelper = await ctx.sideBySide({ a: side('node'), b: side('helper'), rounds });
		const helperVsRaw4 = await ctx.sideBySide({ a: side('helper'), b: side('raw4'), rounds });
		const mem = await ctx.freshMemory({ rowFile: __filename, sides: ['node', 'raw', 'raw4', 'helper'], sandbox });
		const total = vsRaw.rounds[0].a.ops;
		// A vendor 20 ms away: every call of the Hose sandbox waits that long before it answers.
		const far = await ctx.sandbox({ size: 'small' });
		await far.control('POST', '/faults', { vendor: 'hose', slowMs: LATENCY_MS, slowRate: 1, includeAuth: false, seed: 1 });
		const farSides = await memory(ctx, far);
		ctx.after(farSides.close);
		const farSide = (name) => ({ name, run: async () => ({ ops: (await farSides[name]()).length }) });
		const farVsRaw = await ctx.sideBySide({ a: farSide('node'), b: farSide('raw'), rounds: ctx.pick({ quick: 5, full: 5 }) });
		const farVsRaw4 = await ctx.sideBySide({ a: farSide('node'), b: farSide('raw4'), rounds: ctx.pick({ quick: 5, full: 5 }) });
		const farVsNode1 = await ctx.sideBySide({ a: farSide('node'), b: farSide('node1'), rounds: ctx.pick({ quick: 5, full: 5 }) });
		const vsNode1 = await ctx.sideBySide({ a: side('node'), b: side('node1'), rounds });
		const farTotal = farVsRaw.rounds[0].a.ops;
		return [
			ctx.figure({ figure: `throughput node ÷ raw paged loop, one page after the other (${total} staff, pages of 100; node: ${AT_ONCE} pages at once)`, stats: vsRaw.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: `throughput node ÷ raw paged loop at the same ${AT_ONCE} pages at once`, stats: vsRaw4.throughput, unit: '×' }),
			ctx.figure({ figure: `throughput node ÷ the same paged loop (${AT_ONCE} at once) through n8n-core's HTTP helper`, stats: vsHelper.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: `throughput loop through n8n-core's helper ÷ raw loop, both ${AT_ONCE} at once: n8n-core's cap`, stats: helperVsRaw4.throughput, unit: '×' }),
			ctx.figure({ figure: 'CPU per staff record in this process, node ÷ raw (one page after the other)', stats: vsRaw.cpu, unit: '×' }),
			ctx.figure({ figure: `CPU per staff record, node ÷ raw at ${AT_ONCE} at once`, stats: vsRaw4.cpu, unit: '×' }),
			ctx.figure({ figure: "CPU per staff record, node ÷ loop through n8n-core's helper: the node's own cost", stats: vsHelper.cpu, unit: '×' }),
			ctx.figure({ figure: `vendor latency ${LATENCY_MS} ms per page (${farTotal} staff): throughput node ÷ raw loop one page after the other`, stats: farVsRaw.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: `vendor latency ${LATENCY_MS} ms per page: throughput node ÷ raw loop at ${AT_ONCE} pages at once`, stats: farVsRaw4.throughput, unit: '×' }),
			ctx.figure({ figure: `vendor latency ${LATENCY_MS} ms per page: throughput node ÷ the node with Pages at Once 1`, stats: farVsNode1.throughput, unit: '×' }),
			ctx.figure({ figure: `loopback (${total} staff): throughput node ÷ the node with Pages at Once 1`, stats: vsNode1.throughput, unit: '×' }),
			...ctx.memoryFigures(mem, { others: ['raw4', 'helper'] }),
		];
	},
};
