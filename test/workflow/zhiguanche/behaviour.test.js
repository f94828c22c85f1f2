// ZhiGuanChe node behaviour beyond one call: exactly-once creates, Upsert Many, retries and pacing under the
// sandbox's 20 requests/second, continueOnFail, dropdowns loaded from the vendor, no secret in any error.
const { setup, byId } = require('./helpers');
const { createRequest, DEPT } = require('./operations');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(async () => {
	await env.reset({ warm: true });
});

const requestParams = (over = {}) => ({
	resource: 'vehicleRequest',
	operation: 'create',
	outerId: 'OA-CAR-9001',
	applicantMobile: '13276803753',
	startTime: '2027-01-05 09:00',
	endTime: '2027-01-05 17:00',
	origin: '公司本部',
	destination: '首都机场T3',
	additionalFields: { passengers: 2 },
	...over,
});

describe('vehicle request: the OA request ID makes a create exactly-once', () => {
	it('a re-run answers the stored request (created: false) and ZhiGuanChe holds exactly one', async () => {
		const first = await env.run(requestParams());
		expect(first.error).toBeUndefined();
		const again = await env.run(requestParams());
		expect(again.error).toBeUndefined();
		expect(first.json('ZhiGuanChe')[0]).toMatchObject({ created: true, status: 'pending' });
		expect(again.json('ZhiGuanChe')[0]).toMatchObject({ created: false, id: first.json('ZhiGuanChe')[0].id, startTime: Date.UTC(2027, 0, 5, 1) });
		expect(await env.state('vehicleRequests', '?outerId=OA-CAR-9001')).toHaveLength(1);
	});

	it('the same OA ID with different content is refused naming the differing fields; nothing changes', async () => {
		await env.run(requestParams());
		const r = await env.run(requestParams({ destination: '大兴机场', additionalFields: { passengers: 4 } }));
		expect(r.error.message).toMatch(/^ZhiGuanChe error 40901: outerId OA-CAR-9001 already used/);
		expect(r.error.description).toMatch(/differs in: destination, passengers\. Use Update/);
		const stored = await env.state('vehicleRequests', '?outerId=OA-CAR-9001');
		expect(stored).toHaveLength(1);
		expect(stored[0]).toMatchObject({ destination: '首都机场T3', passengers: 2 });
	});

	it('a 5xx before the create was processed is retried and creates exactly one request', async () => {
		await env.control('POST', '/faults', { vendor: 'zhiguanche', path: '/vehicle-requests', method: 'POST', code: 50000, message: 'busy', status: 500, times: 1 });
		const r = await env.run(requestParams());
		expect(r.error).toBeUndefined();
		const posts = (await env.calls()).filter((c) => c.method === 'POST' && c.path.endsWith('/vehicle-requests'));
		expect(posts.map((c) => c.status)).toEqual([500, 200]);
		expect(await env.state('vehicleRequests', '?outerId=OA-CAR-9001')).toHaveLength(1);
	});

	it('approving twice acts once: the second run answers changed: false without calling approve', async () => {
		await createRequest(env, 'OA-CAR-9100');
		const approve = { resource: 'vehicleRequest', operation: 'approve', requestId: byId('OA-CAR-9100'), dispatch: {} };
		expect((await env.run(approve)).json('ZhiGuanChe')[0]).toMatchObject({ status: 'approved', changed: true });
		await env.control('DELETE', '/log?vendor=zhiguanche');
		expect((await env.run(approve)).json('ZhiGuanChe')[0]).toMatchObject({ status: 'approved', changed: false });
		expect((await env.calls()).filter((c) => c.path.endsWith('/approve'))).toHaveLength(0);
	});

	it('an action ZhiGuanChe refuses in the current state surfaces its message (reject after approve)', async () => {
		await createRequest(env, 'OA-CAR-9200');
		await env.run({ resource: 'vehicleRequest', operation: 'approve', requestId: byId('OA-CAR-9200'), dispatch: {} });
		const r = await env.run({ resource: 'vehicleRequest', operation: 'reject', requestId: byId('OA-CAR-9200'), comment: '太晚了' });
		expect(r.error.message).toMatch(/^ZhiGuanChe error 40001: request \d+ is approved: cannot reject$/);
	});
});

