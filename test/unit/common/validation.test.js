// nodes/common/validation.ts: every check raises a NodeOperationError naming the field as the editor shows it and
// the item, before anything is sent; accepted values come back as they are (or normalised, for dates).
const { NodeOperationError } = require('n8n-workflow');
const { Validator } = require('../../../nodes/common/validation');

/** @type {import('n8n-workflow').INode} */
const node = { id: '1', name: 'Vendor', type: 'n8n-nodes-cn-enterprise.test', typeVersion: 1, position: [0, 0], parameters: {} };
const v = new Validator(node, 3);

/** The error `fn` throws (fails the test when it throws none). */
function errorOf(fn) {
	try {
		fn();
	} catch (error) {
		return error;
	}
	throw new Error('expected an error');
}

describe('Validator', () => {
	test('fail: a NodeOperationError with the field, the problem, the item and the hint', () => {
		const error = errorOf(() => v.fail('Start Date (start_date)', 'is wrong', 'Use a date.'));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Start Date (start_date) is wrong [item 3]');
		expect(error.description).toBe('Use a date.');
		expect(error.context.itemIndex).toBe(3);
		expect(error.node).toBe(node);
		expect(errorOf(() => new Validator(node, 0).fail('Name', 'is bad')).description).toBeUndefined();
	});

	test('required: nothing, null, empty and blank text are missing; anything else is returned as it is', () => {
		for (const missing of [undefined, null, '', '  \t']) {
			expect(errorOf(() => v.required('Name (name)', missing)).message).toBe('Name (name) is required [item 3]');
		}
		for (const given of [0, false, ' x ', 'x', [], {}]) expect(v.required('Name', given)).toBe(given);
	});

	test('maxLength counts characters (code points), not UTF-16 units', () => {
		expect(v.maxLength('Name', undefined, 1)).toBeUndefined();
		expect(v.maxLength('Name', 'abc', 3)).toBeUndefined();
		expect(v.maxLength('Name', '😀😀', 2)).toBeUndefined();
		expect(errorOf(() => v.maxLength('Name (name)', 'abcd', 3)).message).toBe('Name (name) must be at most 3 characters (got 4) [item 3]');
		expect(errorOf(() => v.maxLength('Name', '汉字😀x', 3)).message).toBe('Name must be at most 3 characters (got 4) [item 3]');
	});

	test('telephone: 7 to 20 digits with +, spaces, hyphens, parentheses; empty means not given', () => {
		for (const nothing of [undefined, null, '', '   ']) expect(v.telephone('Phone', nothing)).toBeUndefined();
		expect(v.telephone('Phone', ' 13800000000 ')).toBe('13800000000');
		expect(v.telephone('Phone', 13800000000)).toBe('13800000000');
		expect(v.telephone('Phone', '+86 (10) 8888-6666-123')).toBe('+86 (10) 8888-6666-123');
		expect(v.telephone('Phone', '1234567')).toBe('1234567');
		expect(v.telephone('Phone', '12345678901234567890')).toBe('12345678901234567890');
		for (const bad of ['123456', '123456789012345678901', '138-0000-000a', '1+3800000000', '13800000000#', 'phone', '+', '(((---)))']) {
			expect(errorOf(() => v.telephone('Phone (phone)', bad)).message).toBe(
				`Phone (phone) must be a telephone number like 13800000000 or 010-88886666 (got "${bad}") [item 3]`,
			);
		}
	});

	test('date: YYYY-MM-DD as it is, other dates in China time, anything else named', () => {
		expect(v.date('Start', '2026-05-01')).toBe('2026-05-01');
		expect(v.date('Start', '2026-05-01T17:00:00Z')).toBe('2026-05-02');
		expect(v.date('Start', new Date('2026-05-01T15:59:59Z'))).toBe('2026-05-01');
		expect(v.date('Start', { toISO: () => '2026-05-01T23:00:00+08:00' })).toBe('2026-05-01');
		expect(errorOf(() => v.date('Start Date (start_date)', '2026-02-30')).message).toBe(
			'Start Date (start_date) must be a date like 2026-05-01 (got "2026-02-30") [item 3]',
		);
		expect(errorOf(() => v.date('Start', undefined)).message).toBe('Start must be a date like 2026-05-01 (got "undefined") [item 3]');
	});

	test('dateRange: the end may equal the start, not precede it', () => {
		expect(v.dateRange('Start', '2026-05-01', 'End', '2026-05-01')).toBeUndefined();
		expect(v.dateRange('Start', '2026-05-01', 'End', '2026-05-02')).toBeUndefined();
		expect(errorOf(() => v.dateRange('Start (start)', '2026-05-02', 'End (end)', '2026-05-01')).message).toBe(
			'End (end) must be on or after Start (start) (2026-05-02) [item 3]',
		);
	});

	test('oneOf: the value when allowed, else the list and the value', () => {
		expect(v.oneOf('Type', 'b', ['a', 'b'])).toBe('b');
		expect(v.oneOf('Level', /** @type {number} */ (2), [1, 2])).toBe(2);
		expect(errorOf(() => v.oneOf('Type (type)', 'c', ['a', 'b'])).message).toBe('Type (type) must be one of a, b (got "c") [item 3]');
		expect(errorOf(() => v.oneOf('Level', /** @type {any} */ ('2'), [1, 2])).message).toBe('Level must be one of 1, 2 (got "2") [item 3]');
	});

	test('json: text is parsed, blank text is nothing, parsed values pass through, bad JSON is named', () => {
		expect(v.json('Body', '{"a":[1,"x"]}')).toEqual({ a: [1, 'x'] });
		expect(v.json('Body', ' 12 ')).toBe(12);
		expect(v.json('Body', '  ')).toBeUndefined();
		const parsed = { a: 1 };
		expect(v.json('Body', parsed)).toBe(parsed);
		expect(v.json('Body', undefined)).toBeUndefined();
		let message;
		try {
			JSON.parse('{"a":');
		} catch (error) {
			message = error.message;
		}
		expect(errorOf(() => v.json('Body (body)', '{"a":')).message).toBe(`Body (body) is not valid JSON: ${message} [item 3]`);
	});
});
