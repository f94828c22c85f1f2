// Staff (员工) operations as real workflows against the Hose sandbox: paging, filters, lookups by id and
// code, writes, enable/disable, Upsert Many in batches with per-item outcomes, validation before any
// request, vendor errors and the 403 token refresh.
const { startHose } = require('./helpers');

describe('Hose staff', () => {
	let hose;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(() => hose.reset());

	const staffCalls = () => hose.calls('/api/openapi/v1.1/staffs');
	const firstDepartment = async () => (await hose.state('departments'))[1].id;

	it('Return All pages with start/count 100 until the total, and filters by status and update time', async () => {
		const all = await hose.state('staffs');
		const result = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.json('Node')).toHaveLength(all.length);
		const pages = await staffCalls();
		expect(pages).toHaveLength(Math.ceil(all.length / 100));
		// pages after the first are asked for a few at a time (Pages at Once), so they may arrive out of order
		expect(pages.map((p) => Number(p.query.start)).sort((a, b) => a - b)).toEqual(pages.map((_, k) => k * 100));
		expect(pages.every((p) => Number(p.query.count) === 100)).toBe(true);

		const disabled = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true, filters: { active: 'false' } });
		const expected = all.filter((s) => s.active === false);
		expect(expected.length).toBeGreaterThan(0);
		expect(disabled.json('Node').map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());

		const times = all.map((s) => s.updateTime).sort((a, b) => a - b);
		const from = times[Math.floor(times.length / 2)];
		const since = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true, filters: { startDate: new Date(from).toISOString() } });
		expect(since.json('Node')).toHaveLength(all.filter((s) => s.updateTime >= from).length);
		const query = (await staffCalls()).pop().query;
		// China time, Hose's yyyy-MM-dd HH:mm:ss
		expect(query.startDate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
		expect(Date.parse(`${query.startDate.replace(' ', 'T')}+08:00`)).toBe(Math.floor(from / 1000) * 1000);
	});

	it('a Limit reads only the pages it needs', async () => {
		const result = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: false, limit: 130 });
		expect(result.json('Node')).toHaveLength(130);
		expect((await staffCalls()).map((p) => [Number(p.query.start), Number(p.query.count)])).toEqual([[0, 100], [100, 100]]);
	});

	it('an end before the start, or a non-date, fails before any request', async () => {
		const reversed = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true, filters: { startDate: '2026-05-02', endDate: '2026-05-01' } });
		expect(reversed.error.message).toMatch(/Updated Before \(endDate\) must be on or after .*\[item 0\]/);
		const garbage = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: true, filters: { startDate: 'yesterday-ish' } });
		expect(garbage.error.message).toMatch(/Updated After \(startDate\) must be a date-time/);
		expect(await staffCalls()).toHaveLength(0);
	});

	it('gets a staff member by ID and by code; an unknown code is a clear error', async () => {
		const [, someone] = await hose.state('staffs');
		for (const staff of [{ mode: 'id', value: someone.id }, { mode: 'code', value: someone.code }, { mode: 'list', value: someone.id }]) {
			const got = await hose.run({ resource: 'staff', operation: 'get', staff });
			expect(got.error).toBeUndefined();
			expect(got.json('Node')[0]).toMatchObject({ id: someone.id, code: someone.code, name: someone.name });
		}
		const lookups = await hose.calls('/api/openapi/v1/staffs/getStaffIds');
		expect(lookups.map((c) => c.body.type)).toEqual(['STAFFID', 'CODE', 'STAFFID']);
		const missing = await hose.run({ resource: 'staff', operation: 'get', staff: { mode: 'code', value: 'NO-SUCH' } });
		expect(missing.error.message).toMatch(/No Hose staff member with code "NO-SUCH"/);
	});

	it('creates a staff member; a duplicate code is Hose\'s 412 with its message', async () => {
		const dept = await firstDepartment();
		const parameters = { resource: 'staff', operation: 'create', name: '孙八', code: 'OA-1001', cellphone: '13512345678', defaultDepartment: dept, additionalFields: { email: 'sun8@corp.example.com', note: '新员工' } };
		const created = await hose.run(parameters);
		expect(created.error).toBeUndefined();
		const out = created.json('Node')[0];
		expect(out).toMatchObject({ id: expect.any(String), code: 'OA-1001', created: true, departments: [dept] });
		const [stored] = await hose.state('staffs', '?code=OA-1001');
		expect(stored).toMatchObject({ id: out.id, name: '孙八', cellphone: '13512345678', email: 'sun8@corp.example.com', note: '新员工', defaultDepartment: dept });
		const again = await hose.run({ ...parameters, cellphone: '13512345600' });
		expect(again.status).toBe('error');
		expect(again.error.message).toMatch(/^Hose error 412: 员工工号OA-1001已存在/);
		expect(again.error.description).toMatch(/business rule/);
		expect(again.error.httpCode).toBe('412');
	});

	it('bad cellphone, e-mail or code fails before any request, naming field and item', async () => {
		const dept = await firstDepartment();
		const base = { resource: 'staff', operation: 'create', name: '周九', code: 'OA-2001', cellphone: '13512345678', defaultDepartment: dept };
		/** @type {Array<[object, RegExp]>} */
		const cases = [
			[{ cellphone: '+86 135-1234-5678' }, /Cellphone \(手机号\) \(cellphone\) must be a mainland mobile number .*\[item 0\]/],
			[{ additionalFields: { email: 'not-an-email' } }, /Email \(邮箱\) \(email\) must be an e-mail address .*\[item 0\]/],
			[{ code: 'OA 2001' }, /Code \(工号\) \(code\) must not contain spaces .*\[item 0\]/],
			[{ cellphone: '', additionalFields: {} }, /Cellphone \(手机号\) \(cellphone\) or Email \(邮箱\) is required/],
		];
		for (const [change, message] of cases) {
			const result = await hose.run({ ...base, ...change });
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(message);
		}
		expect(await hose.log()).toHaveLength(0);
	});

	it('updates by $id and by code (type=code), enables and disables [ids]', async () => {
		const [, a, b] = await hose.state('staffs');
		const byId = await hose.run({ resource: 'staff', operation: 'update', staff: { mode: 'id', value: a.id }, updateFields: { name: '改名甲', email: 'a@corp.example.com' } });
		expect(byId.error).toBeUndefined();
		const byCode = await hose.run({ resource: 'staff', operation: 'update', staff: { mode: 'code', value: b.code }, updateFields: { note: '调岗' } });
		expect(byCode.error).toBeUndefined();
		const updates = await hose.calls('/api/openapi/v1.1/staffs/update/' + '$' + b.code);
		expect(updates).toHaveLength(1);
		expect(updates[0].query.type).toBe('code');
		expect((await hose.state('staffs', `?id=${encodeURIComponent(a.id)}`))[0]).toMatchObject({ name: '改名甲', email: 'a@corp.example.com' });
		expect((await hose.state('staffs', `?code=${b.code}`))[0].note).toBe('调岗');

		const disable = await hose.run({ resource: 'staff', operation: 'disable', staffIds: `${a.id}, ${b.id}` });
		expect(disable.json('Node')[0]).toEqual({ ids: [a.id, b.id], active: false });
		expect((await hose.state('staffs')).filter((s) => [a.id, b.id].includes(s.id)).map((s) => s.active)).toEqual([false, false]);
		await hose.run({ resource: 'staff', operation: 'enable', staffIds: `={{ [${JSON.stringify(a.id)}] }}` });
		expect((await hose.state('staffs')).filter((s) => [a.id, b.id].includes(s.id)).map((s) => s.active)).toEqual([true, false]);
		const toggles = await hose.calls(']');
		expect(toggles.map((t) => [t.path.includes(`[${a.id},${b.id}]`) || t.path.includes(`[${a.id}]`), t.query.active])).toEqual([[true, 'false'], [true, 'true']]);
	});

	it('update with nothing to change, or an unknown staff, fails; the latter with Hose\'s 412', async () => {
		const empty = await hose.run({ resource: 'staff', operation: 'update', staff: { mode: 'code', value: 'E000001' }, updateFields: {} });
		expect(empty.error.message).toMatch(/Update Fields \(updateFields\) must contain at least one field \[item 0\]/);
		expect(await hose.log()).toHaveLength(0);
		const unknown = await hose.run({ resource: 'staff', operation: 'update', staff: { mode: 'code', value: 'NOPE' }, updateFields: { name: 'x' } });
		expect(unknown.error.message).toMatch(/Hose error 412: 员工不存在: NOPE/);
	});

	it('after a revoked token (HTTP 403) fetches a new one once and retries', async () => {
		await hose.run({ resource: 'staff', operation: 'getMany', returnAll: false, limit: 1 });
		expect(hose.harness.credentials.count('preAuthentication', 'hoseApi')).toBe(1);
		await hose.revokeTokens();
		const result = await hose.run({ resource: 'staff', operation: 'getMany', returnAll: false, limit: 5 });
		expect(result.error).toBeUndefined();
		expect(result.json('Node')).toHaveLength(5);
		expect(hose.harness.credentials.count('preAuthentication', 'hoseApi')).toBe(2);
		expect((await staffCalls()).map((c) => c.status)).toEqual([200, 403, 200]);
	});
});