describe('writes without an idempotency key', () => {
	it('a 5xx is not retried (the department may exist): one POST, the error surfaces', async () => {
		await env.control('POST', '/faults', { vendor: 'zhiguanche', path: '/departments', method: 'POST', code: 50000, message: 'busy', status: 500, times: 1 });
		const r = await env.run({ resource: 'department', operation: 'create', name: '审计部', additionalFields: {} });
		expect(r.error.message).toBe('ZhiGuanChe error 50000: busy');
		expect((await env.calls()).filter((c) => c.method === 'POST')).toHaveLength(1);
	});

	it('a rate-limit refusal (nothing done) is re-sent and creates exactly one', async () => {
		await env.control('POST', '/faults', { vendor: 'zhiguanche', path: '/departments', method: 'POST', code: 42901, message: 'rate limit', status: 429, times: 2 });
		const r = await env.run({ resource: 'department', operation: 'create', name: '审计部', additionalFields: {} });
		expect(r.error).toBeUndefined();
		expect((await env.calls()).filter((c) => c.method === 'POST').map((c) => c.status)).toEqual([429, 429, 200]);
		expect(await env.state('departments', '?name=审计部')).toHaveLength(1);
	});

	it('a unique-field conflict (plate number taken) is the vendor\'s 409 with its message', async () => {
		const r = await env.run({ resource: 'vehicle', operation: 'create', plateNo: '浙BG49045', additionalFields: {} });
		expect(r.error.message).toBe('ZhiGuanChe error 40901: vehicle with plateNo 浙BG49045 already exists');
		expect(String(r.error.httpCode)).toBe('409');
	});
});

describe('Upsert Many (OA → ZhiGuanChe sync)', () => {
	const dept = (outerId, name, extra = {}) => ({ json: { outerId, name, ...extra } });
	const params = {
		resource: 'department',
		operation: 'upsertMany',
		outerId: '={{ $json.outerId }}',
		name: '={{ $json.name }}',
		additionalFields: { parentOuterId: '={{ $json.parent ?? "" }}', code: '={{ $json.code ?? "" }}' },
	};

	it('creates parents and children by outer ID, then leaves equal records alone and patches only what changed', async () => {
		const tree = [dept('OA-1', '集团车管中心', { code: 'FC01' }), dept('OA-1-1', '北京车队', { parent: 'OA-1' }), dept('OA-1-2', '上海车队', { parent: 'OA-1' })];
		const first = await env.run(params, tree);
		expect(first.error).toBeUndefined();
		const out = first.json('ZhiGuanChe');
		expect(out.map((d) => d.upsert)).toEqual(['created', 'created', 'created']);
		expect(out[1].parentId).toBe(out[0].id);
		expect(out[2].path).toBe('远景智联科技集团有限公司/集团车管中心/上海车队');

		await env.control('DELETE', '/log?vendor=zhiguanche');
		const changed = [dept('OA-1', '集团车管中心', { code: 'FC01' }), dept('OA-1-1', '北京车队（亦庄）', { parent: 'OA-1' }), dept('OA-1-2', '上海车队', { parent: 'OA-1' })];
		const second = await env.run(params, changed);
		expect(second.json('ZhiGuanChe').map((d) => d.upsert)).toEqual(['unchanged', 'updated', 'unchanged']);
		expect(second.json('ZhiGuanChe')[1].changed).toEqual(['name']);
		const writes = (await env.calls()).filter((c) => c.method !== 'GET');
		expect(writes).toHaveLength(1);
		expect(writes[0]).toMatchObject({ method: 'PUT' });
		expect(JSON.parse(writes[0].body)).toEqual({ name: '北京车队（亦庄）' });
		expect(await env.state('departments', '?outerId=OA-1-1')).toHaveLength(1);
	});

	it('an unknown Parent Outer ID fails naming the field and item, and writes nothing', async () => {
		const r = await env.run(params, [dept('OA-2', '车队', { parent: 'NOPE' })]);
		expect(r.error.message).toBe('Parent Outer ID (parentOuterId) names no department in ZhiGuanChe (no department has Outer ID "NOPE") [item 0]');
		expect((await env.calls()).filter((c) => c.method !== 'GET')).toHaveLength(0);
	});

	it('users: department by its outer ID; a second run of the same data changes nothing', async () => {
		await env.run(params, [dept('OA-9', '外部同步部')]);
		const users = {
			resource: 'user',
			operation: 'upsertMany',
			outerId: '={{ $json.id }}',
			name: '={{ $json.name }}',
			mobile: '={{ $json.mobile }}',
			departmentId: '',
			additionalFields: { departmentOuterId: 'OA-9', employeeNo: '={{ $json.no }}' },
		};
		const items = [{ json: { id: 'U-1', name: '甲', mobile: '13700000001', no: 'X001' } }, { json: { id: 'U-2', name: '乙', mobile: '13700000002', no: 'X002' } }];
		const first = await env.run(users, items);
		expect(first.error).toBeUndefined();
		expect(first.json('ZhiGuanChe').map((u) => u.upsert)).toEqual(['created', 'created']);
		const again = await env.run(users, items);
		expect(again.json('ZhiGuanChe').map((u) => u.upsert)).toEqual(['unchanged', 'unchanged']);
		expect(await env.state('users', '?outerId=U-1')).toHaveLength(1);
	});
});

