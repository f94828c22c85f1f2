/**
 * Date handling for vendors that live in China Standard Time (UTC+8, no daylight saving). n8n hands dates
 * as ISO strings, Luxon DateTime objects (from expressions) or Date objects.
 */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

export function toDate(value: unknown): Date | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
	// Nothing (undefined, null, '') falls through to undefined below.
	if (typeof value === 'object' && value !== null && typeof (value as { toISO?: unknown }).toISO === 'function') {
		return toDate((value as { toISO: () => string }).toISO());
	}
	if (typeof value === 'number') return new Date(value < 1e12 ? value * 1000 : value);
	if (typeof value === 'string') {
		const text = value.trim();
		if (/^\d{13}$/.test(text)) return new Date(Number(text));
		if (/^\d{10}$/.test(text)) return new Date(Number(text) * 1000);
		// A date or local date-time without zone is China time.
		const local = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
		if (local) {
			const [, y, mo, d, h = 0, mi = 0, s = 0] = local;
			const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - CHINA_OFFSET_MS;
			const date = new Date(ms);
			const check = new Date(ms + CHINA_OFFSET_MS);
			// A month out of range changes the year; a day (or hour, minute, second) out of range changes the day.
			if (check.getUTCFullYear() !== +y || check.getUTCDate() !== +d) {
				return undefined;
			}
			return date;
		}
		const parsed = new Date(text);
		return Number.isNaN(parsed.getTime()) ? undefined : parsed;
	}
	return undefined;
}

function chinaParts(date: Date) {
	const shifted = new Date(date.getTime() + CHINA_OFFSET_MS);
	const pad = (n: number) => String(n).padStart(2, '0');
	return {
		date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
		time: `${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}`,
	};
}

/** `YYYY-MM-DD` in China time. */
export function toChinaDate(date: Date): string {
	return chinaParts(date).date;
}

/** `YYYY-MM-DD HH:mm:ss` in China time. */
export function toChinaDateTime(date: Date): string {
	const { date: d, time } = chinaParts(date);
	return `${d} ${time}`;
}

/** ISO 8601 with the +08:00 offset, for output items. */
export function toChinaIso(date: Date): string {
	const { date: d, time } = chinaParts(date);
	return `${d}T${time}+08:00`;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isDateOnly(text: unknown): boolean {
	return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && toDate(text) !== undefined;
}

/**
 * A point in time as Unix milliseconds. Accepts ISO strings (a zone-less date or date-time is China time),
 * Luxon DateTime, Date, millisecond or second numbers and their digit strings; undefined when it is none.
 */
export function toMillis(value: unknown): number | undefined {
	const date = toDate(value);
	return date ? date.getTime() : undefined;
}
