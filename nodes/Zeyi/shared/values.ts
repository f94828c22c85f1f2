/**
 * Zeyi value mappers (pure): n8n parameters → the exact values Zeyi expects. Timestamps are millisecond
 * strings, amounts exact decimals (written as bare JSON numbers with their digits), photo lists
 * comma-separated URLs.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { toChinaIso, toDate } from '../../common/dates';
import { JsonDecimal, compareDecimals, parseDecimal } from '../../common/decimal';
import type { Validator } from '../../common/validation';

export const isBlank = (value: unknown): boolean =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * A point in time as Zeyi's millisecond string. Accepts ISO strings (a zone-less date or date-time is
 * China time), Luxon DateTime, Date, millisecond or second numbers and their digit strings.
 */
export function toMillis(value: unknown): string | undefined {
	if (typeof value === 'string' && /^\d{13}$/.test(value.trim())) return value.trim();
	const date = toDate(value);
	return date ? String(date.getTime()) : undefined;
}

/** A millisecond string (or number) as ISO 8601 in China time; undefined when it is not one. */
export function millisToIso(value: unknown): string | undefined {
	const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (!/^\d{10,13}$/.test(text)) return undefined;
	const ms = Number(text.length === 13 ? text : `${text}000`);
	return toChinaIso(new Date(ms));
}

/** Splits a photo list: an array, or text separated by commas, semicolons, whitespace or line breaks. */
export function photoList(value: unknown): string[] {
	if (isBlank(value)) return [];
	const parts = Array.isArray(value) ? value.flatMap((v) => photoList(v)) : String(value).split(/[,，;；\s]+/);
	return parts.map((p) => String(p).trim()).filter(Boolean);
}

/** Reads and checks Zeyi field values, naming the field (and list line) in every error. */
export class ZeyiValues {
	constructor(
		readonly validator: Validator,
		private readonly prefix = '',
	) {}

	/** The same checks for a line of a list: errors read "Fees (feeList) line 2: Amount (amount) …". */
	line(list: string, index: number): ZeyiValues {
		return new ZeyiValues(this.validator, `${list} line ${index + 1}: `);
	}

	fail(field: string, problem: string, hint?: string): never {
		return this.validator.fail(`${this.prefix}${field}`, problem, hint);
	}

	text(field: string, value: unknown, required = false): string | undefined {
		if (isBlank(value)) {
			if (required) this.fail(field, 'is required');
			return undefined;
		}
		if (typeof value === 'object') this.fail(field, 'must be text');
		return String(value).trim();
	}

	timestamp(field: string, value: unknown, required = false): string | undefined {
		if (isBlank(value)) {
			if (required) this.fail(field, 'is required');
			return undefined;
		}
		const ms = toMillis(value);
		if (ms === undefined) {
			this.fail(field, `must be a date and time, e.g. 2026-05-01T09:30:00+08:00 or 1777599000000 (got "${String(value)}")`);
		}
		return ms;
	}

	amount(field: string, value: unknown, required = false): JsonDecimal | undefined {
		if (isBlank(value)) {
			if (required) this.fail(field, 'is required');
			return undefined;
		}
		const decimal = parseDecimal(value);
		if (decimal === undefined) this.fail(field, `must be a decimal number like 1000.50 (got "${String(value)}")`);
		if (compareDecimals(decimal!, '0') < 0) this.fail(field, `must not be negative (got ${decimal})`);
		return new JsonDecimal(decimal!);
	}

	integer(field: string, value: unknown, required = false): number | undefined {
		if (isBlank(value)) {
			if (required) this.fail(field, 'is required');
			return undefined;
		}
		const text = String(value).trim();
		if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
			this.fail(field, `must be a whole number of 0 or more (got "${text}")`);
		}
		return Number(text);
	}

	flag(field: string, value: unknown): boolean {
		if (typeof value === 'boolean') return value;
		if (value === 'true' || value === 1 || value === '1') return true;
		if (value === 'false' || value === 0 || value === '0') return false;
		return this.fail(field, `must be true or false (got "${String(value)}")`);
	}

	oneOf<T extends string>(field: string, value: unknown, allowed: readonly T[], required = true): T | undefined {
		if (isBlank(value)) {
			if (required) this.fail(field, `is required (one of ${allowed.join(', ')})`);
			return undefined;
		}
		const text = String(value).trim();
		if (!allowed.includes(text as T)) this.fail(field, `must be one of ${allowed.join(', ')} (got "${text}")`);
		return text as T;
	}

	/** Longitude/latitude as text (Zeyi sends and expects strings). */
	coordinate(field: string, value: unknown, kind: 'lng' | 'lat'): string | undefined {
		const text = this.text(field, value);
		if (text === undefined) return undefined;
		const limit = kind === 'lng' ? 180 : 90;
		const number = Number(text);
		if (!/^-?\d+(\.\d+)?$/.test(text) || Math.abs(number) > limit) {
			this.fail(field, `must be a ${kind === 'lng' ? 'longitude' : 'latitude'} between -${limit} and ${limit} (got "${text}")`);
		}
		return text;
	}

	/** A photo URL list joined as Zeyi's comma-separated text; every entry must be an http(s) URL. */
	photos(field: string, value: unknown, required = false): string | undefined {
		const list = photoList(value);
		if (list.length === 0) {
			if (required) this.fail(field, 'is required (at least one photo URL)');
			return undefined;
		}
		for (const url of list) {
			if (!/^https?:\/\/\S+$/i.test(url)) this.fail(field, `must list http(s) URLs (got "${url}")`);
		}
		return list.join(',');
	}

	/** A list given as a JSON array (text or already parsed). */
	jsonList(field: string, value: unknown): IDataObject[] {
		if (isBlank(value)) return [];
		const parsed = this.validator.json<unknown>(field, value);
		if (parsed === undefined || parsed === null) return [];
		if (!Array.isArray(parsed) || parsed.some((entry) => !entry || typeof entry !== 'object' || Array.isArray(entry))) {
			this.fail(field, 'must be a JSON array of objects');
		}
		return parsed as IDataObject[];
	}
}

/** Drops undefined values (Zeyi's optional fields are simply left out). */
export function compact<T extends Record<string, unknown>>(object: T): T {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
	return out as T;
}

/** Adds `displayOptions.show` for one resource and operation to a list of properties. */
export function showFor(resource: string, operation: string, properties: INodeProperties[]): INodeProperties[] {
	return properties.map((property) => ({
		...property,
		displayOptions: {
			...(property.displayOptions ?? {}),
			show: { ...(property.displayOptions?.show ?? {}), resource: [resource], operation: [operation] },
		},
	}));
}