describe('pagination and pacing under the contract\'s 20 requests/second', () => {
	it('three executions reading all 2,000 users at once (60 requests) all finish, never more than 20 arrive in a second', async () => {
		const all = { resource: 'user', operation: 'getMany', returnAll: true, filters: {} };
		const runs = await Promise.all([env.run(all), env.run(all), env.run(all)]);
		for (const r of runs) {
			expect(r.error).toBeUndefined();
			expect(r.json('ZhiGuanChe')).toHaveLength(2000);
			expect(new Set(r.json('ZhiGuanChe').map((u) => u.id)).size).toBe(2000);
		}
		const calls = await env.calls();
		const pages = calls.filter((c) => c.path.endsWith('/users') && c.status === 200);
		expect(pages).toHaveLength(60);
		// The contract's rule, checked where ZhiGuanChe counts (the sandbox's log of arrivals): never a 429, and no
		// second holds more than 20 arrivals. The pacer guarantees it whatever the timing (a request's place is held
		// until 1 s after its answer), so this holds on a loaded machine too.
		expect(calls.filter((c) => c.status === 429)).toEqual([]);
		const arrivals = calls.filter((c) => !/\/auth\/token$/.test(c.path)).map((c) => Date.parse(c.time)).sort((a, b) => a - b);
		expect(arrivals).toHaveLength(60);
		for (let k = 20; k < arrivals.length; k++) expect(arrivals[k] - arrivals[k - 20]).toBeGreaterThanOrEqual(1000);
	});

	it('Limit reads only the pages it needs', async () => {
		const r = await env.run({ resource: 'user', operation: 'getMany', returnAll: false, limit: 150, filters: {} });
		expect(r.json('ZhiGuanChe')).toHaveLength(150);
		expect((await env.calls()).map((c) => [c.query.pageNo, c.query.pageSize])).toEqual([['1', '100'], ['2', '100']]);
	});
});

