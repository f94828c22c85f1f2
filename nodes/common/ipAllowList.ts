/** IPv4 / IPv6 allow-lists: exact addresses and IPv4 CIDR ranges (e.g. `10.0.0.0/8`). The one implementation. */

const ipv4 = (ip: string): number | undefined => {
	const parts = ip.split('.');
	if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
	return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
};

/** An address as compared: IPv4-mapped IPv6 (`::ffff:1.2.3.4`, as Node reports it) as IPv4, IPv6 lower-cased. */
export function normaliseIp(ip: string): string {
	const trimmed = ip.trim().toLowerCase();
	return trimmed.startsWith('::ffff:') && ipv4(trimmed.slice(7)) !== undefined ? trimmed.slice(7) : trimmed;
}

const isPrefix = (bits: string): boolean => /^\d{1,2}$/.test(bits) && Number(bits) <= 32;

/**
 * Whether an allow-list entry is an IPv4 / IPv6 address or an IPv4 CIDR range (IPv4-mapped forms as IPv4).
 * Only such entries are ever matched.
 */
function isValidEntry(entry: string): boolean {
	const [base, bits, extra] = entry.split('/');
	const address = normaliseIp(base);
	if (extra !== undefined) return false;
	if (bits === undefined) return ipv4(address) !== undefined || /^[0-9a-f:]+$/i.test(address);
	return ipv4(address) !== undefined && isPrefix(bits);
}

/** Parses a comma/space/semicolon/newline separated allow-list; returns the entries and the invalid ones. */
export function parseAllowList(text: string): { entries: string[]; invalid: string[] } {
	const entries = text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);
	return { entries, invalid: entries.filter((entry) => !isValidEntry(entry)) };
}

/**
 * Whether `ip` is listed (the entries, or the list's text): exact IPv4 / IPv6 addresses or IPv4 CIDR ranges.
 * An empty list allows nobody; an invalid entry matches nothing (not even a caller given as the same text).
 */
export function ipAllowed(ip: string, list: string[] | string): boolean {
	const address = normaliseIp(ip || '');
	if (!address) return false;
	const value = ipv4(address);
	const entries = typeof list === 'string' ? parseAllowList(list).entries : list;
	return entries.some((entry) => {
		if (!isValidEntry(entry)) return false;
		const [base, bits] = entry.split('/');
		if (bits === undefined) return normaliseIp(base) === address;
		const network = ipv4(normaliseIp(base)) as number;
		if (value === undefined) return false;
		const size = 2 ** (32 - Number(bits));
		return Math.floor(value / size) === Math.floor(network / size);
	});
}
