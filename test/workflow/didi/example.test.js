// The DiDi part of examples/didi-oa-approval-to-travel.json, run through the harness against the sandbox:
// the OA approval creates a DiDi travel approval (a re-delivered OA call does not duplicate it), and the
// scheduled branch lists orders and reads ride details for the write-back.
const path = require('node:path');
const { startDidi, unwrap } = require('./helpers');

const example = require(path.resolve(__dirname, '../../../examples/didi-oa-approval-to-travel.json'));
const nodeNamed = (name) => example.nodes.find((n) => n.name === name);

describe('example: OA approval → DiDi travel approval; orders → OA', () => {
	let didi;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());

	it('is an importable workflow using the DiDi node with the sandbox credential', () => {
		const didiNodes = example.nodes.filter((n) => n.type === 'n8n-nodes-cn-enterprise.didiEnterprise');
		expect(didiNodes.length).toBeGreaterThanOrEqual(2);
		for (const node of didiNodes) expect(node.credentials.didiEnterpriseApi.name).toBe('DiDi Enterprise (sandbox)');
		for (const [from, { main }] of Object.entries(example.connections)) {
			expect(nodeNamed(from)).toBeDefined();
			for (const branch of main) for (const link of branch) expect(nodeNamed(link.node)).toBeDefined();
		}
	});

	async function runDidiNode(name, items) {
		const node = nodeNamed(name);
		return await didi.harness.runWorkflow(
			{
				id: `example-${name}`,
				nodes: [
					{ name: 'Input', type: 'test.items', typeVersion: 1, parameters: { items: JSON.stringify(items) } },
					{ ...node, credentials: { didiEnterpriseApi: didi.credential } },
				],
				connections: { Input: { main: [[{ node: name, type: 'main', index: 0 }]] } },
			},
			{ startNode: 'Input' },
		);
	}

	it('creates the travel approval once, even when the OA delivers twice', async () => {
		const regulations = unwrap(await didi.state('regulations'));
		const members = unwrap(await didi.state('members'));
		const cities = unwrap(await didi.state('cities'));
		const travel = regulations.find((r) => Number(r.approval_type) === 1) || regulations[0];
		const applicant = members.find((m) => m.phone) || members[0];
		const [from, to] = cities;
		const body = {
			approvalNo: `OA-${Date.now()}`,
			status: 'approved',
			applicantPhone: applicant.phone,
			regulationId: String(travel.regulation_id ?? travel.id),
			reason: 'Customer visit',
			startDate: '2030-05-01',
			endDate: '2030-05-03',
			fromCityId: String(from.city_id ?? from.id),
			toCityId: String(to.city_id ?? to.id),
		};
		const first = await runDidiNode('Create DiDi Travel Approval', [{ body }]);
		expect(first.error).toBeUndefined();
		const [created] = first.json('Create DiDi Travel Approval');
		expect(created.created).toBe(true);
		const again = await runDidiNode('Create DiDi Travel Approval', [{ body }]);
		expect(again.error).toBeUndefined();
		expect(again.json('Create DiDi Travel Approval')[0]).toMatchObject({ approval_id: created.approval_id, created: false });
		const approvals = unwrap(await didi.state('approvals'));
		expect(approvals.filter((a) => a.out_approval_id === body.approvalNo)).toHaveLength(1);
	});

	it('lists orders and reads ride details for the write-back', async () => {
		const listed = await runDidiNode('List Finished Orders', [{}]);
		expect(listed.error).toBeUndefined();
		const orders = listed.json('List Finished Orders');
		for (const order of orders) expect(order).toEqual(expect.objectContaining({ order_id: expect.any(String), category: expect.any(String) }));
		const car = orders.filter((o) => o.category === 'car').slice(0, 3);
		if (car.length) {
			const details = await runDidiNode('Get Ride Order', car);
			expect(details.error).toBeUndefined();
			expect(details.json('Get Ride Order').map((d) => String(d.order_id))).toEqual(car.map((c) => c.order_id));
		}
	});
});