describe('long telemetry windows', () => {
	it('stops over 8 days: two requests (7 days, then the rest); a stop across the boundary comes out as one', async () => {
		// Pick the window so that its 7-day boundary falls in the middle of an hour the sandbox's vehicle is parked.
		const { positionAt } = require('../../../sandbox/vendors/zhiguanche/state');
		const vehicle = { id: '800001', cityId: '19' };
		let hour = Math.floor(Date.UTC(2026, 10, 8) / 3600e3);
		while (positionAt({ _seed: 1 }, vehicle, hour * 3600e3 + 1).moving) hour += 1;
		const boundary = hour * 3600e3 + 30 * 60e3;
		const start = boundary - 7 * 86400e3;
		const end = boundary + 86400e3;
		const r = await env.run({ resource: 'stop', operation: 'getMany', vehicleId: byId('800001'), startTime: new Date(start).toISOString(), endTime: new Date(end).toISOString(), minMinutes: 0, returnAll: true });
		expect(r.error).toBeUndefined();
		const spans = (await env.calls()).filter((c) => c.path.endsWith('/stops')).map((c) => [Number(c.query.startTime), Number(c.query.endTime)]);
		expect(spans).toEqual([[start, boundary], [boundary + 1, end]]);
		const out = r.json('ZhiGuanChe');
		for (let k = 1; k < out.length; k++) expect(out[k].startTime - out[k - 1].endTime).toBeGreaterThan(1);
		const across = out.filter((s) => s.startTime < boundary && s.endTime > boundary + 1);
		expect(across).toHaveLength(1);
		expect(across[0].durationSeconds).toBe(Math.round((across[0].endTime - across[0].startTime) / 1000));
	});
});

describe('items, errors and secrets', () => {
	it('continueOnFail: an error item per failing item, the others go on', async () => {
		const r = await env.run(
			{ resource: 'vehicle', operation: 'get', vehicleId: byId('={{ $json.id }}') },
			[{ json: { id: '800001' } }, { json: { id: '999' } }, { json: { id: '800002' } }],
			{ onError: 'continueRegularOutput' },
		);
		const out = r.json('ZhiGuanChe');
		expect(out.map((o) => o.id ?? o.error)).toEqual(['800001', 'ZhiGuanChe error 40401: vehicle 999 not found [item 1]', '800002']);
	});

	it('validation names the item that failed', async () => {
		const r = await env.run(
			{ resource: 'user', operation: 'create', name: '={{ $json.name }}', mobile: '={{ $json.mobile }}', departmentId: DEPT, additionalFields: {} },
			[{ json: { name: '甲', mobile: '13700000011' } }, { json: { name: '乙', mobile: '1370000001' } }],
		);
		expect(r.error.message).toBe('Mobile (mobile) must be a mainland mobile number of 11 digits like 13800138000 (got "1370000001") [item 1]');
		expect(await env.state('users', '?mobile=13700000011')).toHaveLength(1);
	});

	it('a wrong App Secret: the signature refusal names the fix and no secret or token appears', async () => {
		const { harness } = env;
		const good = harness.credentials.get('zhiguancheApi', env.credential.id);
		const bad = harness.credentials.set('zhiguancheApi', { ...good, appSecret: 'sandbox-zgc-app-secret-WRONG' }, { id: 'zgc-bad', name: 'bad' });
		const r = await harness.runNode({ type: 'zhiguanche', name: 'ZhiGuanChe', parameters: { resource: 'company', operation: 'get' }, credentials: { zhiguancheApi: bad } });
		expect(r.error).toBeDefined();
		const text = JSON.stringify({ message: r.error.message, description: r.error.description, response: r.error.errorResponse, context: r.error.context });
		expect(text).not.toContain('sandbox-zgc-app-secret');
		if (good.accessToken) expect(text).not.toContain(good.accessToken);
	});
});

