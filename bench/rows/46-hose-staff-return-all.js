'use strict';
// Bulk read: Hose staff Get Many with Return All through the Hose node vs a raw start/count loop of 100 per page
// (`--full`: the large sandbox, ~100,000 staff), side by side: throughput and CPU per record. A second loop
// sends its pages through n8n-core's HTTP helper alone (a new connection per request): the part of the gap
// every node pays. Memory: each side's peak heap and RSS while it runs, one run per fresh process, against the
// output's JSON size and its own heap size.

/** The sides of this row, against a sandbox: each resolves to the records it read (`warm`: one page only). */
async function memory(ctx, sandbox) {
	const credential = sandbox.credentials('hose');
	const harness = ctx.harness();
	const ref = harness.credentials.set('hoseApi', { ...credential, accessToken: '' }, { id: 'bench-hose-read' });
	const client = ctx.rawClient(credential.baseUrl, { concurrency: 1 });
	const token = (await client.request({ method: 'POST', path: '/api/openapi/v1/auth/getAccessToken', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appKey: credential.appKey, appSecurity: credential.appSecurity }) })).json.value.accessToken;
	const paged = (http) => async ({ warm = false } = {}) => {
		const out = [];
		for (let start = 0; ; start += 100) {
			const page = (await http.request({ method: 'GET', path: `/api/openapi/v1.1/staffs?accessToken=${encodeURIComponent(token)}&start=${start}&count=100` })).json;
			out.push(...page.items);
			if (warm || page.items.length < 100 || start + 100 >= page.count) return out;
		}
	};
	return {
		async node({ warm = false } = {}) {
			const parameters = warm ? { resource: 'staff', operation: 'getMany', returnAll: false, limit: 100 } : { resource: 'staff', operation: 'getMany', returnAll: true };
			const run = await harness.runNode({ type: 'hose', name: 'Hose', parameters, credentials: { hoseApi: ref } });
			if (run.error) throw run.error;
			return run.items('Hose');
		},
		raw: paged(client),
		helper: paged(ctx.n8nCoreClient(credential.baseUrl)),
		close: () => client.close(),
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
		const vsHelper = await ctx.sideBySide({ a: side('node'), b: side('helper'), rounds });
		const helperVsRaw = await ctx.sideBySide({ a: side('helper'), b: side('raw'), rounds });
		const mem = await ctx.freshMemory({ rowFile: __filename, sides: ['node', 'raw', 'helper'], sandbox });
		const total = vsRaw.rounds[0].a.ops;
		return [
			ctx.figure({ figure: `throughput node ÷ raw paged loop (${total} staff, pages of 100)`, stats: vsRaw.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: "throughput node ÷ the same paged loop through n8n-core's HTTP helper", stats: vsHelper.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: "throughput loop through n8n-core's helper ÷ raw loop: n8n-core's cap on the first figure", stats: helperVsRaw.throughput, unit: '×' }),
			ctx.figure({ figure: 'CPU per staff record in this process, node ÷ raw', stats: vsRaw.cpu, unit: '×' }),
			ctx.figure({ figure: "CPU per staff record, node ÷ loop through n8n-core's helper: the node's own cost", stats: vsHelper.cpu, unit: '×' }),
			...ctx.memoryFigures(mem, { others: ['helper'] }),
		];
	},
};
