import type { INode } from 'n8n-workflow';
import { inputError } from './errors';
import { toDate, toChinaDate } from './dates';

/**
 * Checks raised before any request is sent. Each names the field as the user sees it in the editor
 * (e.g. "Start Date (start_date)") and the item.
 */
export class Validator {
	constructor(
		private readonly node: INode,
		private readonly itemIndex: number,
	) {}

	fail(field: string, problem: string, hint?: string): never {
		throw inputError(this.node, field, problem, this.itemIndex, hint);
	}

	required<T>(field: string, value: T | undefined | null | ''): T {
		if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
			this.fail(field, 'is required');
		}
		return value as T;
	}

	maxLength(field: string, value: string | undefined, max: number): void {
		if (value !== undefined && [...value].length > max) {
			this.fail(field, `must be at most ${max} characters (got ${[...value].length})`);
		}
	}

	/**
	 * A contact telephone number, mobile or landline (the vendors state no format): digits with an optional
	 * leading +, spaces, hyphens, parentheses and an extension ("-123"), 7 to 20 digits. Empty means not given.
	 */
	telephone(field: string, value: unknown): string | undefined {
		const text = value === undefined || value === null ? '' : String(value).trim();
		if (text === '') return undefined;
		const digits = text.replace(/\D/g, '').length;
		if (!/^\+?[\d\s()-]+$/.test(text) || digits < 7 || digits > 20) {
			this.fail(field, `must be a telephone number like 13800000000 or 010-88886666 (got "${text}")`);
		}
		return text;
	}

	/** Accepts YYYY-MM-DD, ISO strings, DateTime and Date; returns YYYY-MM-DD in China time. */
	date(field: string, value: unknown): string {
		// A YYYY-MM-DD text is China midnight of that day, so it comes back as it is.
		const date = toDate(value);
		if (!date) this.fail(field, `must be a date like 2026-05-01 (got "${String(value)}")`);
		return toChinaDate(date);
	}

	dateRange(startField: string, start: string, endField: string, end: string): void {
		if (end < start) this.fail(endField, `must be on or after ${startField} (${start})`);
	}

	oneOf<T extends string | number>(field: string, value: T, allowed: readonly T[]): T {
		if (!allowed.includes(value)) this.fail(field, `must be one of ${allowed.join(', ')} (got "${value}")`);
		return value;
	}

	/** Parses a JSON parameter that may arrive as text or as an already-parsed value. */
	json<T = unknown>(field: string, value: unknown): T {
		if (typeof value !== 'string') return value as T;
		if (value.trim() === '') return undefined as T;
		try {
			return JSON.parse(value) as T;
		} catch (error) {
			this.fail(field, `is not valid JSON: ${(error as Error).message}`);
		}
	}
}