describe('dropdowns loaded from ZhiGuanChe', () => {
	const load = (method, kind = 'loadOptions', filter) =>
		env.harness.loadOptions({ type: 'zhiguanche', method, kind, filter, parameters: { resource: 'expense', operation: 'create' }, credentials: { zhiguancheApi: env.credential } });

	it('expense types: all 25 with their Chinese names', async () => {
		const types = await load('getExpenseTypes');
		expect(types).toHaveLength(25);
		expect(types).toContainEqual({ name: '过路费 (toll)', value: 'toll' });
		// As a filter (Get Many, Get Statistics) the type may stay empty: "All Types" comes first.
		const orAll = await load('getExpenseTypesOrAll');
		expect(orAll[0]).toEqual(expect.objectContaining({ name: 'All Types', value: '' }));
		expect(orAll.slice(1)).toEqual(types);
	});

	it('vehicles by partial plate, departments, drivers and fuel cards', async () => {
		const vehicles = await load('searchVehicles', 'listSearch', 'BG490');
		expect(vehicles.results).toEqual([{ name: '浙BG49045 · 比亚迪 秦PLUS', value: '800001' }]);
		const departments = await load('getDepartments');
		expect(departments).toHaveLength(45);
		expect(departments).toContainEqual({ name: '远景智联科技集团有限公司/总裁办', value: DEPT });
		// User Upsert Many's Department may stay empty when Department Outer ID stands in: that choice comes first.
		const orOuter = await load('getDepartmentsOrOuterId');
		expect(orOuter[0]).toEqual(expect.objectContaining({ name: 'By Department Outer ID', value: '' }));
		expect(orOuter.slice(1)).toEqual(departments);
		const drivers = await load('searchDrivers', 'listSearch');
		expect(drivers.results).toHaveLength(96);
		const cards = await load('searchFuelCards', 'listSearch', '9030581764849834');
		expect(cards.results).toEqual([{ name: '9030581764849834 · 中国石油', value: '500001' }]);
	});

	it('a 120-vehicle fleet pages in list search', async () => {
		const first = await load('searchVehicles', 'listSearch');
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('2');
	});
});

describe('Upsert Many of many items: the list once instead of a lookup per item', () => {
	const users = {
		resource: 'user',
		operation: 'upsertMany',
		outerId: '={{ $json.id }}',
		name: '={{ $json.name }}',
		mobile: '={{ $json.mobile }}',
		departmentId: DEPT,
		additionalFields: {},
	};
	const items = (n, suffix = '') => Array.from({ length: n }, (_, k) => ({ json: { id: `BULK-${k}`, name: `批量${k}${suffix}`, mobile: `1${String(5e9 + k).padStart(10, '0')}` } }));
	// Accepted calls: on a loaded machine an occasional 429 (refused, nothing done) is re-sent by the transport.
	const reads = (calls) => calls.filter((c) => c.method === 'GET' && c.status === 200);
	const writes = (calls) => calls.filter((c) => c.method !== 'GET' && c.status === 200);

	it('30 new users among 2,000: 1 size probe + 20 pages, then 30 creates; again (2,030 users now): 1 + 21 reads, only the changed one written', async () => {
		const first = await env.run(users, items(30));
		expect(first.error).toBeUndefined();
		expect(first.json('ZhiGuanChe').map((u) => u.upsert)).toEqual(Array(30).fill('created'));
		let calls = await env.calls();
		expect(reads(calls).map((c) => c.query.pageSize)).toEqual(['1', ...Array(20).fill('100')]);
		expect(writes(calls)).toHaveLength(30);

		await env.control('DELETE', '/log?vendor=zhiguanche');
		const changed = items(30).map((item, k) => (k === 7 ? { json: { ...item.json, name: '改名' } } : item));
		const again = await env.run(users, changed);
		expect(again.json('ZhiGuanChe').filter((u) => u.upsert !== 'unchanged').map((u) => [u.outerId, u.upsert])).toEqual([['BULK-7', 'updated']]);
		calls = await env.calls();
		expect(reads(calls)).toHaveLength(22);
		expect(writes(calls).map((c) => [c.method, JSON.parse(c.body)])).toEqual([['PUT', { name: '改名' }]]);
		expect(await env.state('users', '?outerId=BULK-7')).toHaveLength(1);
	});

	it('the same Outer ID twice in one run creates one user', async () => {
		const twice = [...items(12), { json: { id: 'BULK-3', name: '批量3', mobile: '15000000003' } }];
		const r = await env.run(users, twice);
		expect(r.error).toBeUndefined();
		expect(r.json('ZhiGuanChe')[12]).toMatchObject({ outerId: 'BULK-3', upsert: 'unchanged' });
		expect(await env.state('users', '?outerId=BULK-3')).toHaveLength(1);
	});

	it('few items (under 10) are looked up one by one: no list read', async () => {
		await env.run(users, items(3));
		const calls = await env.calls();
		expect(reads(calls).map((c) => c.query.outerId)).toEqual(['BULK-0', 'BULK-1', 'BULK-2']);
	});
});
