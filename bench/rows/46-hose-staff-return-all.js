'use strict';
// Bulk read: Hose staff Get Many with Return All through the Hose node vs a raw start/count loop of 100 per page
// (`--full`: the large sandbox, ~100,000 staff), side by side; plus the node run's memory peak against the
// size of its output.
module.exports = {
	id: 'hose-staff-return-all',
	title: 'Bulk read: Hose staff Return All — node vs raw paged loop, memory peak vs output size',
	async run(ctx) {
		const sandbox = await ctx.sandbox({ size: ctx.pick({ quick: 'small', full: 'large' }) });
		const credential = sandbox.credentials('hose');
		const harness = ctx.harness();
		const ref = harness.credentials.set('hoseApi', { ...credential, accessToken: '' }, { id: 'bench-hose-read' });
		const client = ctx.rawClient(credential.baseUrl, { concurrency: 1 });
		const token = (await client.request({ method: 'POST', path: '/api/openapi/v1/auth/getAccessToken', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appKey: credential.appKey, appSecurity: credential.appSecurity }) })).json.value.accessToken;
		let total = 0;
		const node = {
			name: 'node',
			async run() {
				const run = await harness.runNode({ type: 'hose', name: 'Hose', parameters: { resource: 'staff', operation: 'getMany', returnAll: true }, credentials: { hoseApi: ref } });
				if (run.error) throw run.error;
				total = run.json('Hose').length;
				return { ops: total };
			},
		};
		const raw = {
			name: 'raw',
			async run() {
				const out = [];
				for (let start = 0; ; start += 100) {
					const page = (await client.request({ method: 'GET', path: `/api/openapi/v1.1/staffs?accessToken=${encodeURIComponent(token)}&start=${start}&count=100` })).json;
					out.push(...page.items);
					if (page.items.length < 100 || start + 100 >= page.count) break;
				}
				return { ops: out.length };
			},
		};
		const vsRaw = await ctx.sideBySide({ a: node, b: raw, rounds: ctx.pick({ quick: 5, full: 3 }) });
		let bytes = 0;
		const peak = await ctx.withMemoryPeak(async () => {
			const run = await harness.runNode({ type: 'hose', name: 'Hose', parameters: { resource: 'staff', operation: 'getMany', returnAll: true }, credentials: { hoseApi: ref } });
			bytes = Buffer.byteLength(JSON.stringify(run.json('Hose')));
		});
		client.close();
		return [
			ctx.figure({ figure: `throughput node ÷ raw paged loop (${total} staff)`, stats: vsRaw.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'heap peak of the node run ÷ output JSON size', value: (peak.peakHeap - peak.baseHeap) / bytes, unit: '×', goal: ['<=', 2], note: `${(bytes / 1e6).toFixed(1)} MB output` }),
		];
	},
};
