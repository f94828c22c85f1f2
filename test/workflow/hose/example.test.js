// The Hose parts of examples/hose-hr-sync.json and examples/hose-expense-paid-to-erp.json, run through the
// harness against the sandbox with the examples' own node parameters and expressions (the n8n-nodes-base
// Set / Split Out nodes are replaced by fixed input items).
const path = require('node:path');
const { startHose } = require('./helpers');

const load = (name) => require(path.resolve(__dirname, `../../../examples/${name}.json`));
const sync = load('hose-hr-sync');
const paid = load('hose-expense-paid-to-erp');
const nodeOf = (example, name) => example.nodes.find((n) => n.name === name);
const jsonOf = (example, name) => JSON.parse(nodeOf(example, name).parameters.jsonOutput);

describe('Hose examples', () => {
	let hose;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(() => hose.reset());

	it('are importable workflows whose Hose nodes use the sandbox credential', () => {
		for (const example of [sync, paid]) {
			for (const node of example.nodes.filter((n) => n.type === 'n8n-nodes-cn-enterprise.hose')) expect(node.credentials.hoseApi.name).toBe('Hose (sandbox)');
			for (const [from, { main }] of Object.entries(example.connections)) {
				expect(nodeOf(example, from)).toBeDefined();
				for (const branch of main) for (const link of branch) expect(nodeOf(example, link.node)).toBeDefined();
			}
		}
	});

	async function runSync() {
		const departments = jsonOf(sync, 'HR Departments').departments;
		const staff = jsonOf(sync, 'HR Staff').staff;
		const hoseNode = (name) => ({ ...nodeOf(sync, name), credentials: { hoseApi: hose.credential } });
		return await hose.harness.runWorkflow(
			{
				id: 'example-hr-sync',
				nodes: [
					{ name: 'Departments', type: 'test.items', typeVersion: 1, parameters: { items: JSON.stringify(departments) } },
					hoseNode('Upsert Departments'),
					{ name: 'Staff', type: 'test.items', typeVersion: 1, parameters: { items: JSON.stringify(staff) }, executeOnce: true },
					hoseNode('Upsert Staff'),
				],
				connections: {
					Departments: { main: [[{ node: 'Upsert Departments', type: 'main', index: 0 }]] },
					'Upsert Departments': { main: [[{ node: 'Staff', type: 'main', index: 0 }]] },
					Staff: { main: [[{ node: 'Upsert Staff', type: 'main', index: 0 }]] },
				},
			},
			{ startNode: 'Departments' },
		);
	}

	it('HR sync: departments (parents first) then staff in their departments; a second run changes nothing', async () => {
		const first = await runSync();
		expect(first.error).toBeUndefined();
		expect(first.json('Upsert Departments').map((d) => [d.status, d.error])).toEqual([['created', undefined], ['created', undefined], ['created', undefined]]);
		expect(first.json('Upsert Staff').map((s) => [s.code, s.status])).toEqual([['HR-E-1001', 'created'], ['HR-E-1002', 'created'], ['HR-E-1003', 'created']]);
		const depts = await hose.state('departments');
		const east = depts.find((d) => d.code === 'HR-D-SALES-E');
		expect(east.parentId).toBe(depts.find((d) => d.code === 'HR-D-SALES').id);
		expect((await hose.state('staffs', '?code=HR-E-1001'))[0]).toMatchObject({ name: '林晓', defaultDepartment: east.id, cellphone: '13900001001' });
		const second = await runSync();
		expect(second.json('Upsert Departments').map((d) => d.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(second.json('Upsert Staff').map((s) => s.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
	});

	it('paid → ERP: the trigger item’s flowId reads the document and the voucher is written back', async () => {
		const flow = (await hose.state('flows')).find((f) => f.state === 'paid');
		const get = { ...nodeOf(paid, 'Get Expense Report'), credentials: { hoseApi: hose.credential } };
		const write = { ...nodeOf(paid, 'Write Voucher Back to Hose'), credentials: { hoseApi: hose.credential } };
		const doc = await hose.harness.runWorkflow(
			{ id: 'example-paid', nodes: [{ name: 'Message', type: 'test.items', typeVersion: 1, parameters: { items: JSON.stringify([{ event: 'flow.paid', flowId: flow.id }]) } }, get], connections: { Message: { main: [[{ node: get.name, type: 'main', index: 0 }]] } } },
			{ startNode: 'Message' },
		);
		expect(doc.json(get.name)[0]).toMatchObject({ id: flow.id, code: flow.code });
		const voucher = { flowId: flow.id, voucherNo: `PZ-202605-${flow.code}`, fiscalPeriod: '2026-05' };
		const written = await hose.harness.runWorkflow(
			{ id: 'example-paid-2', nodes: [{ name: 'ERP', type: 'test.items', typeVersion: 1, parameters: { items: JSON.stringify([voucher]) } }, write], connections: { ERP: { main: [[{ node: write.name, type: 'main', index: 0 }]] } } },
			{ startNode: 'ERP' },
		);
		expect(written.error).toBeUndefined();
		expect((await hose.state('flows')).find((f) => f.id === flow.id).voucher).toMatchObject({ voucherNo: `PZ-202605-${flow.code}`, fiscalPeriod: '2026-05', voucherStatus: '已生成' });
	});
});
