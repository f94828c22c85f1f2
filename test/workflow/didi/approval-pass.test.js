// Approval → Pass (外部审批处理, /river/Approval/pass) and the after-trip approval (行后审批) endpoints as workflows
// against the sandbox: a decision on a personally paid order, a rejected company-paid order becoming a personal
// receipt, validation, DiDi refusals, token refresh.
const { startDidi, calls, unwrap } = require('./helpers');
const { didiChain, runAfterRevoke, travelApproval } = require('./fixtures');

describe('DiDi approval pass and after-trip approval', () => {
	let didi;
	let orders;
	beforeAll(async () => {
		didi = await startDidi();
	});
	afterAll(() => didi && didi.close());
	beforeEach(async () => {
		await didi.reset();
		orders = unwrap(await didi.control('GET', '/state/didi/orders?_limit=300'));
	});
	const personalPaid = () => orders.filter((o) => o.pay_type === 1 && o.status === 2);
	const companyPaid = () => orders.filter((o) => o.pay_type === 0);
	const pass = (extra) => ({ resource: 'approval', operation: 'pass', objectType: 1, objectApprovalType: 4, isPass: 1, ...extra });

	it('approves a personally paid order for the company (个转企) and sends the 20-digit id exactly', async () => {
		const [order] = personalPaid();
		const [approver] = unwrap(await didi.control('GET', '/state/didi/members?_limit=1'));
		const result = await didi.run(pass({ objectId: order.order_id, approverPhone: approver.phone }));
		expect(result.error).toBeUndefined();
		const [out] = result.json('Node');
		expect(out).toEqual({ approval_id: expect.stringMatching(/^\d+$/), object_type: 1, object_id: order.order_id, object_approval_type: 4, is_pass: 1 });
		const [request] = calls(await didi.log(), '/river/Approval/pass');
		expect(request.body).toMatchObject({ object_type: 1, object_id: order.order_id, object_approval_type: 4, is_pass: 1, cur_approver: JSON.stringify({ type: 'phone', value: approver.phone }) });
		expect(unwrap(await didi.state('approvalPasses'))).toEqual([expect.objectContaining({ object_id: order.order_id, is_pass: 1, approval_id: out.approval_id })]);
		const again = await didi.run(pass({ objectId: order.order_id, isPass: 2 }));
		expect(again.error.message).toBe('DiDi Enterprise error 10001: 参数错误(该订单已审批(通过))');
	});

	it('decides a DiDi approval (object type 2, 企业级事前审批单用车) created in the same workflow', async () => {
		const workflow = didiChain(didi, [
			['Approval', await travelApproval(didi, { outApprovalId: `OA-pass-${Date.now()}` })],
			['Pass', pass({ objectType: 2, objectId: '={{ $json.approval_id }}', objectApprovalType: 21, isPass: 2 })],
		]);
		const run = await didi.harness.runWorkflow(workflow);
		expect(run.error).toBeUndefined();
		const approvalId = run.json('Approval')[0].approval_id;
		expect(approvalId).toMatch(/^\d+$/);
		expect(run.json('Pass')).toEqual([{ approval_id: approvalId, object_type: 2, object_id: approvalId, object_approval_type: 21, is_pass: 2 }]);
		expect(unwrap(await didi.state('approvalPasses'))).toEqual([expect.objectContaining({ object_type: 2, object_id: approvalId, is_pass: 2 })]);
		const unknown = await didi.run(pass({ objectType: 2, objectId: '1', objectApprovalType: 21 }));
		expect(unknown.error.message).toBe('DiDi Enterprise error 10001: 参数错误(审批单不存在)');
	});

	it('rejects after the trip: the company-paid order becomes a personal receipt the list returns', async () => {
		const [rejected, approved] = companyPaid();
		const reject = await didi.run({ resource: 'afterApproval', operation: 'syncResult', orderId: rejected.order_id, isPass: 0, options: { remark: '非公务用车' } });
		expect(reject.json('Node')[0]).toEqual({ order_id: rejected.order_id, is_pass: 0, synced: true });
		const approve = await didi.run({ resource: 'afterApproval', operation: 'syncResult', orderId: approved.order_id, isPass: 1 });
		expect(approve.error).toBeUndefined();
		expect(calls(await didi.log(), '/river/AfterApproval/createPersonalReceipt').map((c) => c.body)).toEqual([
			expect.objectContaining({ order_id: rejected.order_id, is_pass: 0, remark: '非公务用车' }),
			expect.objectContaining({ order_id: approved.order_id, is_pass: 1 }),
		]);
		const list = await didi.run({ resource: 'afterApproval', operation: 'getReceiptOrders', returnAll: true, filters: { phone: rejected.passenger_phone } });
		expect(list.json('Node')).toEqual([{ order_id: rejected.order_id, approval_id: expect.stringMatching(/^\d+$/) }]);
		const none = await didi.run({ resource: 'afterApproval', operation: 'getReceiptOrders', returnAll: true, filters: { end_date: '2020-01-01' } });
		expect(none.json('Node')).toEqual([]);
	});

	it('validates before any request', async () => {
		for (const [parameters, message] of [
			[pass({ objectId: 'ORD-1' }), 'Object ID (object_id) must be a DiDi order ID (digits, got "ORD-1") [item 0]'],
			[pass({ objectId: '  ' }), 'Object ID (object_id) is required [item 0]'],
			[{ resource: 'afterApproval', operation: 'syncResult', orderId: '1', isPass: 0, options: { remark: 'r'.repeat(121) } }, 'Remark (remark) must be at most 120 characters (got 121) [item 0]'],
			[{ resource: 'afterApproval', operation: 'getReceiptOrders', returnAll: true, filters: { start_date: '2026-05-02', end_date: '2026-05-01' } }, 'End Date (end_date) must be on or after Start Date (start_date) (2026-05-02) [item 0]'],
		]) {
			const result = await didi.run(parameters);
			expect(result.error.message).toBe(message);
		}
		expect(calls(await didi.log(), '/river/Approval/pass')).toHaveLength(0);
		expect(calls(await didi.log(), '/river/AfterApproval/')).toHaveLength(0);
	});

	it('DiDi refusals name errno and message; expired tokens are refreshed once', async () => {
		const personal = await didi.run({ resource: 'afterApproval', operation: 'syncResult', orderId: personalPaid()[0].order_id, isPass: 0 });
		expect(personal.error.message).toBe('DiDi Enterprise error 10001: 参数错误(行后审批仅支持企业支付的订单)');
		const company = await didi.run(pass({ objectId: companyPaid()[0].order_id }));
		expect(company.error.message).toBe('DiDi Enterprise error 10001: 参数错误(个转企审批需为员工个人支付且已支付完成的订单)');
		const { result, expired, authorized } = await runAfterRevoke(didi, () => didi.run(pass({ objectId: personalPaid()[1].order_id, isPass: 2 })));
		expect(result.error).toBeUndefined();
		expect([expired, authorized]).toEqual([1, 1]);
	});
});
