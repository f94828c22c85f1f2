// The one IP allow-list (nodes/common/ipAllowList.ts) at its edges: address forms, CIDR bounds, list
// separators, invalid entries, and both list forms (text or parsed entries).
const { ipAllowed, normaliseIp, parseAllowList } = require('../../../nodes/common/ipAllowList');

describe('normaliseIp', () => {
	it.each([
		[' 10.0.0.1 ', '10.0.0.1'],
		['::FFFF:10.0.0.1', '10.0.0.1'],
		['::ffff:10.0.0', '::ffff:10.0.0'],
		['::ffff:abcd', '::ffff:abcd'],
		['FE80::1', 'fe80::1'],
		['', ''],
	])('%j → %j', (ip, expected) => {
		expect(normaliseIp(ip)).toBe(expected);
	});
});

describe('parseAllowList', () => {
	it('splits on commas, semicolons, spaces and line breaks; keeps order; drops empty parts', () => {
		expect(parseAllowList(' 10.0.0.1,10.0.0.2;10.0.0.3\n10.0.0.4\t10.0.0.5 ,, ').entries).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5']);
		expect(parseAllowList('')).toEqual({ entries: [], invalid: [] });
	});

	it.each([
		['255.255.255.255', true],
		['0.0.0.0', true],
		['256.0.0.1', false],
		['1.2.3', false],
		['1.2.3.4.5', false],
		['1.2.3.x', false],
		['1.2.3.1234', false],
		['fe80::1', true],
		['2001:DB8::1', true],
		['g::1', false],
		['host.example.com', false],
		['10.0.0.0/0', true],
		['10.0.0.0/32', true],
		['10.0.0.0/33', false],
		['10.0.0.0/', false],
		['10.0.0.0/x', false],
		['10.0.0.0/100', false],
		['fe80::/64', false],
	])('%s valid: %s', (entry, valid) => {
		expect(parseAllowList(entry).invalid).toEqual(valid ? [] : [entry]);
	});
});

describe('ipAllowed', () => {
	it.each([
		['10.0.0.0', '10.0.0.0/8', true],
		['10.255.255.255', '10.0.0.0/8', true],
		['9.255.255.255', '10.0.0.0/8', false],
		['11.0.0.0', '10.0.0.0/8', false],
		['192.168.1.7', '192.168.1.7/32', true],
		['192.168.1.8', '192.168.1.7/32', false],
		['203.0.113.9', '203.0.113.8/31', true],
		['203.0.113.10', '203.0.113.8/31', false],
		['1.2.3.4', '0.0.0.0/0', true],
		['::ffff:10.1.2.3', '10.0.0.0/8', true],
		['10.1.2.3', '::ffff:10.0.0.0/8', true],
		[' 10.1.2.3 ', '10.1.2.3', true],
		['FE80::1', 'fe80::1', true],
		['fe80::1', 'fe80::2', false],
		['fe80::1', '10.0.0.0/8', false],
		['10.1.2.3', '10.0.0.0/x', false],
		['10.1.2.3', '10.0.0.0/33', false],
		['10.1.2.3', 'bogus, 10.1.2.3', true],
		['', '0.0.0.0/0', false],
		['   ', '0.0.0.0/0', false],
		['10.1.2.3', '', false],
	])('%j in %j → %s (text and parsed entries)', (ip, list, expected) => {
		expect(ipAllowed(ip, list)).toBe(expected);
		expect(ipAllowed(ip, parseAllowList(list).entries)).toBe(expected);
	});

	it('a /24 range holds exactly its 256 addresses', () => {
		const inside = Array.from({ length: 256 }, (_, i) => ipAllowed(`198.51.100.${i}`, '198.51.100.0/24'));
		expect(inside.every(Boolean)).toBe(true);
		expect(inside).toHaveLength(256);
		expect([ipAllowed('198.51.99.255', '198.51.100.0/24'), ipAllowed('198.51.101.0', '198.51.100.0/24')]).toEqual([false, false]);
	});
});

describe('allow-list entries with stray characters', () => {
	test('an IPv4 octet or a prefix with extra characters is invalid and matches nothing', () => {
		const { invalid } = parseAllowList('x10.0.0.1, 10.0.0.1x, 10.0.0.0/8x, 10.0.0.0/x8, 10.0.0.0/123');
		expect(invalid).toEqual(['x10.0.0.1', '10.0.0.1x', '10.0.0.0/8x', '10.0.0.0/x8', '10.0.0.0/123']);
		expect(ipAllowed('10.0.0.1', ['10.0.0.1x', '10.0.0.0/8x', '10.0.0.0/123'])).toBe(false);
	});
	test('an IPv6 caller is not matched by an IPv4 range, nor an IPv4 caller by an IPv6 "range"', () => {
		expect(ipAllowed('2001:db8::1', ['0.0.0.0/0'])).toBe(false);
		expect(ipAllowed('10.0.0.1', ['2001:db8::/32'])).toBe(false);
	});
	test('a missing caller address is never allowed, even by an allow-all range', () => {
		expect(ipAllowed('', ['0.0.0.0/0'])).toBe(false);
		expect(ipAllowed(undefined, ['0.0.0.0/0'])).toBe(false);
	});
	test('only ::ffff:-mapped addresses are read as IPv4', () => {
		expect(normaliseIp('::ffff:10.0.0.1')).toBe('10.0.0.1');
		expect(normaliseIp('2001:db8::10.0.0.1')).toBe('2001:db8::10.0.0.1');
	});
});

describe('invalid entries match nothing', () => {
	it.each([
		['nonsense', 'nonsense'],
		['300.1.1.1', '300.1.1.1'],
		['10.0.0.1', '10.0.0.1/8/16'],
		['10.0.0.1', '10.0.0.0/'],
	])('%s is not allowed by the invalid entry %s (as text or as parsed entries)', (ip, entry) => {
		expect(parseAllowList(entry).invalid).toEqual([entry]);
		expect(ipAllowed(ip, entry)).toBe(false);
		expect(ipAllowed(ip, [entry])).toBe(false);
	});
	it('IPv4-mapped entries are valid, as they match', () => {
		expect(parseAllowList('::ffff:10.0.0.1, ::FFFF:10.0.0.0/8').invalid).toEqual([]);
		expect(ipAllowed('10.0.0.1', '::ffff:10.0.0.1')).toBe(true);
	});
});
