// ZhiGuanChe value checks: what each kind accepts, how it is normalised, and the message naming the field.
const { checkValue } = require('../../../nodes/Zhiguanche/shared/values');
const { splitWindow } = require('../../../nodes/Zhiguanche/shared/window');
const { sameValue, differences } = require('../../../nodes/Zhiguanche/shared/write');
const { sharePercent } = require('../../../nodes/Zhiguanche/actions/expense/getStatistics.operation');
const { Validator } = require('../../../nodes/common/validation');

const v = new Validator(/** @type {import('n8n-workflow').INode} */ ({ id: 'zgc', name: 'ZhiGuanChe', type: 'zhiguanche', typeVersion: 1, position: [0, 0], parameters: {} }), 2);
const check = (kind, value) => checkValue(v, `Field (${kind})`, kind, value);
const refusal = (kind, value) => {
	try {
		check(kind, value);
	} catch (error) {
		return error.message;
	}
	throw new Error(`${kind} accepted ${JSON.stringify(value)}`);
};

describe('plate numbers', () => {
	it.each([
		['沪A12345', '沪A12345'],
		['浙bg·49045', '浙BG49045'],
		['粤B D12345', '粤BD12345'],
		['京AF12345', '京AF12345'],
		['苏E1234学', '苏E1234学'],
	])('%s → %s', (input, output) => expect(check('plate', input)).toBe(output));
	it.each(['AB12345', '沪12345', '沪A1234', '沪A1234567', 'XA12345'])('%s is refused naming field and item', (input) => {
		expect(refusal('plate', input)).toBe(`Field (plate) must be a Chinese plate number like 沪A12345 or 粤B D12345 (got "${input}") [item 2]`);
	});
});

describe('VINs, mobiles, phones, card numbers', () => {
	it('VIN: 17 characters without I, O, Q; upper-cased', () => {
		expect(check('vin', 'lfv582084j4891605')).toBe('LFV582084J4891605');
		for (const bad of ['LFV582084J489160', 'LFV582084J4891605X', 'LFV582084I4891605', 'LFVO82084J4891605', 'LFV58208QJ4891605']) {
			expect(refusal('vin', bad)).toMatch(/^Field \(vin\) must be a 17-character VIN without I, O or Q/);
		}
	});
	it('mobile: +86, spaces and dashes dropped; 11 digits starting 13-19', () => {
		expect(check('mobile', '+86 138-0013-8000')).toBe('13800138000');
		expect(check('mobile', '008613800138000')).toBe('13800138000');
		for (const bad of ['12800138000', '1380013800', '138001380000', '010-62880000']) expect(refusal('mobile', bad)).toMatch(/mainland mobile number/);
	});
	it('phone: landline with area code and extension, or a mobile', () => {
		expect(check('phone', '010-62880000')).toBe('010-62880000');
		expect(check('phone', '021-66668888-123')).toBe('021-66668888-123');
		expect(check('phone', '13800138000')).toBe('13800138000');
		expect(refusal('phone', '12')).toMatch(/phone number/);
	});
	it('card numbers: 16 to 19 digits, spaces dropped', () => {
		expect(check('cardNo', '1000 1131 0001 2345 678')).toBe('1000113100012345678');
		expect(refusal('cardNo', '123456789012345')).toMatch(/16 to 19 digits/);
	});
});

describe('dates, times, amounts', () => {
	it('date: calendar dates only, China time', () => {
		expect(check('date', '2026-02-28')).toBe('2026-02-28');
		expect(check('date', '2026-02-28T23:30:00+08:00')).toBe('2026-02-28');
		expect(check('date', '2026-02-28T16:30:00Z')).toBe('2026-03-01');
		expect(refusal('date', '2026-02-30')).toBe('Field (date) must be a date like 2026-05-01 (got "2026-02-30") [item 2]');
	});
	it('time: Unix milliseconds; a zone-less time is China time', () => {
		expect(check('time', '2026-11-01 09:00')).toBe(Date.UTC(2026, 10, 1, 1));
		expect(check('time', '1796000000000')).toBe(1796000000000);
		expect(refusal('time', 'tomorrow')).toMatch(/must be a date and time/);
	});
	it('amount: exact decimal text, ≥ 0, at most 2 places', () => {
		expect(check('amount', '88.10')).toBe('88.10');
		expect(check('amount', 0.1)).toBe('0.1');
		expect(refusal('amount', '-1')).toMatch(/amount in yuan ≥ 0/);
		expect(refusal('amount', '1.005')).toBe('Field (amount) must have at most 2 decimal places (got "1.005") [item 2]');
		expect(refusal('amount', '12,5')).toMatch(/amount in yuan/);
	});
	it('blank values are left out (the caller decides whether they were required)', () => {
		for (const kind of ['plate', 'vin', 'mobile', 'date', 'time', 'amount']) expect(check(kind, '  ')).toBeUndefined();
	});
});

describe('windows, comparisons, shares', () => {
	it('splits a window into consecutive spans of at most maxMs that cover it exactly', () => {
		expect(splitWindow({ start: 0, end: 50 }, 20)).toEqual([{ start: 0, end: 20 }, { start: 21, end: 41 }, { start: 42, end: 50 }]);
		expect(splitWindow({ start: 5, end: 5 }, 20)).toEqual([{ start: 5, end: 5 }]);
	});
	it('stored values equal sent ones as text, amounts exactly, lists as sets', () => {
		expect(sameValue('100.10', '100.1')).toBe(true);
		expect(sameValue(3, '3')).toBe(true);
		expect(sameValue(['b', 'a'], ['a', 'b'])).toBe(true);
		expect(sameValue(['a'], ['a', 'b'])).toBe(false);
		expect(differences({ name: 'x', passengers: 2 }, { name: 'x', passengers: 3, other: 1 })).toEqual(['passengers']);
	});
	it('share of a total, rounded half up to 2 places, exactly', () => {
		expect(sharePercent('1.00', '3.00')).toBe('33.33');
		expect(sharePercent('2.00', '3.00')).toBe('66.67');
		expect(sharePercent('5.00', '0.00')).toBe('0.00');
		expect(sharePercent('123456789.01', '123456789.01')).toBe('100.00');
	});
});
