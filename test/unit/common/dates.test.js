const { toDate, toChinaDate, toChinaDateTime, toChinaIso, isDateOnly } = require('../../../nodes/common/dates');

describe('China-time dates', () => {
	test('UTC evening is the next day in China', () => {
		const date = toDate('2026-03-31T17:30:00Z');
		expect(toChinaDate(date)).toBe('2026-04-01');
		expect(toChinaDateTime(date)).toBe('2026-04-01 01:30:00');
		expect(toChinaIso(date)).toBe('2026-04-01T01:30:00+08:00');
	});

	test('a local date-time without zone is read as China time', () => {
		expect(toDate('2026-05-01 08:00:00').toISOString()).toBe('2026-05-01T00:00:00.000Z');
		expect(toDate('2026-05-01').toISOString()).toBe('2026-04-30T16:00:00.000Z');
	});

	test('millisecond and second epoch strings', () => {
		expect(toDate('1700000000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
		expect(toDate('1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
	});

	test('objects with toISO (Luxon DateTime) are accepted', () => {
		const fake = { toISO: () => '2026-01-02T03:04:05.000+08:00' };
		expect(toChinaDateTime(toDate(fake))).toBe('2026-01-02 03:04:05');
	});

	test('impossible calendar dates are refused', () => {
		expect(toDate('2026-02-30')).toBeUndefined();
		expect(isDateOnly('2026-02-30')).toBe(false);
		expect(isDateOnly('2026-02-28')).toBe(true);
		expect(isDateOnly('2026-2-28')).toBe(false);
		expect(toDate('not a date')).toBeUndefined();
	});
});

describe('toDate forms (nodes/common/dates.ts)', () => {
	const { toMillis } = require('../../../nodes/common/dates');
	const iso = (value) => toDate(value)?.toISOString();

	test('nothing, bad values and other types are no date', () => {
		for (const nothing of [undefined, null, '', '   ', true, {}, [], { toISO: 'not a function' }, new Date('x'), 'abc', '2026-05-01X']) {
			expect(toDate(nothing)).toBeUndefined();
			expect(toMillis(nothing)).toBeUndefined();
		}
	});

	test('a valid Date is the same Date; Luxon-like objects go through their ISO text', () => {
		const date = new Date('2026-01-01T00:00:00Z');
		expect(toDate(date)).toBe(date);
		expect(iso({ toISO: () => '2026-05-01' })).toBe('2026-04-30T16:00:00.000Z');
		expect(toDate({ toISO: () => 'nonsense' })).toBeUndefined();
	});

	test('numbers below 10^12 are seconds, from 10^12 on milliseconds', () => {
		expect(toMillis(1700000000)).toBe(1700000000000);
		expect(toMillis(999999999999)).toBe(999999999999000);
		expect(toMillis(1e12)).toBe(1e12);
		expect(toMillis(1700000000123)).toBe(1700000000123);
		expect(toMillis(0)).toBe(0);
	});

	test('epoch digit strings: exactly 13 digits are milliseconds, exactly 10 seconds, trimmed', () => {
		expect(toMillis(' 1700000000123 ')).toBe(1700000000123);
		expect(toMillis('\t1700000000\n')).toBe(1700000000000);
		// 12 digits is neither: read as a date text, which it is not.
		expect(toMillis('170000000012')).toBeUndefined();
		// Exactly: more digits, or anything before them, is no epoch.
		for (const text of ['17000000001234', 'T1700000000123', 'x1700000000', '17000000001']) expect(toMillis(text)).toBeUndefined();
	});

	test.each([
		['2026-05-01T08:00', '2026-05-01T00:00:00.000Z'],
		['2026-05-01 08:30', '2026-05-01T00:30:00.000Z'],
		['2026-05-01T08:30:15', '2026-05-01T00:30:15.000Z'],
		['2026-01-01 07:59:59', '2025-12-31T23:59:59.000Z'],
		['  2026-12-31  ', '2026-12-30T16:00:00.000Z'],
		['2024-02-29', '2024-02-28T16:00:00.000Z'],
		['2026-05-01T08:00:00Z', '2026-05-01T08:00:00.000Z'],
		['2026-05-01T08:00:00+08:00', '2026-05-01T00:00:00.000Z'],
		['2026-05-01T08:00:00.250-01:00', '2026-05-01T09:00:00.250Z'],
	])('%j is %s', (text, expected) => {
		expect(iso(text)).toBe(expected);
	});

	test.each(['x2026-05-01', '2026-05-01x', '2026-13-01', '2026-00-10', '2026-04-31', '2025-02-29', '2026-01-32', '2026-01-00', '0050-01-01', '2026-05-01 24:00', '2026-05-01 23:59:60'])(
		'%j is not a calendar date',
		(text) => {
			expect(toDate(text)).toBeUndefined();
		},
	);

	test('China-time texts pad every part to two digits', () => {
		const date = new Date('2026-01-02T01:02:03Z');
		expect(toChinaDate(date)).toBe('2026-01-02');
		expect(toChinaDateTime(date)).toBe('2026-01-02 09:02:03');
		expect(toChinaIso(date)).toBe('2026-01-02T09:02:03+08:00');
		expect(toChinaDateTime(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01 00:00:00');
		expect(toChinaIso(new Date('2026-10-10T15:59:59Z'))).toBe('2026-10-10T23:59:59+08:00');
	});

	test('isDateOnly: a text YYYY-MM-DD that is a real date, nothing else', () => {
		expect(isDateOnly('2026-05-01')).toBe(true);
		for (const not of [undefined, 20260501, { toString: () => '2026-05-01' }, new Date(), '2026-05-01 00:00', ' 2026-05-01', '2026-05-01 ', '2026-5-01', '2026-04-31']) {
			expect(isDateOnly(not)).toBe(false);
		}
	});
});
