'use strict';
// Batch use: Hose calls per 1,000 records of Upsert Many — staff and departments, through the Hose node (real
// workflows, n8n-core's engine). Issue 12's goal for staff: ≤ 10 + (lookups) calls per 1,000 (batches of 100
// plus 查询员工 by code, 100 per call). Departments: the list is read once (100 per page), new departments are
// created by 批量新增部门 in batches of 100 (a parent created in the same input goes one wave earlier), and
// changed ones are updated one by one — Hose's endpoint list has no batch update for departments
// (hose-endpoints.txt: contacts/update-departments.md only), so 1,000 changed departments cost 1,000 updates.
// Always 1,000 records (counting calls is cheap); printed per 1,000, never asserted.
const N = 1000;
const STAFF = require('./45-hose-staff-upsert').parameters;
const DEPARTMENTS = { resource: 'department', operation: 'upsertMany', code: '={{ $json.code }}', name: '={{ $json.name }}', parentBy: 'code', parent: '={{ $json.parent }}' };

module.exports = {
	id: 'hose-upsert-calls-per-1000',
	title: 'Batch use: Hose Upsert Many — Hose calls per 1,000 staff and per 1,000 departments',
	async run(ctx) {
		const sandbox = await ctx.sandbox({});
		const harness = ctx.harness();
		const ref = harness.credentials.set('hoseApi', { ...sandbox.credentials('hose'), accessToken: '' }, { id: 'bench-hose-per-1000' });
		const departments = (await sandbox.control('GET', '/state/hose/departments?_limit=2')).records;
		const top = departments[0];
		const dept = departments[1].id;
		const tag = Date.now().toString(36);
		const runNode = async (parameters, list) => {
			const run = await harness.runNode({ type: 'hose', name: 'Hose', parameters, items: list.map((json) => ({ json })), credentials: { hoseApi: ref } });
			if (run.error) throw run.error;
			return run.json('Hose');
		};
		/** Business calls (token calls left out) of one run, by kind. */
		const counted = async (parameters, list, expected) => {
			await sandbox.clearLog();
			const out = await runNode(parameters, list);
			if (out.some((o) => o.status !== expected)) throw new Error(`Upsert Many: not every record ${expected}`);
			const calls = (await sandbox.log('hose')).filter((e) => !String(e.path).includes('/auth/'));
			const kinds = {};
			for (const e of calls) {
				const kind = `${e.method} ${String(e.path).replace(/^\/hose/, '').replace(/\/[$[].*$/, '/…')}`;
				kinds[kind] = (kinds[kind] || 0) + 1;
			}
			return { total: calls.length, kinds: Object.entries(kinds).map(([k, v]) => `${v}× ${k}`).join(', ') };
		};

		const staff = Array.from({ length: N }, (_, k) => ({ code: `P1K-${tag}-${k}`, name: `员工${k}`, phone: `1${String(5e9 + k).padStart(10, '0')}`, dept }));
		const staffNew = await counted(STAFF, staff, 'created');
		const staffChanged = await counted(STAFF, staff.map((p) => ({ ...p, name: `${p.name}改` })), 'updated');

		// 10 parents and 990 children in the same input (two creation waves).
		const parents = Array.from({ length: 10 }, (_, k) => ({ code: `D1K-${tag}-P${k}`, name: `事业部${tag}${k}`, parent: top.code }));
		const children = Array.from({ length: N - parents.length }, (_, k) => ({ code: `D1K-${tag}-C${k}`, name: `小组${tag}${k}`, parent: parents[k % parents.length].code }));
		const deptNew = await counted(DEPARTMENTS, [...parents, ...children], 'created');
		const deptChanged = await counted(DEPARTMENTS, [...parents, ...children].map((d) => ({ ...d, name: `${d.name}改` })), 'updated');

		const staffGoal = 10 + Math.ceil(N / 100);
		return [
			ctx.figure({ figure: 'Hose calls per 1,000 new staff (Upsert Many)', value: staffNew.total, goal: ['<=', staffGoal], note: `goal 10 batches + ${N / 100} lookups; ${staffNew.kinds}` }),
			ctx.figure({ figure: 'Hose calls per 1,000 changed staff (Upsert Many)', value: staffChanged.total, goal: ['<=', staffGoal], note: staffChanged.kinds }),
			ctx.figure({ figure: 'Hose calls per 1,000 new departments (Upsert Many)', value: deptNew.total, goal: ['<=', staffGoal + 1], note: `list pages + batch creates in 2 waves; ${deptNew.kinds}` }),
			ctx.figure({ figure: 'Hose calls per 1,000 changed departments (Upsert Many)', value: deptChanged.total, note: `Hose has no department batch update: one PUT each; ${deptChanged.kinds}` }),
		];
	},
};
