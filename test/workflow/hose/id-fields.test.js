// Issue 12: every ID field the vendor can list is a dropdown or a resource locator (staff, department,
// template, fee type — and requisitions). The description check walks every Hose parameter whose name or label
// says it holds an ID of something; the workflows show the new locators resolve (a code is looked up, a plain
// string saved before still reads as an ID) and that their lists fill from the sandbox.
const { startHose } = require('./helpers');
const { Hose } = require('../../../nodes/Hose/Hose.node');
const { setUpDocuments } = require('./setups');

/** Every parameter with its path and the resource/operation it shows for. */
function* walk(properties, trail = [], show = undefined) {
	for (const p of properties || []) {
		const here = [...trail, p.name];
		const at = (p.displayOptions && p.displayOptions.show) || show;
		yield { p, path: here.join('.'), where: at ? `${at.resource}.${at.operation}` : '' };
		if (p.type === 'collection') yield* walk(p.options, here, at);
		if (p.type === 'fixedCollection') for (const g of p.options || []) yield* walk(g.values, [...here, g.name], at);
	}
}

/**
 * ID fields Hose has no list for that the node could offer, or that hold many IDs at once (kept as text on
 * purpose; docs/vendors/hose.md §2 "ID fields"). Anything else that names an ID must be a dropdown or locator.
 */
const TEXT_ON_PURPOSE = {
	staffIds: 'up to 100 staff IDs per item (enable/disable), mapped from input',
	requisitionIds: 'several requisition IDs per item (close), mapped from input',
	flowId: 'a document; Hose lists only pending approvals (Document → Get Pending Approvals), not all documents',
	flowIds: 'several documents per item',
	nodeId: 'EBot: from the trigger message',
	signKey: 'EBot: from the trigger message',
	userid: 'the third-party (e.g. DingTalk) user ID, not a Hose list',
	travelPeople: 'several staff IDs per order, comma-separated',
	entityId: 'the 订单管理 business object: its list needs the platform ID of a self-built app (获取业务对象), not wrapped',
	specificationId_line: "a fee type's template (根据ID或CODE获取费用类型模板信息 is a lookup by known IDs, not a list)",
	payeeId: '获取收款账户 is not wrapped [A]',
	parentCode: 'a code, the counterpart of the Parent Department dropdown',
	orderNo: 'your order number',
	key: 'Document Get: flowId, code or outerCode per Find By',
	'department.upsertMany:parent': 'Upsert Many: each input item names its parent by ID or code (Parent By), from your HR data',
};
const looksLikeId = (p) => /(Id|Ids|ID|IDs)$/.test(p.name) || /\bIDs?\b|\bID\)/.test(p.displayName) || /^(staff|department|parent|approver|submitter|bookingPeople)$/.test(p.name);
const pickable = (p) => p.type === 'resourceLocator' || ((p.type === 'options' || p.type === 'multiOptions') && p.typeOptions && p.typeOptions.loadOptionsMethod);

