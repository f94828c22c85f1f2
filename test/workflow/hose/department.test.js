// Department (部门) operations as real workflows against the Hose sandbox: list, get by id / code / name /
// path, create under a parent given by id or code, update (full body merged from the current one), enable /
// disable, Upsert Many with parents created in the same run; validation, vendor errors, token expiry.
const { startHose } = require('./helpers');

describe('Hose department', () => {
	let hose;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(() => hose.reset());

	const departments = () => hose.state('departments');

	it('lists all departments page by page (disabled included) and with a limit', async () => {
		const all = await departments();
		const result = await hose.run({ resource: 'department', operation: 'getMany', returnAll: true });
		expect(result.json('Node').map((d) => d.id)).toEqual(all.map((d) => d.id));
		const limited = await hose.run({ resource: 'department', operation: 'getMany', returnAll: false, limit: 3 });
		expect(limited.json('Node')).toHaveLength(3);
		expect((await hose.calls('/api/openapi/v1/departments')).pop().query).toMatchObject({ start: '0', count: '3' });
	});

	it('gets a department by ID, code (departmentBy), name and path', async () => {
		const [, , child] = await departments();
		for (const [department, by] of /** @type {Array<[{ mode: string, value: string }, string]>} */ ([[{ mode: 'id', value: child.id }, 'id'], [{ mode: 'code', value: child.code }, 'code'], [{ mode: 'list', value: child.id }, 'id']])) {
			const got = await hose.run({ resource: 'department', operation: 'get', findBy: 'department', department });
			expect(got.json('Node')[0]).toMatchObject({ id: child.id, code: child.code, name: child.name });
			expect((await hose.calls('/api/openapi/v1/departments/$' + department.value)).pop().query.departmentBy).toBe(by);
		}
		const byName = await hose.run({ resource: 'department', operation: 'get', findBy: 'name', name: child.name });
		expect(byName.json('Node').map((d) => d.id)).toEqual([child.id]);
		const byPath = await hose.run({ resource: 'department', operation: 'get', findBy: 'path', path: child.path });
		expect(byPath.json('Node')[0].id).toBe(child.id);
		const unknown = await hose.run({ resource: 'department', operation: 'get', findBy: 'department', department: { mode: 'code', value: 'NOPE' } });
		expect(unknown.error.message).toBe('Hose error 400: 未找到对应部门');
	});

	it('creates under a parent given by code or ID, or at the top level; a sibling with the same name is Hose\'s 412', async () => {
		const [, top] = await departments();
		const byCode = await hose.run({ resource: 'department', operation: 'create', name: '共享服务中心', code: 'SSC', parent: { mode: 'code', value: top.code }, additionalFields: { order: 3, form: '{"costCenter":"CC-1"}' } });
		expect(byCode.error).toBeUndefined();
		const ssc = byCode.json('Node')[0];
		expect(ssc).toMatchObject({ id: expect.any(String), name: '共享服务中心', code: 'SSC', parentId: top.id, created: true });
		const byId = await hose.run({ resource: 'department', operation: 'create', name: '费用组', code: 'SSC-1', parent: { mode: 'id', value: ssc.id } });
		expect(byId.json('Node')[0].parentId).toBe(ssc.id);
		const stored = (await departments()).find((d) => d.code === 'SSC-1');
		expect(stored.path).toBe(`${top.path}/共享服务中心/费用组`);
		expect((await departments()).find((d) => d.code === 'SSC')).toMatchObject({ order: 3, form: { costCenter: 'CC-1' } });
		const root = await hose.run({ resource: 'department', operation: 'create', name: '海外事业部', code: 'INTL', topLevel: true });
		expect((await hose.calls('/api/openapi/v1/departments')).filter((c) => c.method === 'POST').pop().body.parentId).toBe('');
		expect(root.error).toBeUndefined();
		const twin = await hose.run({ resource: 'department', operation: 'create', name: '费用组', code: 'SSC-2', parent: { mode: 'id', value: ssc.id } });
		expect(twin.error.message).toBe('Hose error 412: 该部门在同级有相同的部门名称');
	});

	it('validates before any request: name required, code without spaces, order a whole number, form an object', async () => {
		const base = { resource: 'department', operation: 'create', name: 'X', code: 'X1', topLevel: true };
		/** @type {Array<[object, RegExp]>} */
		const cases = [
			[{ name: '={{ "  " }}' }, /Name \(部门名称\) \(name\) is required \[item 0\]/],
			[{ code: 'X 1' }, /Code \(部门编码\) \(code\) must not contain spaces/],
			[{ additionalFields: { order: 1.5 } }, /Order \(排序\) \(order\) must be a whole number/],
			[{ additionalFields: { form: '[1]' } }, /Custom Fields \(form\) must be a JSON object/],
			[{ topLevel: false, parent: { mode: 'code', value: '={{ "" }}' } }, /Parent Department \(上级部门\) \(parent\) is required/],
		];
		for (const [change, message] of cases) expect((await hose.run({ ...base, ...change })).error.message).toMatch(message);
		expect(await hose.log()).toHaveLength(0);
	});

	it('updates by code with the full body Hose requires, moves under a parent given by code', async () => {
		const all = await departments();
		const target = all.find((d) => d.parentId && d.parentId !== all[0].id);
		const newParent = all.find((d) => d.parentId === all[0].id && d.id !== target.parentId);
		const result = await hose.run({ resource: 'department', operation: 'update', department: { mode: 'code', value: target.code }, updateFields: { name: '改名部', parentCode: newParent.code } });
		expect(result.error).toBeUndefined();
		const put = (await hose.calls(`/departments/update/$${target.id}`))[0];
		expect(put.body).toEqual({ code: target.code, name: '改名部', parentId: newParent.id });
		const stored = (await departments()).find((d) => d.id === target.id);
		expect(stored).toMatchObject({ name: '改名部', parentId: newParent.id, path: `${newParent.path}/改名部` });
		const both = await hose.run({ resource: 'department', operation: 'update', department: { mode: 'id', value: target.id }, updateFields: { parentId: 'a', parentCode: 'b' } });
		expect(both.error.message).toMatch(/Parent Department or Parent Code, not both/);
	});

	it('disables (refused while staff belong to it — Hose 412) and enables by code', async () => {
		const created = (await hose.run({ resource: 'department', operation: 'create', name: '临时项目组', code: 'TMP', topLevel: true })).json('Node')[0];
		const off = await hose.run({ resource: 'department', operation: 'disable', department: { mode: 'code', value: 'TMP' } });
		expect(off.json('Node')[0]).toEqual({ id: created.id, active: false });
		expect((await departments()).find((d) => d.id === created.id).active).toBe(false);
		const on = await hose.run({ resource: 'department', operation: 'enable', department: { mode: 'code', value: 'TMP' } });
		expect(on.error).toBeUndefined();
		expect((await departments()).find((d) => d.id === created.id).active).toBe(true);
		const staffed = (await hose.state('staffs'))[0].defaultDepartment;
		const refused = await hose.run({ resource: 'department', operation: 'disable', department: { mode: 'id', value: staffed } });
		expect(refused.error.message).toMatch(/^Hose error 412: 部门下存在在职员工/);
	});

	it('Upsert Many creates parents before children in one run, updates changed, leaves unchanged, in ≤ 100-record batches', async () => {
		const all = await departments();
		const keep = all[3];
		const rename = all[4];
		const items = [
			{ json: { code: 'R-2', name: '华东销售二组', parent: 'R-1' } },
			{ json: { code: 'R-1', name: '华东销售部', parent: all[1].code } },
			{ json: { code: keep.code, name: keep.name, parent: all.find((d) => d.id === keep.parentId).code } },
			{ json: { code: rename.code, name: `${rename.name}（新）`, parent: all.find((d) => d.id === rename.parentId).code } },
			...Array.from({ length: 120 }, (_, k) => ({ json: { code: `R-2-${k}`, name: `小组${k}`, parent: 'R-2' } })),
		];
		const result = await hose.run({ resource: 'department', operation: 'upsertMany', code: '={{ $json.code }}', name: '={{ $json.name }}', parentBy: 'code', parent: '={{ $json.parent }}' }, items);
		expect(result.error).toBeUndefined();
		const out = result.json('Node');
		expect(out.map((o) => o.status).slice(0, 5)).toEqual(['created', 'created', 'unchanged', 'updated', 'created']);
		expect(out.filter((o) => o.status === 'created')).toHaveLength(122);
		const stored = await departments();
		const r1 = stored.find((d) => d.code === 'R-1');
		const r2 = stored.find((d) => d.code === 'R-2');
		expect(r2.parentId).toBe(r1.id);
		expect(stored.filter((d) => d.parentId === r2.id)).toHaveLength(120);
		expect(stored.find((d) => d.id === rename.id).name).toBe(`${rename.name}（新）`);
		const batches = (await hose.calls('/departments/batch/create')).map((c) => c.body.departmentList.map((d) => d.code));
		expect(batches).toEqual([['R-1'], ['R-2'], items.slice(4, 104).map((i) => i.json.code), items.slice(104).map((i) => i.json.code)]);
	});

	it('Upsert Many: an unknown parent or a refused record fails alone (continueOnFail), with Hose\'s reason', async () => {
		const [, top] = await departments();
		const sibling = (await departments()).find((d) => d.parentId === top.id);
		const items = [
			{ json: { code: 'U-1', name: '新部门一', parent: top.code } },
			{ json: { code: 'U-2', name: sibling.name, parent: top.code } }, // same name under the same parent → Hose refuses
			{ json: { code: 'U-3', name: '孤儿部门', parent: 'NO-SUCH' } },
			{ json: { code: 'U-4', name: '新部门四', parent: top.code } },
		];
		const result = await hose.run({ resource: 'department', operation: 'upsertMany', code: '={{ $json.code }}', name: '={{ $json.name }}', parentBy: 'code', parent: '={{ $json.parent }}' }, items, { onError: 'continueRegularOutput' });
		const out = result.json('Node');
		expect(out.map((o) => o.status)).toEqual(['created', 'failed', 'failed', 'created']);
		expect(out[1]).toMatchObject({ errorCode: '412', reason: '该部门在同级有相同的部门名称' });
		expect(out[2].error).toMatch(/Parent "NO-SUCH" is no Hose department code, and no item of this input creates it \[item 2\]/);
		expect((await departments()).filter((d) => /^U-/.test(d.code)).map((d) => d.code).sort()).toEqual(['U-1', 'U-4']);
	});

	it('a 403 expiry during the department list refreshes the token once', async () => {
		await hose.run({ resource: 'department', operation: 'getMany', returnAll: false, limit: 1 });
		await hose.revokeTokens();
		const result = await hose.run({ resource: 'department', operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(hose.harness.credentials.count('preAuthentication', 'hoseApi')).toBe(2);
	});
});
