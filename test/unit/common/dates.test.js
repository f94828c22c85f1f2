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
