// Staff Upsert Many: the scheduled HR → Hose sync. Looks codes up, batch-creates and batch-updates in chunks
// of ≤ 100, one paired output item per input item (created / updated / unchanged / failed with Hose's
// reason); a record Hose refuses fails alone under continueOnFail.
const { startHose } = require('./helpers');

describe('Hose staff Upsert Many', () => {
	let hose;
	let dept;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(async () => {
		await hose.reset();
		dept = (await hose.state('departments'))[1].id;
	});

	const parameters = (extra = {}) => ({
		resource: 'staff',
		operation: 'upsertMany',
		code: '={{ $json.code }}',
		name: '={{ $json.name }}',
		cellphone: '={{ $json.phone }}',
		email: '={{ $json.email || "" }}',
		defaultDepartment: '={{ $json.dept }}',
		...extra,
	});
	const person = (k, extra = {}) => ({ json: { code: `HR-${String(k).padStart(4, '0')}`, name: `同步员工${k}`, phone: `136${String(k).padStart(8, '0')}`, dept, ...extra } });

	it('creates, updates and leaves unchanged — one output item per input, in order, with few calls', async () => {
		const seeded = await hose.state('staffs');
		const same = seeded.slice(1, 4).map((s) => ({ json: { code: s.code, name: s.name, phone: s.cellphone, email: s.email, dept: s.defaultDepartment } }));
		const changed = seeded.slice(4, 6).map((s) => ({ json: { code: s.code, name: `${s.name}（新）`, phone: s.cellphone, dept: s.defaultDepartment } }));
		const fresh = Array.from({ length: 245 }, (_, k) => person(k));
		const items = [...fresh.slice(0, 100), ...same, ...changed, ...fresh.slice(100)];
		const result = await hose.run(parameters(), items);
		expect(result.error).toBeUndefined();
		const out = result.json('Node');
		expect(out).toHaveLength(items.length);
		expect(out.map((o) => o.code)).toEqual(items.map((i) => i.json.code));
		const count = (status) => out.filter((o) => o.status === status).length;
		expect([count('created'), count('updated'), count('unchanged'), count('failed')]).toEqual([245, 2, 3, 0]);
		expect(result.items('Node').map((i) => i.pairedItem)).toEqual(items.map((_, k) => ({ item: k })));
		expect(out.every((o) => typeof o.id === 'string' && o.id.length > 0)).toBe(true);

		const stored = await hose.state('staffs', '?code=HR-0244');
		expect(stored[0]).toMatchObject({ name: '同步员工244', cellphone: '13600000244', defaultDepartment: dept, id: out.find((o) => o.code === 'HR-0244').id });
		expect((await hose.state('staffs', `?code=${seeded[4].code}`))[0].name).toBe(`${seeded[4].name}（新）`);

		// 250 codes → 3 lookups, 245 new → 3 batch creates, 2 changed → 1 batch update; nothing one by one.
		expect(await hose.calls('/getStaffIds')).toHaveLength(3);
		const creates = await hose.calls('/staffs/batch/create');
		expect(creates.map((c) => c.body.staffList.length)).toEqual([100, 100, 45]);
		expect((await hose.calls('/staffs/batch/update')).map((c) => c.body.staffList.map((s) => s.id))).toEqual([[seeded[4].id, seeded[5].id]]);
		expect(await hose.calls('/api/openapi/v1.1/staffs')).toHaveLength(0);
	});

	it('a re-run of the same input changes nothing', async () => {
		const items = Array.from({ length: 12 }, (_, k) => person(k));
		expect((await hose.run(parameters(), items)).json('Node').every((o) => o.status === 'created')).toBe(true);
		await hose.control('DELETE', '/log');
		const again = await hose.run(parameters(), items);
		expect(again.json('Node').map((o) => o.status)).toEqual(items.map(() => 'unchanged'));
		expect(await hose.calls('/batch/create')).toHaveLength(0);
		expect(await hose.calls('/batch/update')).toHaveLength(0);
		expect((await hose.state('staffs')).filter((s) => s.code.startsWith('HR-'))).toHaveLength(12);
	});

	it('honours the batch size option', async () => {
		const result = await hose.run(parameters({ options: { batchSize: 7 } }), Array.from({ length: 20 }, (_, k) => person(k)));
		expect(result.error).toBeUndefined();
		expect((await hose.calls('/staffs/batch/create')).map((c) => c.body.staffList.length)).toEqual([7, 7, 6]);
	});

	it('a record Hose refuses fails alone with Hose\'s reason (continueOnFail); the rest of its batch is created', async () => {
		const [, taken] = await hose.state('staffs');
		const items = Array.from({ length: 5 }, (_, k) => person(k));
		items[2] = person(2, { phone: taken.cellphone }); // Hose: 手机号…已存在 → refuses the batch
		const result = await hose.run(parameters(), items, { onError: 'continueRegularOutput' });
		expect(result.error).toBeUndefined();
		const out = result.json('Node');
		expect(out.map((o) => o.status)).toEqual(['created', 'created', 'failed', 'created', 'created']);
		expect(out[2]).toMatchObject({ code: 'HR-0002', errorCode: '412', reason: `手机号${taken.cellphone}已存在`, error: expect.stringContaining('Hose error 412') });
		const created = (await hose.state('staffs')).filter((s) => s.code.startsWith('HR-')).map((s) => s.code).sort();
		expect(created).toEqual(['HR-0000', 'HR-0001', 'HR-0003', 'HR-0004']);
		// The codes are looked up again after the refusal (some may have been stored), then the rest go one by one.
		expect(await hose.calls('/getStaffIds')).toHaveLength(2);
	});

	it('without continueOnFail a refused record fails the node, naming its item', async () => {
		const [, taken] = await hose.state('staffs');
		const items = [person(0), person(1, { phone: taken.cellphone })];
		const result = await hose.run(parameters(), items);
		expect(result.status).toBe('error');
		expect(result.error.message).toMatch(/Hose error 412: 手机号.*已存在/);
	});

	it('bad input fails before any request — or, with continueOnFail, only that item fails and the rest are sent', async () => {
		const items = [person(0), person(1, { email: 'broken@' }), person(2, { code: '' }), person(3, { phone: '12345' })];
		const strict = await hose.run(parameters(), items);
		expect(strict.status).toBe('error');
		expect(strict.error.message).toMatch(/Email \(邮箱\) \(email\) must be an e-mail address .*\[item 1\]/);
		expect(await hose.log()).toHaveLength(0);

		const lenient = await hose.run(parameters(), items, { onError: 'continueRegularOutput' });
		const out = lenient.json('Node');
		expect(out.map((o) => o.status)).toEqual(['created', 'failed', 'failed', 'failed']);
		expect(out[2].error).toMatch(/Code \(工号\) \(code\) is required \[item 2\]/);
		expect(out[3].error).toMatch(/Cellphone .* must be a mainland mobile number .*\[item 3\]/);
		expect((await hose.calls('/staffs/batch/create'))[0].body.staffList.map((s) => s.code)).toEqual(['HR-0000']);
	});

	it('a code twice in one input fails the second one; a new code without a department is refused before any write', async () => {
		const result = await hose.run(parameters(), [person(0), person(0, { name: '重复' }), person(5, { dept: '' })], { onError: 'continueRegularOutput' });
		const out = result.json('Node');
		expect(out.map((o) => o.status)).toEqual(['created', 'failed', 'failed']);
		expect(out[1].error).toMatch(/"HR-0000" is already in item 0 of this input \[item 1\]/);
		expect(out[2].error).toMatch(/Default Department .* is required to create a staff member \[item 2\]/);
		const strict = await hose.run(parameters(), [person(7), person(8, { dept: '' })]);
		expect(strict.error.message).toMatch(/\[item 1\]/);
		expect(await hose.calls('/batch/create')).toHaveLength(1);
	});

	it('a refused batch update falls back to single updates; only the refused record fails', async () => {
		const seeded = await hose.state('staffs');
		const items = seeded.slice(1, 4).map((s, k) => ({ json: { code: s.code, name: `${s.name}改`, phone: k === 1 ? seeded[10].cellphone : s.cellphone, dept: s.defaultDepartment } }));
		const result = await hose.run(parameters(), items, { onError: 'continueRegularOutput' });
		const out = result.json('Node');
		expect(out.map((o) => o.status)).toEqual(['updated', 'failed', 'updated']);
		expect(out[1].reason).toBe(`手机号${seeded[10].cellphone}已存在`);
		expect((await hose.state('staffs', `?code=${seeded[3].code}`))[0].name).toBe(`${seeded[3].name}改`);
	});

	it('a vendor error on the lookup fails the node with Hose\'s code; expiry mid-run refreshes once', async () => {
		await hose.fault('/getStaffIds', 400, '查询conditionIds不能为空');
		const failed = await hose.run(parameters(), [person(0)]);
		expect(failed.error.message).toBe('Hose error 400: 查询conditionIds不能为空');
		await hose.run(parameters(), [person(1)]);
		await hose.revokeTokens();
		const result = await hose.run(parameters(), [person(2), person(3)]);
		expect(result.json('Node').map((o) => o.status)).toEqual(['created', 'created']);
		expect(hose.harness.credentials.count('preAuthentication', 'hoseApi')).toBe(2);
	});
});
