'use strict';
// Batch use: Hose staff Upsert Many of N employees through the Hose node (real workflow, n8n-core's engine)
// — how many Hose calls it takes (goal ≤ 10 + lookups per 1,000: batches of 100 plus 查询员工 by code), for all
// new staff and for all existing-and-changed staff; and its throughput against a raw loop that does the same
// lookups and batch writes by hand (written from Hose's documents, not from the node).
const minimal = require('../lib/minimal-hose-upsert');

const PARAMETERS = {
	resource: 'staff',
	operation: 'upsertMany',
	code: '={{ $json.code }}',
	name: '={{ $json.name }}',
	cellphone: '={{ $json.phone }}',
	email: '',
	defaultDepartment: '={{ $json.dept }}',
};

module.exports = {
	id: 'hose-staff-upsert',
	/** The Upsert Many parameters, also used by 47-hose-upsert-calls-per-1000. */
	parameters: PARAMETERS,
	title: 'Batch use: Hose staff Upsert Many — Hose calls per N staff, and node vs raw loop',
	async run(ctx) {
		const n = ctx.pick({ quick: 300, full: 1000 });
		const sandbox = await ctx.sandbox({});
		const credential = sandbox.credentials('hose');
		const harness = ctx.harness({ extraNodes: minimal.extraNodes() });
		const ref = harness.credentials.set('hoseApi', { ...credential, accessToken: '' }, { id: 'bench-hose' });
		const dept = (await sandbox.control('GET', '/state/hose/departments?_limit=2')).records[1].id;
		let round = 0;
		const people = (prefix, suffix = '') => Array.from({ length: n }, (_, k) => ({ code: `${prefix}-${k}`, name: `员工${k}${suffix}`, phone: `1${String(3e9 + round * 1e6 + k).padStart(10, '0')}`, dept }));
		const runNode = async (list) => {
			const run = await harness.runNode({ type: 'hose', name: 'Hose', parameters: PARAMETERS, items: list.map((json) => ({ json })), credentials: { hoseApi: ref } });
			if (run.error) throw run.error;
			return run.json('Hose');
		};
		const callsOf = async () => (await sandbox.log('hose')).filter((e) => !String(e.path).includes('/auth/')).length;

		// Calls: new staff, then the same staff changed.
		round = 1;
		const fresh = people('CALLS');
		await sandbox.clearLog();
		const created = await runNode(fresh);
		const createCalls = await callsOf();
		await sandbox.clearLog();
		const updated = await runNode(fresh.map((p) => ({ ...p, name: `${p.name}改` })));
		const updateCalls = await callsOf();
		if (created.some((o) => o.status !== 'created') || updated.some((o) => o.status !== 'updated')) throw new Error('upsert did not create/update every record');

		// Throughput: node vs a hand-written loop (token, 查询员工 100 per call, batch create 100 per call).
		const base = credential.baseUrl;
		const client = ctx.rawClient(base, { concurrency: 1 });
		const token = (await client.request({ method: 'POST', path: '/api/openapi/v1/auth/getAccessToken', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ appKey: credential.appKey, appSecurity: credential.appSecurity }) })).json.value.accessToken;
		const q = `?accessToken=${encodeURIComponent(token)}`;
		const raw = {
			name: 'raw',
			async run() {
				round += 1;
				const list = people(`RAW${round}`);
				for (let at = 0; at < list.length; at += 100) {
					const part = list.slice(at, at + 100);
					await client.request({ method: 'POST', path: `/api/openapi/v1/staffs/getStaffIds${q}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'CODE', conditionIds: part.map((p) => p.code) }) });
					const res = await client.request({ method: 'POST', path: `/api/openapi/v1.1/staffs/batch/create${q}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ staffList: part.map((p) => ({ name: p.name, code: p.code, cellphone: p.phone, defaultDepartment: p.dept, departments: [p.dept] })) }) });
					if (res.status !== 200) throw new Error(`raw batch create ${res.status} ${res.text}`);
				}
				return { ops: n };
			},
		};
		const node = {
			name: 'node',
			async run() {
				round += 1;
				await runNode(people(`NODE${round}`));
				return { ops: n };
			},
		};
		// The least a node can do (bench/lib/minimal-hose-upsert.js): the same four expressions per item and the
		// raw loop's requests through httpRequestWithAuthentication, nothing of ours.
		const least = {
			name: 'minimal node',
			async run() {
				round += 1;
				const list = people(`MIN${round}`);
				const parameters = { baseUrl: base, code: PARAMETERS.code, name: PARAMETERS.name, cellphone: PARAMETERS.cellphone, defaultDepartment: PARAMETERS.defaultDepartment };
				const run = await harness.runWorkflow({ nodes: [{ name: 'Minimal', type: minimal.TYPE, parameters, credentials: { hoseApi: ref } }] }, { items: list.map((json) => ({ json })) });
				if (run.error) throw run.error;
				if (run.json('Minimal').length !== n) throw new Error('minimal node did not create every record');
				return { ops: n };
			},
		};
		const vsRaw = await ctx.sideBySide({ a: node, b: raw });
		const vsLeast = await ctx.sideBySide({ a: node, b: least });
		const leastVsRaw = await ctx.sideBySide({ a: least, b: raw });
		client.close();
		const goal = 10 * Math.ceil(n / 1000) + Math.ceil(n / 100);
		return [
			ctx.figure({ figure: `Hose calls, Upsert Many of ${n} new staff (lookups + batch creates)`, value: createCalls, goal: ['<=', goal], note: `≤ ${goal} = batches of 100 + lookups of 100` }),
			ctx.figure({ figure: `Hose calls, Upsert Many of ${n} changed staff (lookups + batch updates)`, value: updateCalls, goal: ['<=', goal] }),
			ctx.figure({ figure: `throughput node ÷ raw loop (${n} new staff)`, stats: vsRaw.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'CPU per staff member in this process, node ÷ raw loop', stats: vsRaw.cpu, unit: '×' }),
			ctx.figure({ figure: "throughput node ÷ the minimal node (same four expressions per item, the raw loop's requests through httpRequestWithAuthentication, nothing else): the node's own cost", stats: vsLeast.throughput, unit: '×', goal: ['>=', 0.9] }),
			ctx.figure({ figure: 'CPU per staff member, node ÷ minimal node', stats: vsLeast.cpu, unit: '×' }),
			ctx.figure({ figure: "throughput minimal node ÷ raw loop: n8n-core's engine, expressions, credential read + authenticate, HTTP helper (the cap of the first figure)", stats: leastVsRaw.throughput, unit: '×' }),
			ctx.figure({ figure: 'CPU per staff member, minimal node ÷ raw loop', stats: leastVsRaw.cpu, unit: '×' }),
		];
	},
};
