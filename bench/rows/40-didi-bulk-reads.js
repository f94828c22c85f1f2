'use strict';
// Bulk reads: DiDi members Return All, and DiDi orders over a year (Order → List All: windows of ≤30 days
// split by the node) vs a raw paged loop doing the same calls; and the peak memory (heap and RSS) each side
// needs, one run per fresh process, against the output's JSON size and its own heap size (`--full`: the large
// sandbox's company).
const { rawDidi } = require('../lib/didi');

const DAY = 86400e3;
const chinaText = (ms) => new Date(ms + 8 * 3600e3).toISOString().slice(0, 19).replace('T', ' ');

async function rawMembers(call, warm) {
	const out = [];
	for (let offset = 0; ; offset += 100) {
		const { data } = await call('GET', '/river/Member/get', { offset, length: 100 });
		out.push(...data.records);
		if (warm || data.records.length < 100) return out;
	}
}

async function rawOrders(call, fromMs, toMs, warm) {
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
		if (warm) break;
	}
	return out;
}

/** The sides of this row, against a sandbox: each resolves to the records it read (`warm`: a first page / window). */
async function memory(ctx, sandbox) {
	const credential = sandbox.credentials('didi');
	const harness = ctx.harness();
	const ref = harness.credentials.set('didiEnterpriseApi', { ...credential, accessToken: '' }, { id: 'bench-didi-bulk' });
	const client = ctx.rawClient(credential.baseUrl, { concurrency: 1 });
	const call = await rawDidi(client, credential);
	const toMs = Date.now() - 3600e3;
	const fromMs = toMs - 365 * DAY;
	const node = (parameters) => async ({ warm = false } = {}) => {
		const run = await harness.runNode({ type: 'didiEnterprise', name: 'DiDi', parameters: warm ? { ...parameters, returnAll: false, limit: 100 } : parameters, credentials: { didiEnterpriseApi: ref } });
		if (run.error) throw run.error;
		return run.items('DiDi');
	};
	return {
		nodeMembers: node({ resource: 'member', operation: 'getMany', returnAll: true }),
		rawMembers: ({ warm = false } = {}) => rawMembers(call, warm),
		nodeOrders: node({ resource: 'order', operation: 'listAll', orderType: 'all', timeType: 'all', startTime: new Date(fromMs).toISOString(), endTime: new Date(toMs).toISOString(), returnAll: true }),
		rawOrders: ({ warm = false } = {}) => rawOrders(call, fromMs, toMs, warm),
		close: () => client.close(),
	};
}

module.exports = {
	id: 'didi-bulk-reads',
	title: 'Bulk reads: DiDi members Return All and orders over a year vs raw paged loops; peak memory vs output',
	memory,
	async run(ctx) {
		// `--full`: the large company (100,000 members, ~120,000 orders over the year), where the output, not a
		// run's fixed cost, is what the memory figures weigh; quick: the shared small sandbox.
		const sandbox = await ctx.sandbox(ctx.pick({ quick: undefined, full: { size: 'large' } }));
		const sides = await memory(ctx, sandbox);
		ctx.after(sides.close);
		const side = (name) => ({ name, run: async () => ({ ops: (await sides[name]()).length }) });
		const rounds = ctx.pick({ quick: 5, full: 3 });
		const members = await ctx.sideBySide({ a: side('nodeMembers'), b: side('rawMembers'), rounds });
		const orders = await ctx.sideBySide({ a: side('nodeOrders'), b: side('rawOrders'), rounds });
		const memMembers = await ctx.freshMemory({ rowFile: __filename, sides: ['nodeMembers', 'rawMembers'], sandbox });
		const memOrders = await ctx.freshMemory({ rowFile: __filename, sides: ['nodeOrders', 'rawOrders'], sandbox });
		const count = (result) => `${result.rounds[0].a.ops} records; raw ${result.rounds[0].b.ops}`;
		return [
			ctx.figure({ figure: `members Return All, throughput node ÷ raw (${count(members)})`, stats: members.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'members: CPU per record in this process, node ÷ raw', stats: members.cpu, unit: '×' }),
			...ctx.memoryFigures(memMembers, { prefix: 'members: ', a: 'nodeMembers', b: 'rawMembers' }),
			ctx.figure({ figure: `orders over a year, throughput node ÷ raw (${count(orders)})`, stats: orders.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'orders: CPU per record in this process, node ÷ raw', stats: orders.cpu, unit: '×' }),
			...ctx.memoryFigures(memOrders, { prefix: 'orders: ', a: 'nodeOrders', b: 'rawOrders' }),
		];
	},
};
