'use strict';
// Bulk read: Hose staff Get Many with Return All through the Hose node vs a raw start/count loop of 100 per page
// (`--full`: the large sandbox, ~100,000 staff), side by side: throughput, and each side's peak heap growth
// while it runs against the size of its output. A second raw loop sends its pages through n8n-core's HTTP
// helper (a new connection per request), the part of the gap every node pays.
module.exports = {
	id: 'hose-staff-return-all',
	title: 'Bulk read: Hose staff Return All — node vs raw paged loop, memory peak vs output size',
	async run(ctx) {
		const sandbox = await ctx.sandbox({ size: ctx.pick({ quick: 'small', full: 'large' }) });
		const credential = sandbox.credentials('hose');
		const harness = ctx.harness();
		const ref = harness.credentials.set('hoseApi', { ...credential, accessToken: '' }, { id: 'bench-hose-read' });
		const client = ctx.rawClient(credential.baseUrl, { concurrency: 1 });
		const helper = ctx.n8nCoreClient(credential.baseUrl);
		const token = (await client.request({ method: 'POST', path: '/api/openapi/v1/auth/getAccessToken', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appKey: credential.appKey, appSecurity: credential.appSecurity }) })).json.value.accessToken;
		const measured = (name, fetch) => ({
			name,
			async run() {
				const { result, peakHeap, baseHeap } = await ctx.withMemoryPeak(fetch);
				const bytes = Buffer.byteLength(JSON.stringify(result));
				return { ops: result.length, heapPerOutput: (peakHeap - baseHeap) / bytes, bytes };
			},
		});
		const node = measured('node', async () => {
			const run = await harness.runNode({ type: 'hose', name: 'Hose', parameters: { resource: 'staff', operation: 'getMany', returnAll: true }, credentials: { hoseApi: ref } });
			if (run.error) throw run.error;
			return run.json('Hose');
		});
		const paged = (name, http) =>
			measured(name, async () => {
				const out = [];
				for (let start = 0; ; start += 100) {
					const page = (await http.request({ method: 'GET', path: `/api/openapi/v1.1/staffs?accessToken=${encodeURIComponent(token)}&start=${start}&count=100` })).json;
					out.push(...page.items);
					if (page.items.length < 100 || start + 100 >= page.count) break;
				}
				return out;
			});
		const rounds = ctx.pick({ quick: 5, full: 3 });
		const vsRaw = await ctx.sideBySide({ a: node, b: paged('raw', client), rounds });
		const vsHelper = await ctx.sideBySide({ a: node, b: paged('helper', helper), rounds });
		client.close();
		const total = vsRaw.rounds[0].a.ops;
		const side = (result, s, key = 'heapPerOutput') => ctx.stats(result.rounds.map((r) => r[s][key]));
		const ratio = ctx.stats(vsRaw.rounds.map((r) => r.a.heapPerOutput / r.b.heapPerOutput));
		return [
			ctx.figure({ figure: `throughput node ÷ raw paged loop (${total} staff)`, stats: vsRaw.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: "throughput node ÷ the same paged loop through n8n-core's HTTP helper", stats: vsHelper.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'peak heap growth, node ÷ raw', stats: ratio, unit: '×', goal: ['<=', 2] }),
			ctx.figure({ figure: 'node peak heap growth ÷ output JSON size', stats: side(vsRaw, 'a'), unit: '×', note: `${(vsRaw.rounds[0].a.bytes / 1e6).toFixed(1)} MB output` }),
			ctx.figure({ figure: 'raw peak heap growth ÷ output JSON size', stats: side(vsRaw, 'b'), unit: '×' }),
			ctx.figure({ figure: 'CPU per staff record in this process, node ÷ raw / ÷ loop through the helper', stats: vsRaw.cpu, unit: '×', note: `÷ helper ${vsHelper.cpu.median.toFixed(2)}×` }),
		];
	},
};
