// Hose field checks run before any request: cellphones, e-mails, codes, exact amounts, epoch-ms dates.
const { Validator } = require('../../../nodes/common/validation');
const { checkCellphone, checkEmail, checkCode } = require('../../../nodes/Hose/shared/checks');
const { exactAmount, epochMs } = require('../../../nodes/Hose/shared/values');
const { staffMatches, toStaffBody } = require('../../../nodes/Hose/shared/staff');

const v = new Validator(/** @type {import('n8n-workflow').INode} */ ({ id: 'hose', name: 'Hose', type: 'hose', typeVersion: 1, position: [0, 0], parameters: {} }), 4);
const fails = (fn) => {
	try {
		fn();
	} catch (e) {
		return e.message;
	}
	throw new Error('expected a validation error');
};

describe('Hose values', () => {
	it('cellphone: mainland mobile or (country code)number; names field and item', () => {
		expect(checkCellphone(v, 'Cellphone', '13800138000')).toBe('13800138000');
		expect(checkCellphone(v, 'Cellphone', '(852)61234567')).toBe('(852)61234567');
		expect(checkCellphone(v, 'Cellphone', '')).toBeUndefined();
		expect(fails(() => checkCellphone(v, 'Cellphone', '+8613800138000'))).toMatch(/^Cellphone must be a mainland mobile number .*\[item 4\]$/);
		expect(fails(() => checkCellphone(v, 'Cellphone', '23800138000'))).toMatch(/mainland mobile/);
	});
	it('e-mail and codes', () => {
		expect(checkEmail(v, 'Email', ' a@b.cn ')).toBe('a@b.cn');
		expect(checkEmail(v, 'Email', '')).toBeUndefined();
		expect(fails(() => checkEmail(v, 'Email', 'a@b'))).toMatch(/must be an e-mail address/);
		expect(checkCode(v, 'Code', 'E-001')).toBe('E-001');
		expect(fails(() => checkCode(v, 'Code', '', true))).toMatch(/Code is required \[item 4\]/);
		expect(fails(() => checkCode(v, 'Code', 'x'.repeat(65)))).toMatch(/at most 64 characters/);
	});
	it('amounts are exact decimal text with at most 2 places', () => {
		expect(exactAmount(v, 'Amount', '1280.50')).toBe('1280.50');
		expect(exactAmount(v, 'Amount', 0.1)).toBe('0.1');
		expect(exactAmount(v, 'Amount', '-5')).toBe('-5');
		expect(fails(() => exactAmount(v, 'Amount', '1.005'))).toMatch(/at most 2 decimal places/);
		expect(fails(() => exactAmount(v, 'Amount', '1e2'))).toMatch(/decimal number/);
		expect(fails(() => exactAmount(v, 'Amount', ''))).toMatch(/is required/);
	});
	it('dates become epoch milliseconds, China time without a zone', () => {
		expect(epochMs(v, 'Date', '2026-05-01')).toBe(Date.parse('2026-05-01T00:00:00+08:00'));
		expect(epochMs(v, 'Date', '2026-05-01T09:30:00Z')).toBe(Date.parse('2026-05-01T09:30:00Z'));
		expect(epochMs(v, 'Date', '')).toBeUndefined();
		expect(fails(() => epochMs(v, 'Date', '', true))).toMatch(/is required/);
	});
	it('staff body: default department always among the departments; comparison treats departments as a set', () => {
		const body = toStaffBody({ name: ' 甲 ', code: 'E1', defaultDepartment: 'D2', departments: 'D1, D2' }, v);
		expect(body).toEqual({ name: '甲', code: 'E1', defaultDepartment: 'D2', departments: ['D1', 'D2'] });
		expect(toStaffBody({ name: '乙', defaultDepartment: 'D3', departments: ['D1'] }, v).departments).toEqual(['D3', 'D1']);
		expect(staffMatches({ name: '甲', code: 'E1', defaultDepartment: 'D2', departments: ['D2', 'D1'] }, body)).toBe(true);
		expect(staffMatches({ name: '甲', code: 'E1', defaultDepartment: 'D2', departments: ['D2'] }, body)).toBe(false);
		expect(staffMatches({ name: '丙', code: 'E1', defaultDepartment: 'D2', departments: ['D1', 'D2'] }, body)).toBe(false);
	});
});
