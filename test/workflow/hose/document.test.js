// Document (单据) operations as real workflows against the Hose sandbox: template and fee-type dropdowns,
// create with form.outerCode as the idempotency key (a re-run resolves to the same flowId), update, submit,
// get by flowId / code / outerCode, approval states, approval log, pending approvals; validation, vendor
// errors, token expiry.
const { startHose } = require('./helpers');
const { setUpDocuments } = require('./setups');

describe('Hose document', () => {
	let hose;
	let spec;
	let fee;
	let submitter;
	/** @type {Awaited<ReturnType<typeof setUpDocuments>>} */
	let docs;
	beforeAll(async () => {
		hose = await startHose();
	});
	afterAll(() => hose && hose.close());
	beforeEach(async () => {
		await hose.reset();
		docs = await setUpDocuments(hose);
		({ spec, fee, submitter } = docs);
	});

	const create = (extra = {}) => docs.create(extra);
	const flowsWith = async (outerCode) => (await hose.state('flows')).filter((f) => f.form.outerCode === outerCode);

	it('loads templates (by type), fee types, departments and staff for the dropdowns', async () => {
		const load = (method, parameters = {}) => hose.harness.loadOptions({ type: 'hose', method, parameters: { resource: 'document', operation: 'create', ...parameters }, credentials: { hoseApi: hose.credential } });
		const specs = await load('getSpecifications', { templateType: 'loan' });
		expect(specs.map((o) => o.value)).toEqual((await hose.state('specifications')).filter((s) => s.type === 'loan').map((s) => s.id));
		expect((await hose.calls('/specifications/latestByType')).pop().query.type).toBe('loan');
		const fees = await load('getFeeTypes');
		const active = (await hose.state('feeTypes')).filter((f) => f.active);
		expect(fees.map((o) => o.value).sort()).toEqual(active.map((f) => f.id).sort());
		expect(fees.find((o) => o.value === active[0].id).name).toBe(`${active[0].name} (${active[0].code})`);
		const depts = await load('getDepartments');
		expect(depts).toHaveLength((await hose.state('departments')).length);
		// Default Department where it may stay empty (Upsert Many, Update): "First of Departments" comes first.
		const orFirst = await load('getDepartmentsOrFirst');
		expect(orFirst[0]).toEqual(expect.objectContaining({ name: 'First of Departments', value: '' }));
		expect(orFirst.slice(1)).toEqual(depts);
		const staff = await hose.harness.loadOptions({ type: 'hose', method: 'searchStaff', kind: 'listSearch', filter: submitter.name, parameters: {}, credentials: { hoseApi: hose.credential } });
		expect(staff.results.map((r) => r.value)).toContain(submitter.id);
	});

	it('creates a draft with exact amounts; a re-run with the same outerCode resolves to the same flowId', async () => {
		const first = await hose.run(create());
		expect(first.error).toBeUndefined();
		const doc = first.json('Node')[0];
		expect(doc).toMatchObject({ id: expect.any(String), code: expect.stringMatching(/^B\d+/), state: 'draft', created: true });
		const [stored] = await flowsWith('OA-EXP-0001');
		expect(stored.id).toBe(doc.id);
		expect(stored.form.details[0]).toMatchObject({ feeTypeId: fee.id, feeTypeForm: { amount: { standard: '1280.50' }, feeDate: Date.parse('2026-05-01T00:00:00+08:00'), consumptionReasons: '拜访客户' } });
		const again = await hose.run(create());
		expect(again.json('Node')[0]).toMatchObject({ id: doc.id, code: doc.code, created: false });
		expect(await flowsWith('OA-EXP-0001')).toHaveLength(1);
		expect((await hose.calls('/api/openapi/v2.2/flow/data')).filter((c) => c.method === 'POST')).toHaveLength(1);
	});

	it('the same outerCode with different content is refused, naming the difference — no second document', async () => {
		await hose.run(create());
		const other = await hose.run(create({ details: { line: [{ feeTypeId: fee.id, amount: '99.00' }] } }));
		expect(other.status).toBe('error');
		expect(other.error.message).toMatch(/Outer Code \(outerCode\) "OA-EXP-0001" already belongs to Hose document B\d+, which differs: line 1 amount is "1280.50", not "99.00" \[item 0\]/);
		expect(await flowsWith('OA-EXP-0001')).toHaveLength(1);
	});

	it('exactly once: the one stored document equals what was sent, also when Hose stored it and its answer was a 5xx', async () => {
		await hose.run({ resource: 'department', operation: 'getMany', returnAll: false, limit: 1 }); // a token first
		// Every 2nd business call is handled (committed), then answered 5xx: the create's first answer is lost.
		await hose.control('POST', '/faults', { vendor: 'hose', pattern: 'rotate', rate: 0.5, kinds: ['5xxAfter'], includeAuth: false });
		await hose.control('DELETE', '/log');
		const params = create({ outerCode: 'OA-LOST', title: '差旅报销-丢失应答', additionalFields: { description: '上海出差' }, details: { line: [{ feeTypeId: fee.id, amount: '88.80', feeDate: '2026-05-02', consumptionReasons: '打车' }] } });
		const result = await hose.run(params);
		await hose.control('POST', '/faults', { vendor: 'hose', clear: true });
		expect(result.error).toBeUndefined();
		const posts = (await hose.calls('/api/openapi/v2.2/flow/data')).filter((c) => c.method === 'POST');
		expect(posts.map((c) => c.status)).toEqual([500, 412]); // stored, answer lost; the repeat finds it stored
		const stored = await flowsWith('OA-LOST');
		expect(stored).toHaveLength(1);
		expect(result.json('Node')[0].id).toBe(stored[0].id);
		// The stored form is the form sent (Hose adds the computed expenseMoney) …
		const { expenseMoney, ...storedForm } = stored[0].form;
		expect(storedForm).toEqual(posts[0].body.form);
		expect(expenseMoney).toMatchObject({ standard: '88.80' });
		// … and that is what the item asked for.
		expect(storedForm).toEqual({
			title: '差旅报销-丢失应答',
			specificationId: spec.id,
			submitterId: submitter.id,
			outerCode: 'OA-LOST',
			description: '上海出差',
			details: [{ feeTypeId: fee.id, feeTypeForm: { amount: expect.objectContaining({ standard: '88.80', standardScale: 2 }), feeDate: Date.parse('2026-05-02T00:00:00+08:00'), consumptionReasons: '打车' } }],
		});
	});

	it('the same outerCode with a different fee type, reason, date or description is refused too (not returned as the same document)', async () => {
		await hose.run(create({ additionalFields: { description: '原描述' } }));
		const other = (await hose.state('feeTypes')).find((f) => f.active && f.id !== fee.id);
		/** @type {Array<[object, RegExp]>} */
		const cases = [
			[{ details: { line: [{ feeTypeId: other.id, amount: '1280.50', feeDate: '2026-05-01', consumptionReasons: '拜访客户' }] } }, new RegExp(`line 1 feeTypeId is "${fee.id}", not "${other.id}"`)],
			[{ details: { line: [{ feeTypeId: fee.id, amount: '1280.5', feeDate: '2026-05-01', consumptionReasons: '别的事由' }] } }, /line 1 consumptionReasons is "拜访客户", not "别的事由"/],
			[{ details: { line: [{ feeTypeId: fee.id, amount: '1280.50', feeDate: '2026-05-03', consumptionReasons: '拜访客户' }] } }, /line 1 feeDate is "\d+", not "\d+"/],
			[{ additionalFields: { description: '新描述' } }, /description is "原描述", not "新描述"/],
		];
		for (const [change, message] of cases) {
			const result = await hose.run(create({ additionalFields: { description: '原描述' }, ...change }));
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(/Outer Code \(outerCode\) "OA-EXP-0001" already belongs to Hose document/);
			expect(result.error.message).toMatch(message);
		}
		// The same document again (1280.5 = 1280.50) resolves to it.
		const same = await hose.run(create({ additionalFields: { description: '原描述' }, details: { line: [{ feeTypeId: fee.id, amount: '1280.5', feeDate: '2026-05-01', consumptionReasons: '拜访客户' }] } }));
		expect(same.json('Node')[0]).toMatchObject({ created: false });
		expect(await flowsWith('OA-EXP-0001')).toHaveLength(1);
	});

	it('a create whose answer is lost (Hose stored it, then 412 outerCode on the repeat) resolves to the stored document', async () => {
		const first = (await hose.run(create({ outerCode: 'OA-RACE' }))).json('Node')[0];
		// Make the outerCode lookup miss once, as if the first attempt's answer had been lost before the repeat.
		await hose.fault('/flowDetails/outerCode', 412, '单据不存在');
		const repeat = await hose.run(create({ outerCode: 'OA-RACE' }));
		expect(repeat.error).toBeUndefined();
		expect(repeat.json('Node')[0]).toMatchObject({ id: first.id, created: false });
		const posts = (await hose.calls('/api/openapi/v2.2/flow/data')).filter((c) => c.method === 'POST');
		expect(posts.map((c) => c.status)).toEqual([200, 412]);
		expect(posts[1].response.errorDetails.flowId).toBe(first.id);
		expect(await flowsWith('OA-RACE')).toHaveLength(1);
	});

	it('submitter by code, submit at once (isCommit) → in approval', async () => {
		const result = await hose.run(create({ submitter: { mode: 'code', value: submitter.code }, outerCode: 'OA-2', isCommit: true }));
		expect(result.error).toBeUndefined();
		expect(result.json('Node')[0].state).toBe('approving');
		expect((await hose.calls('/api/openapi/v2.2/flow/data')).pop().query.isCommit).toBe('true');
		expect((await flowsWith('OA-2'))[0].form.submitterId).toBe(submitter.id);
	});

	it('bad amounts, dates and codes fail before any request, naming the line and the item', async () => {
		/** @type {Array<[object, RegExp]>} */
		const cases = [
			[{ details: { line: [{ feeTypeId: fee.id, amount: '12.345' }] } }, /Expense Lines \(details\) line 1 Amount \(amount\) must have at most 2 decimal places \(got "12.345"\) \[item 0\]/],
			[{ details: { line: [{ feeTypeId: fee.id, amount: '1,000.00' }] } }, /line 1 Amount \(amount\) must be a decimal number like 1280.50/],
			[{ details: { line: [{ feeTypeId: fee.id, amount: '10' }, { feeTypeId: fee.id, amount: '1e3' }] } }, /line 2 Amount \(amount\) must be a decimal number/],
			[{ details: { line: [{ feeTypeId: fee.id, amount: '10', feeDate: '2026-02-30' }] } }, /line 1 Fee Date \(feeDate\) must be a date/],
			[{ outerCode: 'OA 1' }, /Outer Code \(outerCode\) must not contain spaces/],
			[{ title: '={{ "" }}' }, /Title \(单据标题\) \(title\) is required/],
		];
		for (const [change, message] of cases) {
			const result = await hose.run(create(change));
			expect(result.status).toBe('error');
			expect(result.error.message).toMatch(message);
		}
		expect(await hose.log()).toHaveLength(0);
	});

	it('an unknown template or a disabled fee type is Hose\'s 412 with its message', async () => {
		const badSpec = await hose.run(create({ specificationId: 'ID01:nope', outerCode: 'OA-3' }));
		expect(badSpec.error.message).toBe('Hose error 412: 单据模板不存在: ID01:nope');
		const disabled = (await hose.state('feeTypes')).find((f) => !f.active);
		const badFee = await hose.run(create({ outerCode: 'OA-4', details: { line: [{ feeTypeId: disabled.id, amount: '1.00' }] } }));
		expect(badFee.error.message).toMatch(/^Hose error 412: 费用类型不存在或已停用/);
	});

	it('updates a draft, submits it, and Hose refuses updates once it is in approval', async () => {
		const doc = (await hose.run(create())).json('Node')[0];
		const updated = await hose.run({ resource: 'document', operation: 'update', flowId: doc.id, updateFields: { title: '差旅报销-改', detailsJson: JSON.stringify([{ feeTypeId: fee.id, amount: '300.10' }]) } });
		expect(updated.error).toBeUndefined();
		expect((await flowsWith('OA-EXP-0001'))[0].form).toMatchObject({ title: '差旅报销-改', details: [{ feeTypeForm: { amount: { standard: '300.10' } } }] });
		const submitted = await hose.run({ resource: 'document', operation: 'submit', flowId: doc.id });
		expect(submitted.json('Node')[0]).toMatchObject({ flowId: doc.id, submitted: true, state: 'approving' });
		const late = await hose.run({ resource: 'document', operation: 'update', flowId: doc.id, updateFields: { title: 'x' } });
		expect(late.error.message).toMatch(/^Hose error 412: 单据当前状态为approving，不能修改/);
		const empty = await hose.run({ resource: 'document', operation: 'update', flowId: doc.id, updateFields: {} });
		expect(empty.error.message).toMatch(/Update Fields \(updateFields\) must contain at least one field/);
	});

	it('gets by flowId, code and outerCode; approval states of many; the approval log; pending approvals', async () => {
		const doc = (await hose.run(create({ isCommit: true }))).json('Node')[0];
		for (const [findBy, key] of [['flowId', doc.id], ['code', doc.code], ['outerCode', 'OA-EXP-0001']]) {
			const got = await hose.run({ resource: 'document', operation: 'get', findBy, key });
			expect(got.json('Node')[0]).toMatchObject({ id: doc.id, code: doc.code, state: 'approving' });
		}
		const seeded = (await hose.state('flows')).slice(0, 150);
		const states = await hose.run({ resource: 'document', operation: 'getApprovalStates', flowIds: [doc.id, 'nope', ...seeded.map((f) => f.id)].join(',') });
		const out = states.json('Node');
		expect(out).toHaveLength(2 + Math.min(150, seeded.length));
		expect(out.slice(0, 2)).toEqual([{ flowId: doc.id, state: 'approving' }, { flowId: 'nope', state: 'notFound' }]);
		expect(out.slice(2).map((s) => s.state)).toEqual(seeded.map((f) => f.state));
		const log = await hose.run({ resource: 'document', operation: 'getApprovalLog', flowId: doc.id });
		expect(log.json('Node').map((l) => l.action)).toEqual(['freeflow.create', 'freeflow.submit']);
		const approver = (await flowsWith('OA-EXP-0001'))[0].currentApprovers[0];
		const mine = await hose.run({ resource: 'document', operation: 'getBacklog', returnAll: true, filters: { approverId: approver } });
		const approving = (await hose.state('flows')).filter((f) => f.state === 'approving');
		expect(mine.json('Node').map((b) => b.id).sort()).toEqual(approving.filter((f) => f.currentApprovers.includes(approver)).map((f) => f.id).sort());
		expect(mine.json('Node').map((b) => b.id)).toContain(doc.id);
		// get-approve-corporation.md: paging by index/count (not start); no filter sent.
		expect((await hose.calls('/api/openapi/v1/docs/backlog')).map((c) => c.query)).toEqual([{ accessToken: expect.any(String), index: '0', count: '100' }]);
		const all = await hose.run({ resource: 'document', operation: 'getBacklog', returnAll: true });
		expect(all.json('Node')).toHaveLength(approving.length);
		// Simplify (default): the 10 fields most flows need; off: Hose's whole document (form, logs, actions …).
		const simple = all.json('Node').find((b) => b.id === doc.id);
		expect(simple).toEqual({ id: doc.id, code: doc.code, title: '差旅报销-上海客户拜访', state: 'approving', formType: 'expense', submitterId: submitter.id, specificationId: spec.id, amount: '1280.50', outerCode: 'OA-EXP-0001', updateTime: expect.any(Number) });
		const raw = await hose.run({ resource: 'document', operation: 'getBacklog', returnAll: false, limit: 3, simplify: false });
		expect(raw.json('Node')).toHaveLength(3);
		expect(Object.keys(raw.json('Node')[0]).length).toBeGreaterThan(10);
		expect(raw.json('Node')[0]).toMatchObject({ form: expect.any(Object), logs: expect.any(Array), actions: expect.any(Object) });
		const rawGet = await hose.run({ resource: 'document', operation: 'get', findBy: 'flowId', key: doc.id, simplify: false });
		expect(rawGet.json('Node')[0]).toMatchObject({ id: doc.id, form: expect.objectContaining({ outerCode: 'OA-EXP-0001', details: expect.any(Array) }) });
		const simpleGet = await hose.run({ resource: 'document', operation: 'get', findBy: 'flowId', key: doc.id });
		expect(simpleGet.json('Node')[0]).toEqual(simple);
		const unknown = await hose.run({ resource: 'document', operation: 'get', findBy: 'code', key: 'B0' });
		expect(unknown.error.message).toBe('Hose error 412: 单据不存在: B0');
	});

	it('a revoked token (403) during create is refreshed once and the document created once', async () => {
		await hose.run({ resource: 'document', operation: 'get', findBy: 'code', key: (await hose.state('flows'))[0].code });
		await hose.revokeTokens();
		const result = await hose.run(create({ outerCode: 'OA-TOKEN' }));
		expect(result.json('Node')[0].created).toBe(true);
		expect(await flowsWith('OA-TOKEN')).toHaveLength(1);
		expect(hose.harness.credentials.count('preAuthentication', 'hoseApi')).toBe(2);
	});
});
