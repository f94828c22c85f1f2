'use strict';
// Bulk reads: DiDi members Return All, and DiDi orders over a year (Order → List All: windows of ≤30 days
// split by the node) vs a raw paged loop doing the same calls; and the peak memory each side needs, as a
// multiple of the output's JSON size (peak heap growth ÷ output bytes, sampled while the side runs).
const { rawDidi } = require('../lib/didi');

const DAY = 86400e3;
const chinaText = (ms) => new Date(ms + 8 * 3600e3).toISOString().slice(0, 19).replace('T', ' ');

async function rawMembers(call) {
	const out = [];
	for (let offset = 0; ; offset += 100) {
		const { data } = await call('GET', '/river/Member/get', { offset, length: 100 });
		out.push(...data.records);
		if (data.records.length < 100) return out;
	}
}

async function rawOrders(call, fromMs, toMs) {
	const out = [];
	for (let start = fromMs; start <= toMs; start += 30 * DAY) {
		const end = Math.min(start + 30 * DAY - 1000, toMs);
		for (let page = 1; ; page++) {
			const param = { order_type: 'all', search_time: { type: 'all', start_time: chinaText(start), end_time: chinaText(end) }, cur_page: page, limit: 100 };
			const { data } = await call('POST', '/open-apis/v1/order/list', { param_json: JSON.stringify(param) });
			let fullest = 0;
			for (const [key, value] of Object.entries(data || {})) {
				const ids = value && value.order_ids ? String(value.order_ids).split(',').filter(Boolean) : [];
				fullest = Math.max(fullest, ids.length);
				for (const id of ids) out.push({ order_id: id, category: key.replace(/_data$/, '') });
			}
			if (fullest < 100) break;
		}
	}
	return out;
}

module.exports = {
	id: 'didi-bulk-reads',
	title: 'Bulk reads: DiDi members Return All and orders over a year vs raw paged loops; peak memory vs output',
	async run(ctx) {
		const sandbox = await ctx.sandbox();
		const credential = sandbox.credentials('didi');
		const harness = ctx.harness();
		const ref = harness.credentials.set('didiEnterpriseApi', { ...credential, accessToken: '' }, { id: 'bench-didi-bulk' });
		const client = ctx.rawClient(credential.baseUrl, { concurrency: 1 });
		const call = await rawDidi(client, credential);
		const toMs = Date.now() - 3600e3;
		const fromMs = toMs - 365 * DAY;

		const measureSide = (name, fetch) => ({
			name,
			async run() {
				const { result, peakHeap, baseHeap } = await ctx.withMemoryPeak(fetch);
				const bytes = Buffer.byteLength(JSON.stringify(result));
				return { ops: result.length, bytes, heapPerOutput: (peakHeap - baseHeap) / bytes };
			},
		});
		const node = (parameters) => async () => {
			const run = await harness.runNode({ type: 'didiEnterprise', name: 'DiDi', parameters, credentials: { didiEnterpriseApi: ref } });
			if (run.error) throw run.error;
			return run.json('DiDi');
		};
		const members = await ctx.sideBySide({
			a: measureSide('node members', node({ resource: 'member', operation: 'getMany', returnAll: true })),
			b: measureSide('raw members', () => rawMembers(call)),
		});
		const orders = await ctx.sideBySide({
			a: measureSide('node orders', node({ resource: 'order', operation: 'listAll', orderType: 'all', timeType: 'all', startTime: new Date(fromMs).toISOString(), endTime: new Date(toMs).toISOString(), returnAll: true })),
			b: measureSide('raw orders', () => rawOrders(call, fromMs, toMs)),
		});
		client.close();
		const memory = (result, side) => ctx.stats(result.rounds.map((r) => r[side].heapPerOutput));
		const memoryRatio = (result) => ctx.stats(result.rounds.map((r) => r.a.heapPerOutput / r.b.heapPerOutput));
		const count = (result) => `${result.rounds[0].a.ops} records; raw ${result.rounds[0].b.ops}`;
		return [
			ctx.figure({ figure: `members Return All, throughput node ÷ raw (${count(members)})`, stats: members.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'members: peak heap growth, node ÷ raw', stats: memoryRatio(members), unit: '×', goal: ['<=', 2] }),
			ctx.figure({ figure: 'members: node peak heap growth ÷ output JSON size', stats: memory(members, 'a'), unit: '×' }),
			ctx.figure({ figure: 'members: raw peak heap growth ÷ output JSON size', stats: memory(members, 'b'), unit: '×' }),
			ctx.figure({ figure: `orders over a year, throughput node ÷ raw (${count(orders)})`, stats: orders.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'orders: peak heap growth, node ÷ raw', stats: memoryRatio(orders), unit: '×', goal: ['<=', 2] }),
			ctx.figure({ figure: 'orders: node peak heap growth ÷ output JSON size', stats: memory(orders, 'a'), unit: '×' }),
			ctx.figure({ figure: 'orders: raw peak heap growth ÷ output JSON size', stats: memory(orders, 'b'), unit: '×' }),
		];
	},
};
