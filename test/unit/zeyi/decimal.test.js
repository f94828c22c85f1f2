const {
	parseDecimal,
	addDecimals,
	subtractDecimals,
	compareDecimals,
	JsonDecimal,
	stringifyExact,
	parseJsonExact,
} = require('../../../nodes/common/decimal');

describe('nodes/common/decimal', () => {
	it('parses numbers and numeric text into canonical decimals', () => {
		expect(parseDecimal('1000.10')).toBe('1000.10');
		expect(parseDecimal(' +007.5 ')).toBe('7.5');
		expect(parseDecimal(0.1)).toBe('0.1');
		expect(parseDecimal('1e3')).toBe('1000');
		expect(parseDecimal('1.5e-3')).toBe('0.0015');
		expect(parseDecimal('-0.00')).toBe('0.00');
		expect(parseDecimal('.5')).toBe('0.5');
		for (const bad of ['', 'abc', '1,000', '1.2.3', NaN, Infinity, null, undefined, {}, '.']) {
			expect(parseDecimal(bad)).toBeUndefined();
		}
	});

	it('adds and subtracts without float drift', () => {
		expect(0.1 + 0.2).not.toBe(0.3); // the problem being solved
		expect(addDecimals('0.1', '0.2')).toBe('0.3');
		expect(subtractDecimals('1000.10', '0.2')).toBe('999.90');
		expect(subtractDecimals('100', '100.01')).toBe('-0.01');
		expect(addDecimals('99999999999999999.99', '0.01')).toBe('100000000000000000.00');
	});

	it('compares by value regardless of scale', () => {
		expect(compareDecimals('900', '900.00')).toBe(0);
		expect(compareDecimals('900.01', '900')).toBe(1);
		expect(compareDecimals('-1', '0')).toBe(-1);
	});

	it('writes JsonDecimal as a bare number literal with its exact digits', () => {
		const text = stringifyExact({ a: new JsonDecimal('1000.10'), b: [new JsonDecimal('0.30')], c: 'x', n: 2 });
		expect(text).toBe('{"a":1000.10,"b":[0.30],"c":"x","n":2}');
		expect(JSON.parse(text).a).toBe(1000.1);
		// A string that merely looks like a marker is untouched.
		expect(stringifyExact({ s: '1000.10' })).toBe('{"s":"1000.10"}');
	});

	it('parses JSON keeping the exact digits of selected keys', () => {
		const parsed = parseJsonExact('{"confirmAmount":1000.10,"n":1.50,"list":[{"amount":0.1},{"amount":"2.30"}],"s":"a\\"b"}', (k) => /amount/i.test(k));
		expect(parsed).toEqual({ confirmAmount: '1000.10', n: 1.5, list: [{ amount: '0.1' }, { amount: '2.30' }], s: 'a"b' });
		expect(() => parseJsonExact('{"a":}', () => false)).toThrow(SyntaxError);
		expect(() => parseJsonExact('{"a":1} x', () => false)).toThrow(SyntaxError);
		expect(parseJsonExact(' [true, false, null, -1e2] ', () => false)).toEqual([true, false, null, -100]);
	});
});
