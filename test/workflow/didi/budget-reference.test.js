// Budget centres (部门/项目) and reference data (regulations, cities, roles, legal entities) as workflows
// against the sandbox, plus the dropdowns (loadOptions / listSearch) that fill the editor from DiDi.
const { startDidi, calls, unwrap } = require('./helpers');

describe('DiDi budget center', () => {
	let didi;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(() => didi.reset());

	it('creates, gets, lists, updates and deletes a department', async () => {
		const created = await didi.run({ resource: 'budgetCenter', operation: 'create', type: 1, name: '测试部', out_budget_id: `D-${Date.now()}`, additionalFields: { total_quota: '1000', budget_cycle: 1 } });
		expect(created.error).toBeUndefined();
		const { id } = created.json('Node')[0];
		expect(id).toBeTruthy();
		const got = await didi.run({ resource: 'budgetCenter', operation: 'get', budgetCenter: { mode: 'id', value: String(id) }, type: 1 });
		expect(got.error).toBeUndefined();
		expect(got.json('Node')[0]).toMatchObject({ name: '测试部' });
		const updated = await didi.run({ resource: 'budgetCenter', operation: 'update', budgetCenter: { mode: 'id', value: String(id) }, type: 1, updateFields: { name: '测试二部' } });
		expect(updated.error).toBeUndefined();
		const list = await didi.run({ resource: 'budgetCenter', operation: 'getMany', type: 1, returnAll: true, filters: { name: '测试二部' } });
		expect(list.json('Node').map((r) => String(r.id))).toContain(String(id));
		const deleted = await didi.run({ resource: 'budgetCenter', operation: 'delete', budgetCenter: { mode: 'id', value: String(id) }, type: 1 });
		expect(deleted.error).toBeUndefined();
		const gone = await didi.run({ resource: 'budgetCenter', operation: 'get', budgetCenter: { mode: 'id', value: String(id) }, type: 1 });
		expect(gone.status).toBe('error');
	});

	it("a department update always carries out_budget_id: the department's current one when not changed", async () => {
		// didi-operations.txt BudgetCenter/edit out_budget_id: "type = 1 时必填 … 更新部门时。字段必填。"
		const code = `D-${Date.now()}`;
		const { id } = (await didi.run({ resource: 'budgetCenter', operation: 'create', type: 1, name: '测试部', out_budget_id: code })).json('Node')[0];
		const updated = await didi.run({ resource: 'budgetCenter', operation: 'update', budgetCenter: { mode: 'id', value: String(id) }, type: 1, updateFields: { name: '测试二部' } });
		expect(updated.error).toBeUndefined();
		const edits = calls(await didi.log(), '/river/BudgetCenter/edit');
		expect(edits).toHaveLength(1);
		expect(edits[0].body).toMatchObject({ id: String(id), type: 1, name: '测试二部', out_budget_id: code });
		expect(Number(edits[0].errno)).toBe(0);
	});

	it('amounts are whole yuan: a decimal total quota is refused before anything is sent', async () => {
		// didi-operations.txt BudgetCenter/add total_quota: "总金额，单位元 0表示不限额度 金额管控只支持正整数"
		for (const [operation, extra] of /** @type {Array<[string, object]>} */ ([
			['create', { name: '测试部', out_budget_id: 'D-Q', additionalFields: { total_quota: '1000.50' } }],
			['update', { budgetCenter: { mode: 'id', value: '1' }, updateFields: { out_budget_id: 'D-Q', total_quota: '-5' } }],
		])) {
			const result = await didi.run({ resource: 'budgetCenter', operation, type: 1, ...extra });
			expect(result.error.message).toMatch(/^Total Quota \(total_quota\) must be a whole number of yuan \(a positive integer, or 0 for no limit\) \(got "(1000\.50|-5)"\) \[item 0\]$/);
		}
		expect((await didi.log()).filter((entry) => entry.path.includes('/river/BudgetCenter/'))).toHaveLength(0);
	});

	it('creates projects one at a time for many items', async () => {
		const items = Array.from({ length: 4 }, (_, k) => ({ json: { name: `项目${k}` } }));
		const result = await didi.run({ resource: 'budgetCenter', operation: 'create', type: 2, name: '={{ $json.name }}', additionalFields: { start_date: '2030-01-01', expiry_date: '2030-12-31' } }, items);
		expect(result.error).toBeUndefined();
		expect(new Set(result.json('Node').map((r) => String(r.id))).size).toBe(4);
		expect(calls(await didi.log(), '/river/BudgetCenter/add')).toHaveLength(4);
	});

	it('never adds budget centres concurrently, even from parallel executions', async () => {
		const run = (tag) =>
			didi.run({ resource: 'budgetCenter', operation: 'create', type: 1, name: '={{ $json.name }}', out_budget_id: '={{ $json.code }}' }, [0, 1, 2].map((k) => ({ json: { name: `并行${tag}${k}`, code: `PAR-${tag}-${k}` } })));
		const results = await Promise.all([run('a'), run('b'), run('c')]);
		for (const result of results) expect(result.error).toBeUndefined();
		const adds = calls(await didi.log(), '/river/BudgetCenter/add');
		expect(adds).toHaveLength(9);
		expect(adds.every((a) => Number(a.errno) === 0)).toBe(true);
	});

	it('validates before any request', async () => {
		const noCode = await didi.run({ resource: 'budgetCenter', operation: 'create', type: 1, name: '无编号部门' });
		expect(noCode.error.message).toMatch(/out_budget_id.*\[item 0\]/);
		const dates = await didi.run({ resource: 'budgetCenter', operation: 'create', type: 2, name: 'p', additionalFields: { start_date: '2030-05-01', expiry_date: '2030-04-01' } });
		expect(dates.error.message).toMatch(/expiry_date/);
		expect(calls(await didi.log(), '/river/BudgetCenter/add')).toHaveLength(0);
	});

	it('surfaces vendor errors on each operation', async () => {
		for (const [operation, path, extra] of /** @type {Array<[string, string, object]>} */ ([
			['create', '/river/BudgetCenter/add', { name: 'x', out_budget_id: 'X-1' }],
			['update', '/river/BudgetCenter/edit', { budgetCenter: { mode: 'id', value: '1' }, updateFields: { name: 'y', out_budget_id: 'X-1' } }],
			['delete', '/river/BudgetCenter/del', { budgetCenter: { mode: 'id', value: '1' } }],
			['get', '/river/BudgetCenter/get', { budgetCenter: { mode: 'id', value: '1' } }],
			['getMany', '/river/BudgetCenter/get', { returnAll: true }],
		])) {
			await didi.fault(path, 10001, { errmsg: 'parameter error' });
			const result = await didi.run({ resource: 'budgetCenter', operation, type: 1, ...extra });
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(/10001/);
		}
	});
});

