import { parseDecimal, decimalScale } from '../../common/decimal';
import { toChinaDateTime, toDate } from '../../common/dates';
import type { Validator } from '../../common/validation';

/** Hose dates are epoch milliseconds (费用日期, 报销日期, 凭证生成时间 …). */
export function epochMs(v: Validator, field: string, value: unknown, required = false): number | undefined {
	if (value === undefined || value === null || value === '') {
		if (required) v.fail(field, 'is required');
		return undefined;
	}
	const date = toDate(value);
	if (!date) v.fail(field, `must be a date like 2026-05-01 or 2026-05-01T09:30:00 (got "${String(value)}")`);
	return date.getTime();
}

/**
 * An amount as Hose stores it: decimal text (`"335.00"`), never a float. At most `places` fraction digits
 * (Hose's standardScale is 2 for CNY); exponent or thousands separators are refused.
 */
export function exactAmount(v: Validator, field: string, value: unknown, places = 2): string {
	const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
	if (text === '') v.fail(field, 'is required');
	if (!/^-?\d+(\.\d+)?$/.test(text)) v.fail(field, `must be a decimal number like 1280.50 (got "${text}")`);
	const decimal = parseDecimal(text)!;
	if (decimalScale(decimal) > places) v.fail(field, `must have at most ${places} decimal places (got "${text}")`);
	return decimal;
}

/** `yyyy-MM-dd HH:mm:ss` China time, Hose's format for time windows (staff update time, order creation time). */
export function windowTime(v: Validator, field: string, value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = toDate(value);
	if (!date) v.fail(field, `must be a date-time like 2026-05-01 08:00:00 (got "${String(value)}")`);
	return toChinaDateTime(date);
}
