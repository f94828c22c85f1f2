// Where the generic valid value of lib/values.js is not enough for an operation's other parameters (a required
// list of lines, a JSON message), the valid values the bad-input cases start from. Only values that make the
// rest of the input valid: the cases themselves are still generated from the descriptions.
const BASELINES = {
	'zeyi contract/push': {
		detailInput: 'fields',
		details: { detail: [{ serviceName: '换机油', serviceNeedHour: '2', serviceHourUnitAmount: '100', serviceCustomerUnitAmount: '120', serviceBranchUnitAmount: '150', confirmFlag: true }] },
		amounts: { productTotalAmount: '1000', serviceTotalAmount: '1000', productDiscountedAmount: '100', serviceDiscountedAmount: '100', totalAmount: '1800' },
	},
	'didiEnterprise approval/create': { regulationId: '10001' },
	'didiEnterprise member/update': { updateFields: { birth_date: '1990-01-01' } },
	// DiDi identifies a new member by phone, employee number or email (one of them).
	'didiEnterprise member/create': { phone: '13800138000' },
	// A budget center of type 1 (department) needs its out_budget_id.
	'didiEnterprise budgetCenter/create': { out_budget_id: 'B-10001' },
	'zhiguanche vehicle/create': { plateNo: '沪A12345' },
	// Update finds the approval by its applicant (by phone by default).
	'didiEnterprise approval/update': { scopeApplicant: '13800138000' },
	'zhiguanche event/parse': { message: '{"eventId":"e1","eventType":"vehicle.dispatched","occurredAt":1767225600000,"data":{}}' },
};

module.exports = { BASELINES };
