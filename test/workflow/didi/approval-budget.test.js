// Approval fields travel_budget (差旅预算总额), travel_management (市内用车每日限额) and out_trip_id / out_trip_info on
// create, and travel_budget cleared on update ("字段传输，空对象时处理为清空") — workflows against the sandbox.
const { startDidi, calls, unwrap } = require('./helpers');
const { travelApproval } = require('./fixtures');

describe('DiDi approval: travel budget, daily ride limit, out trip', () => {
	let didi;
	let base;
	beforeAll(async () => {
		didi = await startDidi();
		await didi.reset();
		base = await travelApproval(didi);
	});
	afterAll(() => didi && didi.close());
	beforeEach(() => didi.reset());

	it('sends the budget in fen with its categories, the daily limit as travel_management, and the out trip', async () => {
		const outApprovalId = `OA-budget-${Date.now()}`;
		const result = await didi.run({
			...base,
			outApprovalId,
			additionalFields: { travelBudgetAmount: 1234.5, travelBudgetShare: [301, 601], dailyRideLimit: 80, outTripId: 'TRIP-7', outTripInfo: '上海客户拜访' },
		});
		expect(result.error).toBeUndefined();
		const [request] = calls(await didi.log(), '/river/Approval/create');
		expect(JSON.parse(request.body.travel_budget)).toEqual({ budget_amount: 123450, budget_type: 1, budget_share: [301, 601] });
		expect(JSON.parse(request.body.travel_management)).toEqual({ daily_amount_control: [{ daily_amount: 8000, control_type: 1, control_product: [1] }] });
		expect(request.body).toMatchObject({ out_trip_id: 'TRIP-7', out_trip_info: '上海客户拜访' });
		const [stored] = unwrap(await didi.state('approvals')).filter((a) => a.out_approval_id === outApprovalId);
		expect(stored).toMatchObject({ travel_budget: request.body.travel_budget, travel_management: request.body.travel_management, out_trip_id: 'TRIP-7' });

		const cleared = await didi.run({ ...base, operation: 'update', approval: { mode: 'outApprovalId', value: outApprovalId }, scopeApplicant: base.applicantPhone, additionalFields: { clearTravelBudget: true } });
		expect(cleared.error).toBeUndefined();
		expect(calls(await didi.log(), '/river/Approval/update')[0].body.travel_budget).toBe('{}');
		expect(unwrap(await didi.state('approvals')).find((a) => a.out_approval_id === outApprovalId).travel_budget).toBe('{}');
	});

	it('validates the amounts before any request', async () => {
		for (const [fields, message] of [
			[{ travelBudgetAmount: 12.345 }, 'Travel Budget (travel_budget.budget_amount) must be a positive amount in yuan with at most two decimals (got 12.345) [item 0]'],
			[{ travelBudgetShare: [1] }, 'Travel Budget (travel_budget.budget_amount) is required when budget categories are given [item 0]'],
			[{ dailyRideLimit: 0.001 }, 'Daily City-Ride Limit (travel_management.daily_amount) must be a positive amount in yuan with at most two decimals (got 0.001) [item 0]'],
		]) {
			const result = await didi.run({ ...base, outApprovalId: `OA-bad-${Date.now()}`, additionalFields: fields });
			expect(result.error.message).toBe(message);
		}
		expect(calls(await didi.log(), '/river/Approval/create')).toHaveLength(0);
	});
});
