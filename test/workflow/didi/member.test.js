// Member (员工) operations as real workflows against the sandbox: happy paths, a vendor error each,
// exactly-once create, pacing of member writes, Return All paging, validation before any request.
const { startDidi, calls, unwrap } = require('./helpers');

describe('DiDi member', () => {
	let didi;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(() => didi.reset());

	const phone = (n) => `139${String(n).padStart(8, '0')}`;
	const memberCount = async () => unwrap(await didi.state('members')).length;

	it('creates a member, and a re-run resolves to the same member without duplicating', async () => {
		const before = await memberCount();
		const parameters = { resource: 'member', operation: 'create', realname: '测试员工', phone: phone(1), employeeNumber: 'T-0001' };
		const first = await didi.run(parameters);
		expect(first.error).toBeUndefined();
		const [created] = first.json('Node');
		expect(created).toMatchObject({ created: true, id: expect.anything() });
		const second = await didi.run(parameters);
		expect(second.error).toBeUndefined();
		expect(second.json('Node')[0]).toMatchObject({ id: created.id, created: false, updated: false });
		expect(await memberCount()).toBe(before + 1);
	});

	it('retries a create after a 503 without duplicating the member', async () => {
		const before = await memberCount();
		await didi.fault('/river/Member/single', 503, { status: 503, errmsg: 'service unavailable' });
		const result = await didi.run({ resource: 'member', operation: 'create', realname: '重试', phone: phone(600) });
		expect(result.error).toBeUndefined();
		expect(result.json('Node')[0].created).toBe(true);
		expect(calls(await didi.log(), '/river/Member/single').map((c) => c.status)).toEqual([503, 200]);
		expect(await memberCount()).toBe(before + 1);
	});

	it("retries DiDi's 'too frequent' refusal (another process's write came within 150 ms), but not other 10001 refusals", async () => {
		const before = await memberCount();
		// Two workers of n8n's queue mode pace their own writes but not each other's: DiDi refuses the clash.
		await didi.fault('/river/Member/single', 10001, { errmsg: '请求过于频繁，同一公司连续添加/修改/删除员工需要间隔150ms', times: 2 });
		const result = await didi.run({ resource: 'member', operation: 'create', realname: '并发', phone: phone(601) });
		expect(result.error).toBeUndefined();
		expect(result.json('Node')[0].created).toBe(true);
		expect(calls(await didi.log(), '/river/Member/single').map((c) => String(c.errno))).toEqual(['10001', '10001', '0']);
		expect(await memberCount()).toBe(before + 1);
		await didi.reset();
		await didi.fault('/river/Member/single', 10001, { errmsg: '公司主体id已经停用', times: 1 });
		const refused = await didi.run({ resource: 'member', operation: 'create', realname: '主体', phone: phone(602) });
		expect(refused.status).toBe('error');
		expect(refused.error.message).toMatch(/10001/);
		expect(calls(await didi.log(), '/river/Member/single')).toHaveLength(1);
	});

	it('on 50202 can update the existing member, or fail with DiDi\'s error', async () => {
		const base = { resource: 'member', operation: 'create', realname: '甲', phone: phone(2) };
		const created = (await didi.run(base)).json('Node')[0];
		const updated = await didi.run({ ...base, realname: '乙', onExisting: 'update' });
		expect(updated.error).toBeUndefined();
		expect(updated.json('Node')[0]).toMatchObject({ id: created.id, updated: true });
		const stored = unwrap(await didi.state('members')).find((m) => String(m.id ?? m.member_id) === String(created.id));
		expect(stored.realname).toBe('乙');
		const failed = await didi.run({ ...base, onExisting: 'fail' });
		expect(failed.status).toBe('error');
		expect(failed.error.message).toMatch(/50202/);
	});

	it('phone numbers: 11 digits by default (nothing sent otherwise); the credential\'s Phone Number Check "None" leaves them to DiDi', async () => {
		const parameters = { resource: 'member', operation: 'create', realname: '港', phone: '85261234567' + '8' };
		const checked = await didi.run(parameters);
		expect(checked.error.message).toBe('Phone (phone) must be an 11-digit mobile number like 13800000000 (got "852612345678") [item 0]');
		expect(calls(await didi.log(), '/river/Member/single')).toHaveLength(0);

		didi.harness.credentials.set('didiEnterpriseApi', { ...didi.credentialData, phoneCheck: 'none' }, { id: didi.credential.id, name: didi.credential.name });
		const relaxed = await didi.run(parameters);
		// Sent as given: the sandbox (standing in for DiDi) refuses it with its own answer.
		expect(calls(await didi.log(), '/river/Member/single')).toHaveLength(1);
		expect(relaxed.error.message).toBe('DiDi Enterprise error 10001: 参数错误(手机号格式错误: 852612345678)');
		// An 11-digit number is accepted either way.
		const ok = await didi.run({ ...parameters, phone: phone(4) });
		expect(ok.error).toBeUndefined();
		expect(ok.json('Node')[0].created).toBe(true);
	});

	it('gets a member by id, phone and employee number; updates and deletes it', async () => {
		const created = (await didi.run({ resource: 'member', operation: 'create', realname: '丙', phone: phone(3), employeeNumber: 'T-0003' })).json('Node')[0];
		for (const member of [{ mode: 'id', value: String(created.id) }, { mode: 'phone', value: phone(3) }, { mode: 'employeeNumber', value: 'T-0003' }]) {
			const got = await didi.run({ resource: 'member', operation: 'get', member });
			expect(got.error).toBeUndefined();
			expect(got.json('Node')[0]).toMatchObject({ id: String(created.id), phone: phone(3) });
		}
		const projects = unwrap(await didi.state('budgetCenters')).filter((b) => b.type === 2).slice(0, 2).map((b) => b.id);
		const update = await didi.run({ resource: 'member', operation: 'update', member: { mode: 'phone', value: phone(3) }, updateFields: { realname: '丁', email: 'ding@example.com', project_ids: projects } });
		expect(update.error).toBeUndefined();
		const got = (await didi.run({ resource: 'member', operation: 'get', member: { mode: 'id', value: String(created.id) } })).json('Node')[0];
		expect(got).toMatchObject({ realname: '丁', email: 'ding@example.com', project_ids: projects.join('_') });
		const del = await didi.run({ resource: 'member', operation: 'delete', member: { mode: 'employeeNumber', value: 'T-0003' } });
		expect(del.error).toBeUndefined();
		const after = await didi.run({ resource: 'member', operation: 'get', member: { mode: 'id', value: String(created.id) } });
		expect(after.status).toBe('error');
	});

	it('get of an unknown member is a DiDi error with errno and request id', async () => {
		const result = await didi.run({ resource: 'member', operation: 'get', member: { mode: 'id', value: '999999999999' } });
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(/DiDi Enterprise error \d+/);
	});

	it('update / delete / get many surface vendor errors', async () => {
		await didi.fault('/river/Member/edit', 10001, { errmsg: 'invalid parameter' });
		const update = await didi.run({ resource: 'member', operation: 'update', member: { mode: 'id', value: '1' }, updateFields: { realname: 'x' } });
		expect(update.status).toBe('error');
		expect(update.error.message).toMatch(/10001/);
		await didi.fault('/river/Member/del', 403, { errmsg: 'no permission' });
		const del = await didi.run({ resource: 'member', operation: 'delete', member: { mode: 'id', value: '1' } });
		expect(del.error.message).toMatch(/403/);
		expect(del.error.description).toMatch(/permission|scope/i);
		await didi.fault('/river/Member/get', 10002, { errmsg: 'ip not in whitelist' });
		const list = await didi.run({ resource: 'member', operation: 'getMany', returnAll: true });
		expect(list.error.message).toMatch(/10002/);
		expect(list.error.description).toMatch(/whitelist/i);
	});

	it('paces member writes (≥150 ms apart) so DiDi accepts a burst of creates', async () => {
		const items = Array.from({ length: 5 }, (_, k) => ({ json: { name: `批量${k}`, phone: phone(100 + k) } }));
		const result = await didi.run({ resource: 'member', operation: 'create', realname: '={{ $json.name }}', phone: '={{ $json.phone }}' }, items);
		expect(result.error).toBeUndefined();
		expect(result.json('Node').map((m) => m.created)).toEqual([true, true, true, true, true]);
		const writes = calls(await didi.log(), '/river/Member/single');
		expect(writes).toHaveLength(5);
		for (const write of writes) expect(Number(write.errno ?? write.response?.errno ?? 0)).toBe(0);
	});

	it('paces member writes across parallel executions of the same credential', async () => {
		const run = (base) =>
			didi.run({ resource: 'member', operation: 'create', realname: '并行', phone: '={{ $json.phone }}' }, [0, 1].map((k) => ({ json: { phone: phone(base + k) } })));
		const results = await Promise.all([run(200), run(300), run(400)]);
		for (const result of results) expect(result.error).toBeUndefined();
		const writes = calls(await didi.log(), '/river/Member/single');
		expect(writes).toHaveLength(6);
		expect(writes.every((w) => Number(w.errno) === 0)).toBe(true);
	});

	it('lists members with Return All (offsets multiples of the page size) and with a limit', async () => {
		const all = await didi.run({ resource: 'member', operation: 'getMany', returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.json('Node').length).toBe(await memberCount());
		const pages = calls(await didi.log(), '/river/Member/get');
		for (const page of pages) {
			const q = page.query || page.params || {};
			expect(Number(q.offset) % Number(q.length)).toBe(0);
		}
		const limited = await didi.run({ resource: 'member', operation: 'getMany', returnAll: false, limit: 3 });
		expect(limited.json('Node')).toHaveLength(Math.min(3, await memberCount()));
		const filtered = await didi.run({ resource: 'member', operation: 'getMany', returnAll: true, filters: { phone: phone(55) } });
		expect(filtered.json('Node')).toHaveLength(0);
	});

	it('validates before any request, naming the field and the item', async () => {
		const items = [{ json: { p: phone(7) } }, { json: { p: '' } }];
		const result = await didi.run({ resource: 'member', operation: 'create', realname: 'x', phone: '={{ $json.p }}' }, items);
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(/Phone \(phone\).*\[item 1\]/);
		const bad = await didi.run({ resource: 'member', operation: 'create', realname: 'x', phone: phone(8), additionalFields: { set_dismiss_time: '2030/01/01' } });
		expect(bad.error.message).toMatch(/set_dismiss_time/);
		// Only item 0 of the first run reached DiDi; the invalid item and the second run sent nothing.
		expect(calls(await didi.log(), '/river/Member/single')).toHaveLength(1);
	});

	it('continues on fail with an error item per failed input, successes and failures each paired with its input', async () => {
		const items = [{ json: { p: phone(9) } }, { json: { p: '' } }, { json: { p: phone(10) } }];
		const result = await didi.run({ resource: 'member', operation: 'create', realname: 'x', phone: '={{ $json.p }}' }, items, { onError: 'continueRegularOutput' });
		expect(result.status).toBe('success');
		const out = result.items('Node');
		expect(out).toHaveLength(3);
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toMatchObject({ created: true, phone: phone(9) });
		expect(Object.keys(out[1].json)).toEqual(['error']);
		expect(out[1].json.error).toMatch(/^Phone \(phone\) .*\[item 1\]$/);
		expect(out[2].json).toMatchObject({ created: true, phone: phone(10) });
		expect(calls(await didi.log(), '/river/Member/single')).toHaveLength(2);
	});

	it('residence city and dismiss date follow the document before anything is sent', async () => {
		// Member/single: "常驻地目前只支持如“北京”、“北京市”、“北京市海淀区”格式，不支持“海淀区”此类格式"
		const district = await didi.run({ resource: 'member', operation: 'create', realname: 'x', phone: phone(11), additionalFields: { residentsname: '海淀区' } });
		expect(district.error.message).toBe('Residence City (residentsname) must name the city, optionally followed by its district or county, e.g. 北京, 北京市 or 北京市海淀区 (got "海淀区") [item 0]');
		// Member/edit set_dismiss_time: "时间需要传入大于今天"
		const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
		const dismiss = await didi.run({ resource: 'member', operation: 'create', realname: 'x', phone: phone(12), additionalFields: { set_dismiss_time: today } });
		expect(dismiss.error.message).toBe(`Dismiss Date (set_dismiss_time) must be after today (${today}, China time) (got ${today}) [item 0]`);
		expect(calls(await didi.log(), '/river/Member/single')).toHaveLength(0);
		const ok = await didi.run({ resource: 'member', operation: 'create', realname: 'x', phone: phone(13), additionalFields: { residentsname: '北京市海淀区' } });
		expect(ok.error).toBeUndefined();
	});
});
