const { Validator } = require('../../../nodes/common/validation');
const { parseNotification, notificationItem } = require('../../../nodes/DidiEnterprise/shared/notification');
const { toMemberData } = require('../../../nodes/DidiEnterprise/shared/member');
const { toBudgetCenterParams } = require('../../../nodes/DidiEnterprise/actions/budgetCenter/shared');
const { didiProfile } = require('../../../nodes/DidiEnterprise/transport');

/** @type {import('n8n-workflow').INode} */
const node = { id: 'didi', name: 'DiDi', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };

describe('notification parsing', () => {
	it('keeps JSON numbers as their decimal text (what DiDi signed) and reads form bodies', () => {
		expect(parseNotification('{"timestamp":1700000000,"data":"{\\"a\\":1}","sign":"x"}', 'application/json')).toEqual({ timestamp: '1700000000', data: '{"a":1}', sign: 'x' });
		expect(parseNotification('notify_type=order.finished&data=%7B%22a%22%3A1%7D', 'application/x-www-form-urlencoded')).toEqual({ notify_type: 'order.finished', data: '{"a":1}' });
		expect(parseNotification('not json', 'application/json')).toBeUndefined();
		expect(parseNotification('[1]', 'application/json')).toBeUndefined();
		expect(parseNotification('', 'application/json')).toBeUndefined();
	});
	it('builds the item: event name, parsed data, ISO times, no sign', () => {
		const item = notificationItem({ notify_type: 'order.finished', notify_id: 'n1', timestamp: '1700000000', data: '{"order_id":"o1"}', sign: 's' }, new Date(Date.UTC(2023, 10, 14, 22, 13, 21)));
		expect(item).toEqual({ event: 'order.finished', notify_id: 'n1', timestamp: 1700000000, notified_at: '2023-11-15T06:13:20+08:00', received_at: '2023-11-15T06:13:21+08:00', data: { order_id: 'o1' } });
	});
});

describe('member and budget centre mapping', () => {
	it('joins ids with "_" and maps booleans', () => {
		const data = toMemberData({ realname: 'A', role_ids: ['1', '2'], regulation_id: '7, 8', use_company_money: false, email: '' }, new Validator(node, 0));
		expect(data).toEqual({ realname: 'A', role_ids: '1_2', regulation_id: '7_8', use_company_money: 0 });
		expect(() => toMemberData({ email: 'nope' }, new Validator(node, 2))).toThrow(/email.*\[item 2\]/);
	});
	it('serialises budget centre JSON fields and checks dates', () => {
		const params = toBudgetCenterParams({ name: 'P', leader_employee_id: 'E1, E2', budget_extra_info: '{"k":"v"}', legal_entity_id: ['1', '2'], start_date: '2030-01-01', expiry_date: '2030-02-01' }, new Validator(node, 0));
		expect(params).toEqual({ name: 'P', leader_employee_id: '["E1","E2"]', budget_extra_info: '{"k":"v"}', legal_entity_id: '1,2', start_date: '2030-01-01', expiry_date: '2030-02-01' });
		expect(() => toBudgetCenterParams({ total_quota: '-1' }, new Validator(node, 0))).toThrow(/total_quota/);
	});
});

describe('DiDi profile', () => {
	const response = (body, statusCode = 200) => ({ statusCode, headers: {}, body });
	it('detects errno 401 in a 200 as token expiry', () => {
		expect(didiProfile.isTokenExpired(response({ errno: 401 }))).toBe(true);
		expect(didiProfile.isTokenExpired(response({ errno: '401' }))).toBe(true);
		expect(didiProfile.isTokenExpired(response({ errno: 0 }))).toBe(false);
	});
	it('maps failures with request id and DiDi params_sign_str', () => {
		expect(didiProfile.failure(response({ errno: 0, data: {} }), { errno: 0 })).toBeUndefined();
		const f = didiProfile.failure(response({}), { errno: 19999, errmsg: 'sign error', request_id: 'r1', data: { params_sign_str: 'a=1&sign_key=***' } });
		expect(f).toMatchObject({ code: '19999', message: 'sign error', requestId: 'r1', detail: expect.stringContaining('a=1') });
		expect(didiProfile.failure(response({}, 503), {})).toMatchObject({ retryable: true });
		expect(didiProfile.hints['10002']).toMatch(/whitelist/i);
	});
});
