'use strict';
// Batch use: ZhiGuanChe user Upsert Many (OA → ZhiGuanChe sync) of N users through the node (a real workflow,
// n8n-core's engine) against the sandbox — ZhiGuanChe calls per 1,000 users when all are new, when all are
// unchanged, and when all changed. The contract has no batch write, so each new or changed user is one write;
// the matching by Outer ID reads the whole user list once per run (pages of 100) when that is fewer calls than
// one lookup per item. The reference figure is what one lookup per item would cost for the same run.
const PARAMETERS = {
	resource: 'user',
	operation: 'upsertMany',
	outerId: '={{ $json.id }}',
	name: '={{ $json.name }}',
	mobile: '={{ $json.mobile }}',
	departmentId: '={{ $json.dept }}',
	additionalFields: {},
};

module.exports = {
	id: 'zhiguanche-user-upsert',
	title: 'Batch use: ZhiGuanChe user Upsert Many — calls per 1,000 users (new, unchanged, changed)',
	async run(ctx) {
		// 1,000 in both sizes: the figure is a count per 1,000 (the list read is a fixed cost, so no scaling).
		const n = 1000;
		const sandbox = await ctx.sandbox({});
		const harness = ctx.harness();
		const ref = harness.credentials.set('zhiguancheApi', { ...sandbox.credentials('zhiguanche'), accessToken: '' }, { id: 'bench-zgc-upsert' });
		const dept = (await sandbox.control('GET', '/state/zhiguanche/departments')).records[1].id;
		const users = (suffix) => Array.from({ length: n }, (_, k) => ({ id: `OA-U-${k}`, name: `同步员工${k}${suffix}`, mobile: `1${String(5e9 + k).padStart(10, '0')}`, dept }));
		const callsFor = async (list, expected) => {
			await sandbox.clearLog();
			const run = await harness.runNode({ type: 'zhiguanche', name: 'ZhiGuanChe', parameters: PARAMETERS, items: list.map((json) => ({ json })), credentials: { zhiguancheApi: ref } });
			if (run.error) throw run.error;
			const out = run.json('ZhiGuanChe');
			if (out.length !== n || out.some((o) => o.upsert !== expected)) throw new Error(`upsert: expected ${n} × ${expected}`);
			const calls = (await sandbox.log('zhiguanche')).filter((e) => !String(e.path).endsWith('/auth/token'));
			const writes = calls.filter((e) => e.method !== 'GET').length;
			return { calls: calls.length, lookupPerItem: n + writes };
		};
		const created = await callsFor(users(''), 'created');
		const unchanged = await callsFor(users(''), 'unchanged');
		const changed = await callsFor(users('（改）'), 'updated');
		// Goals: the writes the contract needs (one per new or changed user) plus ≤ 100 reads (the user list once).
		const row = (what, r, writes) => [
			ctx.figure({ figure: `ZhiGuanChe calls, Upsert Many of 1,000 users, ${what}`, value: r.calls, goal: ['<=', writes + 100], note: `one lookup per item would be ${r.lookupPerItem}` }),
		];
		return [...row('all new', created, n), ...row('all unchanged', unchanged, 0), ...row('all changed', changed, n)];
	},
};
