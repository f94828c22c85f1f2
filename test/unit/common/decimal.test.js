// nodes/common/decimal.ts beyond the basics of test/unit/zeyi/decimal.test.js: every accepted and refused text
// form, exponents at their limits, signs and zero, the scale of sums, the error each operation raises for a
// non-decimal, JsonDecimal at any depth, and parseJsonExact's grammar and error positions.
const {
	parseDecimal,
	isDecimal,
	decimalScale,
	addDecimals,
	subtractDecimals,
	compareDecimals,
	decimalsEqual,
	JsonDecimal,
	stringifyExact,
	parseJsonExact,
} = require('../../../nodes/common/decimal');

describe('parseDecimal', () => {
	test.each([
		['5', '5'],
		['-5', '-5'],
		['+5', '5'],
		['5.', '5'],
		['-.5', '-0.5'],
		['0005.50', '5.50'],
		['1E3', '1000'],
		['1e+3', '1000'],
		['1.5e3', '1500'],
		['1.5e1', '15'],
		['1.50e1', '15.0'],
		['12.5e-1', '1.25'],
		['-1.5e-3', '-0.0015'],
		['1e0', '1'],
		['0e5', '0'],
		['0.0e1', '0'],
		['0.00e1', '0.0'],
		['\t 42 \n', '42'],
		['-0', '0'],
		['-0.000', '0.000'],
	])('%j → %j', (text, canonical) => {
		expect(parseDecimal(text)).toBe(canonical);
	});

	test('numbers, bigints and other types', () => {
		expect(parseDecimal(12)).toBe('12');
		expect(parseDecimal(-2.5)).toBe('-2.5');
		expect(parseDecimal(1e21)).toBe('1000000000000000000000');
		expect(parseDecimal(1.5e-7)).toBe('0.00000015');
		expect(parseDecimal(12345678901234567890n)).toBe('12345678901234567890');
		expect(parseDecimal(-3n)).toBe('-3');
		for (const bad of [-Infinity, true, [], [1], () => 1, Symbol('x')]) expect(parseDecimal(bad)).toBeUndefined();
	});

	test.each(['-', '+', 'e5', '.e5', '1e', '1e+', '1 000', '0x10', '1_000', '--1', '1.5.', 'one', '1e5.5', ' ', '1e401', '1e-401', '1e99999999999999999'])(
		'%j is not a decimal',
		(text) => {
			expect(parseDecimal(text)).toBeUndefined();
			expect(isDecimal(text)).toBe(false);
		},
	);

	test('exponents up to 400 either way are read exactly', () => {
		expect(parseDecimal('1e400')).toBe(`1${'0'.repeat(400)}`);
		expect(parseDecimal('1e-400')).toBe(`0.${'0'.repeat(399)}1`);
	});

	test('the same text answers the same every time (the remembered answers included)', () => {
		for (let i = 0; i < 2100; i++) expect(parseDecimal(`${i}.5`)).toBe(`${i}.5`);
		for (let i = 0; i < 2100; i += 7) expect(parseDecimal(`${i}.5`)).toBe(`${i}.5`);
		expect(parseDecimal('x1')).toBeUndefined();
		expect(parseDecimal('x1')).toBeUndefined();
		expect(isDecimal('7')).toBe(true);
		expect(isDecimal(7)).toBe(true);
	});
});

describe('decimalScale', () => {
	test.each([
		['12', 0],
		['12.', 0],
		['12.5', 1],
		['0.001', 3],
		['-1.50', 2],
		// Not canonical, read the same way.
		['.25', 2],
	])('%j has %d fraction digits', (text, scale) => {
		expect(decimalScale(text)).toBe(scale);
	});
});

describe('arithmetic', () => {
	test('sums carry the largest scale of the operands', () => {
		expect(addDecimals('1', '2.5', '0.125')).toBe('3.625');
		expect(addDecimals('1.10', '2')).toBe('3.10');
		expect(addDecimals('0.05', '0.05')).toBe('0.10');
		expect(addDecimals('-0.5', '0.25')).toBe('-0.25');
		expect(addDecimals('-1', '1')).toBe('0');
		expect(addDecimals('-1.00', '1')).toBe('0.00');
		expect(addDecimals()).toBe('0');
		expect(addDecimals('7')).toBe('7');
		expect(addDecimals('-0.01', '-0.02')).toBe('-0.03');
		expect(addDecimals('1e2', '0.5')).toBe('100.5');
	});

	test('differences', () => {
		expect(subtractDecimals('0.3', '0.1')).toBe('0.2');
		expect(subtractDecimals('5', '7.25')).toBe('-2.25');
		expect(subtractDecimals('-5', '-7')).toBe('2');
		expect(subtractDecimals('1.5', '1.50')).toBe('0.00');
		expect(subtractDecimals('0', '0.001')).toBe('-0.001');
	});

	test('comparisons by value', () => {
		expect(compareDecimals('1', '2')).toBe(-1);
		expect(compareDecimals('2', '1')).toBe(1);
		expect(compareDecimals('-2', '-1')).toBe(-1);
		expect(compareDecimals('0.10', '0.1')).toBe(0);
		expect(compareDecimals('10', '9.999')).toBe(1);
		expect(compareDecimals('-0.001', '0')).toBe(-1);
		expect(decimalsEqual('1.0', '1')).toBe(true);
		expect(decimalsEqual('1.01', '1')).toBe(false);
		expect(decimalsEqual('-1', '1')).toBe(false);
	});

	test('a non-decimal operand is a TypeError naming it', () => {
		expect(() => addDecimals('1', 'abc')).toThrow(new TypeError('"abc" is not a decimal number'));
		expect(() => subtractDecimals('x', '1')).toThrow(new TypeError('"x" is not a decimal number'));
		expect(() => compareDecimals('1', '')).toThrow(new TypeError('"" is not a decimal number'));
	});
});