describe('DiDi reference data and dropdowns', () => {
	let didi;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(() => didi.reset());

	it.each([
		['regulation', '/river/Regulation/get', 'regulations'],
		['city', '/river/City/get', 'cities'],
		['role', '/river/Role/get', 'roles'],
		['legalEntity', '/river/LegalEntity/get', 'legalEntities'],
	])('%s: get many, with a limit, and a vendor error', async (resource, path) => {
		const all = await didi.run({ resource, operation: 'getMany', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.json('Node').length).toBeGreaterThan(0);
		const one = await didi.run({ resource, operation: 'getMany', returnAll: false, limit: 1 });
		expect(one.json('Node')).toHaveLength(1);
		await didi.fault(path, 403, { errmsg: 'no permission' });
		const failed = await didi.run({ resource, operation: 'getMany', returnAll: true });
		expect(failed.error.message).toMatch(/403/);
		expect(failed.error.description).toMatch(/permission|scope/i);
	});

	it('errno 19999 shows DiDi\'s params_sign_str and hints, never a secret', async () => {
		await didi.run({ resource: 'role', operation: 'getMany', returnAll: true });
		await didi.control('POST', '/config', { vendor: 'didi', signMethod: 'md5' });
		try {
			const result = await didi.run({ resource: 'role', operation: 'getMany', returnAll: true });
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(/19999/);
			expect(result.error.description).toMatch(/Sign Key/);
			expect(result.error.description).toMatch(/DiDi signed: .*sign_key=/);
			const text = JSON.stringify({ message: result.error.message, description: result.error.description });
			const stored = didi.harness.credentials.get('didiEnterpriseApi', didi.credential.id);
			for (const secret of [didi.credentialData.signKey, didi.credentialData.clientSecret, stored.accessToken]) {
				expect(text).not.toContain(secret);
			}
		} finally {
			await didi.control('POST', '/config', { vendor: 'didi', signMethod: 'sha256' });
		}
	});

	it('errno 10002 (IP not whitelisted) explains the whitelist', async () => {
		await didi.run({ resource: 'role', operation: 'getMany', returnAll: true });
		await didi.control('POST', '/config', { vendor: 'didi', whitelist: false });
		try {
			const result = await didi.run({ resource: 'city', operation: 'getMany', returnAll: true });
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(/10002/);
			expect(result.error.description).toMatch(/IP whitelist/);
			expect(result.error.description).toMatch(/Request ID: \S+/);
		} finally {
			await didi.control('POST', '/config', { vendor: 'didi', whitelist: true });
		}
	});

	it('works with AES transport encryption (encrypted answers are decrypted)', async () => {
		const encryptKey = '64ecd6a08ced45ad5d7fedd0c347f6c9';
		await didi.control('POST', '/config', { vendor: 'didi', encryption: 'aes128', encryptKey });
		const ref = didi.harness.credentials.set('didiEnterpriseApi', { ...didi.credentialData, encryption: 'aes128', encryptKey, accessToken: '' }, { id: 'didi-aes', name: 'DiDi AES' });
		try {
			const result = await didi.harness.runNode({ type: 'didiEnterprise', parameters: { resource: 'city', operation: 'getMany', returnAll: true }, credentials: { didiEnterpriseApi: ref } });
			expect(result.error).toBeUndefined();
			expect(result.json('Node').map((c) => c.city_name)).toContain('北京');
			const last = calls(await didi.log(), '/river/City/get').at(-1);
			expect(last.response.encrypt_data).toEqual(expect.any(String));
		} finally {
			await didi.control('POST', '/config', { vendor: 'didi', encryption: 'none', encryptKey: '' });
		}
	});

	it('gets a regulation by id, and fails for an unknown one', async () => {
		const [first] = (await didi.run({ resource: 'regulation', operation: 'getMany', returnAll: true })).json('Node');
		const got = await didi.run({ resource: 'regulation', operation: 'get', regulationId: String(first.regulation_id) });
		expect(got.error).toBeUndefined();
		expect(String(got.json('Node')[0].regulation_id)).toBe(String(first.regulation_id));
		const unknown = await didi.run({ resource: 'regulation', operation: 'get', regulationId: '1' });
		expect(unknown.status).toBe('error');
	});

	it('fills dropdowns and searchable lists from DiDi', async () => {
		const load = (method, kind = 'loadOptions', extra = {}) =>
			didi.harness.loadOptions({ type: 'didiEnterprise', method, kind, credentials: { didiEnterpriseApi: didi.credential }, ...extra });
		for (const method of ['getRegulations', 'getCities', 'getRoles', 'getLegalEntities', 'getDepartments', 'getProjects', 'getBudgetCenters']) {
			const options = await load(method);
			expect(options.length).toBeGreaterThan(0);
			for (const option of options) expect(option).toEqual(expect.objectContaining({ name: expect.any(String), value: expect.any(String) }));
		}
		const members = await load('searchMembers', 'listSearch');
		expect(members.results.length).toBeGreaterThan(0);
		const budgetCenters = await load('searchBudgetCenters', 'listSearch', { parameters: { type: 1 } });
		expect(budgetCenters.results.length).toBeGreaterThan(0);
		const forTravel = await load('getRegulations', 'loadOptions', { parameters: { resource: 'approval', operation: 'create', approvalType: 1 } });
		const travelIds = unwrap(await didi.state('regulations')).filter((r) => r.approval_type === 1).map((r) => r.regulation_id);
		expect(forTravel.map((o) => o.value).sort()).toEqual(travelIds.sort());
		const regulations = unwrap(await didi.state('regulations'));
		expect((await load('getRegulations')).length).toBeLessThanOrEqual(regulations.length);
		// The approval's Regulation may stay empty (Policy Type / Value stand in): the list says so first.
		const orNone = await load('getRegulationsOrNone', 'loadOptions', { parameters: { resource: 'approval', operation: 'create', approvalType: 1 } });
		expect(orNone[0]).toEqual(expect.objectContaining({ name: 'None (Use the Policy Below)', value: '' }));
		expect(orNone.slice(1)).toEqual(forTravel);
	});
});
