// Zhenling fulfilment (6.4–6.7) and workflow (7.1, 7.2, 7.4, 7.5, 7.7, 3.43) through the harness against
// the sandbox: happy paths, vendor errors, validation that sends nothing, token expiry.
jest.setTimeout(30000);

const { setup } = require('./helpers');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(() => env.reset());

const sentTo = async (suffix) => (await env.calls()).filter((c) => c.path.endsWith(suffix));
const asUser = (email) => ({ actAsUser: { userIdType: 'EMAIL', userId: email } });
async function taskWithUser() {
	const task = (await env.state('tasks', '?status=TODO')).records[0];
	const employee = (await env.state('employees', `?code=${task.assigneeEmployeeNumber}`)).records[0];
	return { task, email: employee.email };
}

describe('fulfilment', () => {
	it('6.5 creates payment plans for many items in one call; 6.4 marks one paid; paying twice is a vendor error', async () => {
		const contracts = (await env.state('contracts', '?status=SIGNED&_limit=2')).records;
		const items = contracts.map((c, k) => ({ json: { code: c.contractCode, id: `PAY-${k}` } }));
		const r = await env.run({ resource: 'paymentPlan', operation: 'create', contractCode: '={{ $json.code }}', sourceSystem: 'ERP', sourceCode: '={{ $json.id }}', amount: '5000.00', additionalFields: { dueDate: '2026-12-31' } }, items);
		expect(r.error).toBeUndefined();
		expect(r.json('Zhenling').map((o) => [o.status, o.api, o.sourceCode])).toEqual([['accepted', 'createPaymentPlan', 'PAY-0'], ['accepted', 'createPaymentPlan', 'PAY-1']]);
		expect(await sentTo('/payment-plan/create')).toHaveLength(1);
		const plan = (await env.state('paymentPlans', '?sourceCode=PAY-0')).records[0];
		expect(plan).toMatchObject({ amount: '5000.00', dueDate: '2026-12-31', status: 'UNPAID' });

		const paid = await env.run({ resource: 'paymentPlan', operation: 'markPaid', planCode: plan.planCode, additionalFields: { paidAmount: '5000.00', paidAt: '2026-06-01T10:00:00+08:00' } });
		expect(paid.json('Zhenling')[0]).toMatchObject({ planCode: plan.planCode, status: 'PAID', paidAmount: '5000.00', paidAt: '2026-06-01 10:00:00' });
		const twice = await env.run({ resource: 'paymentPlan', operation: 'markPaid', planCode: plan.planCode });
		expect(twice.error.message).toBe(`Zhenling error A0400: payment plan ${plan.planCode} is already paid`);
	});

	it('6.5 / 6.4 malformed amounts and dates fail naming field and item, nothing sent', async () => {
		const items = [{ json: { amount: '10.00' } }, { json: { amount: '10.005' } }];
		const r = await env.run({ resource: 'paymentPlan', operation: 'create', contractCode: 'HT1', sourceSystem: 'ERP', sourceCode: 'P1', amount: '={{ $json.amount }}' }, items);
		expect(r.error.message).toBe('Amount (amount) must have at most 2 decimal places (got "10.005") [item 1]');
		const date = await env.run({ resource: 'paymentPlan', operation: 'markPaid', planCode: 'PP00001', additionalFields: { paidAt: 'yesterday' } });
		expect(date.error.message).toBe('Paid At (paidAt) must be a date and time like 2026-05-01 14:30:00 (got "yesterday") [item 0]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('6.6 receipt plans and 6.7 invoices: Return All, Limit, contract filter', async () => {
		const total = (await env.state('receiptPlans')).total;
		const all = await env.run({ resource: 'receiptPlan', operation: 'getMany', returnAll: true });
		expect(all.json('Zhenling')).toHaveLength(total);
		const one = all.json('Zhenling')[0];
		const byContract = await env.run({ resource: 'receiptPlan', operation: 'getMany', returnAll: true, filters: { contractCode: one.contractCode } });
		expect(byContract.json('Zhenling').map((p) => p.planCode)).toEqual([one.planCode]);
		const invoices = await env.run({ resource: 'invoice', operation: 'getMany', returnAll: false, limit: 2 });
		expect(invoices.json('Zhenling')).toHaveLength(2);
		expect(JSON.parse((await sentTo('/invoice/query'))[0].rawBody)).toEqual({ pageNo: 1, pageSize: 2 });
	});

	it('token expiry on a list: one refresh', async () => {
		await env.run({ resource: 'invoice', operation: 'getMany', returnAll: false, limit: 1 });
		await env.control('POST', '/tokens/revoke', { vendor: 'zhenling' });
		const r = await env.run({ resource: 'invoice', operation: 'getMany', returnAll: false, limit: 1 });
		expect(r.error).toBeUndefined();
		expect((await sentTo('/invoice/query')).map((c) => c.status)).toEqual([200, 401, 200]);
	});
});

describe('workflow', () => {
	it('7.1 to-dos of a user → 7.5 approve → 7.2 done of that user and 7.7 tenant done', async () => {
		const { task, email } = await taskWithUser();
		const todos = await env.run({ resource: 'workflowTask', operation: 'getTodos', returnAll: true, ...asUser(email) });
		expect(todos.json('Zhenling').map((t) => t.taskId)).toContain(task.taskId);
		expect(todos.json('Zhenling').every((t) => t.assigneeEmployeeNumber === task.assigneeEmployeeNumber)).toBe(true);
		const ok = await env.run({ resource: 'workflowTask', operation: 'approve', taskId: task.taskId, additionalFields: { comment: '同意' }, ...asUser(email) });
		expect(ok.json('Zhenling')[0]).toMatchObject({ taskId: task.taskId, status: 'APPROVED', comment: '同意' });
		const done = await env.run({ resource: 'workflowTask', operation: 'getDone', returnAll: true, ...asUser(email) });
		expect(done.json('Zhenling').map((t) => t.taskId)).toEqual([task.taskId]);
		const tenant = await env.run({ resource: 'workflowTask', operation: 'getTenantDone', returnAll: true });
		expect(tenant.json('Zhenling').map((t) => t.taskId)).toEqual([task.taskId]);
		const again = await env.run({ resource: 'workflowTask', operation: 'approve', taskId: task.taskId, ...asUser(email) });
		expect(again.error.message).toBe(`Zhenling error A0400: task ${task.taskId} is already APPROVED`);
	});

	it('7.4 reject needs a comment (checked before sending); another user may not decide', async () => {
		const { task, email } = await taskWithUser();
		const noComment = await env.run({ resource: 'workflowTask', operation: 'reject', taskId: task.taskId, comment: '={{ $json.comment }}', ...asUser(email) }, [{ json: {} }]);
		expect(noComment.error.message).toBe('Comment (comment) is required [item 0]');
		expect(await env.calls()).toHaveLength(0);
		const other = await env.run({ resource: 'workflowTask', operation: 'reject', taskId: task.taskId, comment: '金额有误', ...asUser('e000099@corp.example.com') });
		expect(other.error.message).toBe(`Zhenling error A0400: task ${task.taskId} is not assigned to this user`);
		const rejected = await env.run({ resource: 'workflowTask', operation: 'reject', taskId: task.taskId, comment: '金额有误', ...asUser(email) });
		expect(rejected.json('Zhenling')[0]).toMatchObject({ status: 'REJECTED', comment: '金额有误' });
		expect((await env.state('contracts', `?contractCode=${task.contractCode}`)).records[0].status).toBe('DRAFT');
	});

	it('personal lists and decisions without Act as User fail before sending', async () => {
		for (const parameters of [
			{ resource: 'workflowTask', operation: 'getTodos', returnAll: true },
			{ resource: 'workflowTask', operation: 'getDone', returnAll: true },
			{ resource: 'workflowTask', operation: 'approve', taskId: 'WF000001' },
		]) {
			const r = await env.run(parameters);
			expect(r.error.message).toBe('Act as User (actAsUser) is required: this API acts for a particular user (personal lists and decisions) [item 0]');
		}
		expect(await env.calls()).toHaveLength(0);
	});

	it('3.43 reports an external approval: the contract follows; an unknown source is A0404', async () => {
		const contract = (await env.state('contracts', '?status=APPROVING')).records[0];
		const r = await env.run({ resource: 'workflowTask', operation: 'externalCallback', sourceSystem: contract.sourceSystem, sourceCode: contract.sourceCode, result: 'APPROVED', additionalFields: { comment: 'OA 已审批' } });
		expect(r.json('Zhenling')[0]).toEqual({ contractCode: contract.contractCode, status: 'SIGNED' });
		expect((await env.state('externalApprovals')).records[0]).toMatchObject({ contractCode: contract.contractCode, result: 'APPROVED', comment: 'OA 已审批' });
		const unknown = await env.run({ resource: 'workflowTask', operation: 'externalCallback', sourceSystem: 'OA', sourceCode: 'NOPE', result: 'REJECTED' });
		expect(unknown.error.message).toBe('Zhenling error A0404: no contract from OA/NOPE');
	});
});