describe('JsonDecimal and stringifyExact', () => {
	test('JsonDecimal keeps the canonical text and refuses non-decimals', () => {
		expect(new JsonDecimal('+010.50').value).toBe('10.50');
		expect(new JsonDecimal('1e2').toJSON()).toBe('100');
		expect(JSON.stringify({ a: new JsonDecimal('1.50') })).toBe('{"a":"1.50"}');
		expect(() => new JsonDecimal('1,5')).toThrow(new TypeError('"1,5" is not a decimal number'));
	});

	test('decimals at the top, in arrays and deep in objects are bare literals; the rest is JSON.stringify', () => {
		expect(stringifyExact(new JsonDecimal('1.50'))).toBe('1.50');
		expect(stringifyExact(new JsonDecimal('-0.05'))).toBe('-0.05');
		expect(stringifyExact([new JsonDecimal('7'), { x: { y: new JsonDecimal('-2.10') } }])).toBe('[7,{"x":{"y":-2.10}}]');
		const plain = { a: 'text "quoted"', b: [1, 2.5, null], c: { d: true } };
		expect(stringifyExact(plain)).toBe(JSON.stringify(plain));
		expect(stringifyExact('1.50')).toBe('"1.50"');
		expect(stringifyExact(undefined)).toBe('');
		expect(stringifyExact(() => 1)).toBe('');
	});

	test('an object with its own toJSON is serialised as JSON.stringify does', () => {
		const withToJson = { toJSON: () => ({ v: 1 }) };
		expect(stringifyExact({ w: withToJson, d: new Date(0) })).toBe('{"w":{"v":1},"d":"1970-01-01T00:00:00.000Z"}');
	});
});

describe('parseJsonExact', () => {
	const amount = (key) => key === 'amount';

	test('numbers under decimal keys keep their digits, in arrays too; others parse as numbers', () => {
		expect(parseJsonExact('{"amount":[1.10,2,-0.50],"n":1.10}', amount)).toEqual({ amount: ['1.10', '2', '-0.50'], n: 1.1 });
		expect(parseJsonExact('{"amount":1.5e2}', amount)).toEqual({ amount: '150' });
		expect(parseJsonExact('{"amount":{"inner":1.10}}', amount)).toEqual({ amount: { inner: 1.1 } });
		expect(parseJsonExact('1.10', amount)).toBe(1.1);
		expect(parseJsonExact('[1.10]', () => true)).toEqual([1.1]);
		expect(parseJsonExact('{"amount":true,"b":false,"c":null,"amount2":"1.10"}', amount)).toEqual({ amount: true, b: false, c: null, amount2: '1.10' });
	});

	test('whitespace of every JSON kind, empty containers, escapes and unicode', () => {
		expect(parseJsonExact(' \t\n\r{ \t\n\r"a" \r\n: \t[ ] ,\n"b" : { } , "c":[ 1 , 2 ] }\r\n ', amount)).toEqual({ a: [], b: {}, c: [1, 2] });
		expect(parseJsonExact('"a\\\\"', amount)).toBe('a\\');
		expect(parseJsonExact('{"k\\"ey":"v\\u00e9\\n","e":"汉字"}', amount)).toEqual({ 'k"ey': 'vé\n', e: '汉字' });
		expect(parseJsonExact('{}', amount)).toEqual({});
		expect(parseJsonExact('[]', amount)).toEqual([]);
		expect(parseJsonExact('0', amount)).toBe(0);
		expect(parseJsonExact('-0.5E-1', amount)).toBe(-0.05);
		expect(parseJsonExact('[1e10,{"amount":2.5e10}]', amount)).toEqual([1e10, { amount: '25000000000' }]);
	});

	test.each([
		['', 'unexpected character at position 0'],
		['{"a":}', 'unexpected character at position 5'],
		['{"a" 1}', 'expected ":" at position 5'],
		['{a:1}', 'expected a key at position 1'],
		['{"a":1 "b":2}', 'expected "," or "}" at position 7'],
		['{"a":1,}', 'expected a key at position 7'],
		['[1 2]', 'expected "," or "]" at position 3'],
		['[1,]', 'unexpected character at position 3'],
		['"abc', 'unterminated string at position 4'],
		['"ab\\"', 'unterminated string at position 5'],
		['{"a":1} x', 'unexpected text after the value at position 8'],
		['[1] ]', 'unexpected text after the value at position 4'],
		['01', 'unexpected text after the value at position 1'],
		['tru', 'unexpected character at position 0'],
		['+1', 'unexpected character at position 0'],
		['.5', 'unexpected character at position 0'],
		['{', 'expected a key at position 1'],
		['[', 'unexpected character at position 1'],
		['{"a":1', 'expected "," or "}" at position 6'],
		['[1', 'expected "," or "]" at position 2'],
	])('%j: %s', (text, message) => {
		expect(() => parseJsonExact(text, amount)).toThrow(new SyntaxError(`Invalid JSON: ${message}`));
	});
});