describe('Hose ID fields', () => {
	it('every ID field is a dropdown or resource locator, except the listed ones (with their reason)', () => {
		const plain = [];
		for (const { p, path, where } of walk(new Hose().description.properties)) {
			if (!looksLikeId(p) || pickable(p) || ['notice', 'boolean'].includes(p.type)) continue;
			const name = path.endsWith('line.specificationId') ? 'specificationId_line' : p.name;
			if (!TEXT_ON_PURPOSE[name] && !TEXT_ON_PURPOSE[`${where}:${name}`]) plain.push(`${where} ${path} (${p.type})`);
		}
		expect(plain).toEqual([]);
	});

	describe('as workflows', () => {
		let hose;
		beforeAll(async () => {
			hose = await startHose();
		});
		afterAll(() => hose && hose.close());
		beforeEach(() => hose.reset());
		const load = (method, kind, filter) =>
			hose.harness.loadOptions({ type: 'hose', method, ...(kind ? { kind, filter } : {}), parameters: {}, credentials: { hoseApi: hose.credential } });

		it('requisitions: From List fills from 获取申请事项列表 (filter by name); Get reads a locator or a plain ID', async () => {
			const all = await hose.state('requisitions');
			const listed = await load('searchRequisitions', 'listSearch', '');
			expect(listed.results.map((r) => r.value)).toEqual(all.map((r) => r.id));
			const filtered = await load('searchRequisitions', 'listSearch', all[2].name);
			expect(filtered.results.map((r) => r.value)).toContain(all[2].id);
			expect(filtered.results.every((r) => r.name.includes(all[2].name))).toBe(true);
			for (const requisitionId of [{ __rl: true, mode: 'list', value: all[3].id }, { __rl: true, mode: 'id', value: all[3].id }, all[3].id]) {
				const got = await hose.run({ resource: 'requisition', operation: 'get', requisitionId });
				expect(got.json('Node')[0].id).toBe(all[3].id);
			}
			const empty = await hose.run({ resource: 'requisition', operation: 'get', requisitionId: { __rl: true, mode: 'id', value: '={{ "" }}' } });
			expect(empty.error.message).toMatch(/Requisition \(申请事项\) \(requisitionId\) is required \[item 0\]/);
		});

		it('staff filters and fields are staff locators: a code is looked up, an unknown one fails naming the field before the list is read', async () => {
			const docs = await setUpDocuments(hose);
			const approver = (await hose.state('staffs')).find((s) => s.id === docs.approver);
			const byId = await hose.run({ resource: 'document', operation: 'getBacklog', returnAll: true, filters: { approverId: docs.approver } });
			const byCode = await hose.run({ resource: 'document', operation: 'getBacklog', returnAll: true, filters: { approverId: { __rl: true, mode: 'code', value: approver.code } } });
			expect(byCode.json('Node').map((d) => d.id)).toEqual(byId.json('Node').map((d) => d.id));
			expect(byCode.json('Node').length).toBeGreaterThan(0);
			await hose.control('DELETE', '/log');
			const unknown = await hose.run({ resource: 'document', operation: 'getBacklog', returnAll: true, filters: { approverId: { __rl: true, mode: 'code', value: 'NO-SUCH' } } });
			expect(unknown.error.message).toMatch(/Approver \(审批人\) \(approverId\) is no active Hose staff member with code "NO-SUCH" \[item 0\]/);
			expect(await hose.calls('/docs/backlog')).toEqual([]);
			const badCode = await hose.run({ resource: 'document', operation: 'getBacklog', returnAll: true, filters: { approverId: { __rl: true, mode: 'code', value: 'E 1' } } });
			expect(badCode.error.message).toMatch(/\(approverId\).*\[item 0\]/);

			const requisitions = await hose.state('requisitions');
			const owner = (await hose.state('staffs')).find((s) => s.id === requisitions[0].ownerId);
			const mine = await hose.run({ resource: 'requisition', operation: 'getMany', returnAll: true, filters: { staffId: { __rl: true, mode: 'code', value: owner.code } } });
			expect(mine.json('Node').map((r) => r.id)).toEqual(requisitions.filter((r) => r.ownerId === owner.id).map((r) => r.id));
			expect((await hose.calls('/requisition/getData')).pop().body).toMatchObject({ staffId: owner.id });

			const booked = await hose.run({ resource: 'travel', operation: 'syncOrder', orderNo: 'ID-ORDER-1', orderType: 'taxi', orderSummary: '望京-国贸', orderDate: '2026-05-01T09:30:00+08:00', orderStatus: '确认订单', orderCategory: '主订单', travelType: '因公', realAmount: '35.20', bookingPlatform: '滴滴企业版', additionalFields: { bookingPeople: { __rl: true, mode: 'code', value: owner.code } } });
			expect(booked.error).toBeUndefined();
			expect((await hose.state('syncedOrders')).find((o) => o.orderNo === 'ID-ORDER-1').bookingPeople).toBe(owner.id);
		});

		it('Department Update: the parent is a dropdown with Top Level first; choosing a department moves it there', async () => {
			const options = await load('getParentDepartments');
			const departments = await hose.state('departments');
			expect(options[0]).toMatchObject({ value: '' });
			expect(options.slice(1).map((o) => o.value).sort()).toEqual(departments.map((d) => d.id).sort());
			const [, a, b] = departments.filter((d) => d.parentId && d.active);
			const moved = await hose.run({ resource: 'department', operation: 'update', department: { mode: 'id', value: b.id }, updateFields: { parentId: a.id } });
			expect(moved.error).toBeUndefined();
			expect((await hose.state('departments')).find((d) => d.id === b.id).parentId).toBe(a.id);
		});

		it('Document Create: Linked Requisition is a locator; its ID is sent as form.expenseLink', async () => {
			const docs = await setUpDocuments(hose);
			const [requisition] = await hose.state('requisitions');
			const created = await hose.run(docs.create({ outerCode: 'ID-LINK', additionalFields: { expenseLink: { __rl: true, mode: 'list', value: requisition.id } } }));
			expect(created.error).toBeUndefined();
			const stored = (await hose.state('flows')).find((f) => f.form.outerCode === 'ID-LINK');
			expect(stored.form.expenseLink).toBe(requisition.id);
			// A re-run resolves to it (the locator compares as its ID).
			const again = await hose.run(docs.create({ outerCode: 'ID-LINK', additionalFields: { expenseLink: requisition.id } }));
			expect(again.json('Node')[0]).toMatchObject({ id: stored.id, created: false });
		});
	});
});
