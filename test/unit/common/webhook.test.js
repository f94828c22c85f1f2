const { safeEqual, isFresh, seenBefore } = require('../../../nodes/common/webhook');

describe('webhook checks', () => {
	test('safeEqual compares exactly and tolerates different lengths', () => {
		expect(safeEqual('abc123', 'abc123')).toBe(true);
		expect(safeEqual('abc123', 'abc124')).toBe(false);
		expect(safeEqual('abc', 'abc123')).toBe(false);
		expect(safeEqual('', '')).toBe(true);
	});

	test('isFresh accepts ±window and refuses NaN', () => {
		expect(isFresh(1000, 1000 + 300000, 300000)).toBe(true);
		expect(isFresh(1000, 1001 + 300000, 300000)).toBe(false);
		expect(isFresh(1000 + 300000, 1000, 300000)).toBe(true);
		expect(isFresh(Number.NaN, 1000, 300000)).toBe(false);
	});

	test('isFresh refuses a far-future timestamp like a stale one', () => {
		expect(isFresh(1001 + 300000, 1000, 300000)).toBe(false);
		expect(isFresh(1000 + 3600e3, 1000, 300000)).toBe(false);
	});

	test('seenBefore refuses a replay and forgets entries past twice the window', () => {
		/** @type {import('n8n-workflow').IDataObject} */
		const data = {};
		expect(seenBefore(data, 'n1', 0, 1000)).toBe(false);
		expect(seenBefore(data, 'n1', 500, 1000)).toBe(true);
		expect(seenBefore(data, 'n2', 600, 1000)).toBe(false);
		expect(seenBefore(data, 'n3', 2599, 1000)).toBe(false);
		expect(Object.keys(data.seenDeliveries)).toEqual(['n2', 'n3']);
	});

	test('seenBefore caps its memory', () => {
		/** @type {import('n8n-workflow').IDataObject} */
		const data = {};
		for (let i = 0; i < 20; i++) seenBefore(data, `id${i}`, i, 1e9, 10);
		expect(Object.keys(data.seenDeliveries)).toHaveLength(10);
		expect(seenBefore(data, 'id19', 30, 1e9, 10)).toBe(true);
	});
});

describe('secretMatches (the shared-secret check of every trigger)', () => {
	const { secretMatches } = require('../../../nodes/common/webhook');
	test('matches only the exact non-empty secret given as text', () => {
		expect(secretMatches('s3cret-value-0001', 's3cret-value-0001')).toBe(true);
		expect(secretMatches('s3cret-value-0002', 's3cret-value-0001')).toBe(false);
	});
	test('an empty configured secret matches nothing, not even an empty one', () => {
		expect(secretMatches('', '')).toBe(false);
		expect(secretMatches('anything', '')).toBe(false);
	});
	test('a missing or non-text value never matches', () => {
		expect(secretMatches(undefined, 's3cret-value-0001')).toBe(false);
		expect(secretMatches(['s3cret-value-0001'], 's3cret-value-0001')).toBe(false);
		expect(secretMatches(12345, '12345')).toBe(false);
	});
});
