/**
 * ZhiGuanChe value checks (pure): n8n parameter values → what the contract expects (docs/vendors/zhiguanche.md
 * "Endpoints": ids are strings, times Unix milliseconds, dates yyyy-MM-dd, amounts decimal strings with at
 * most 2 places). Every failure names the field as shown in the editor, through the Validator, before any
 * request is sent.
 */
import { toMillis } from '../../common/dates';
import { decimalScale, parseDecimal } from '../../common/decimal';
import type { Validator } from '../../common/validation';

export type ValueKind =
	| 'text'
	| 'mobile'
	| 'phone'
	| 'plate'
	| 'vin'
	| 'date'
	| 'time'
	| 'amount'
	| 'integer'
	| 'cardNo'
	| 'email'
	| 'list'
	| 'boolean';

/** Province abbreviations that open a mainland plate (plus 使 / 领 for embassy plates). */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领';
/** Province + issuing-office letter + 5 characters (6 for new-energy plates); the last may be 挂/学/警/港/澳. */
const PLATE = new RegExp(`^[${PROVINCES}][A-Z][A-Z0-9]{4,5}[A-Z0-9挂学警港澳]$`);
/** ISO 3779 VIN: 17 characters, never I, O or Q. */
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
const MOBILE = /^1[3-9]\d{9}$/;
const PHONE = /^(\d{3,4}-?)?\d{7,8}(-\d{1,6})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A mainland mobile number: spaces, dashes and a +86 / 0086 prefix are dropped. */
export function normaliseMobile(value: unknown): string {
	return String(value).replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
}

/** A plate number in upper case without spaces or the separator dot (沪A·12345 → 沪A12345). */
export function normalisePlate(value: unknown): string {
	return String(value).replace(/[\s·•.-]/g, '').toUpperCase();
}

/**
 * Checks and converts one value. Returns undefined for a blank value (the caller decides whether it was
 * required).
 */
export function checkValue(v: Validator, field: string, kind: ValueKind, value: unknown): unknown {
	if (kind === 'boolean') return value === undefined ? undefined : Boolean(value);
	if (blank(value)) return undefined;
	const text = typeof value === 'string' ? value.trim() : value;
	switch (kind) {
		case 'mobile': {
			const mobile = normaliseMobile(text);
			if (!MOBILE.test(mobile)) v.fail(field, `must be a mainland mobile number of 11 digits like 13800138000 (got "${String(value)}")`);
			return mobile;
		}
		case 'phone': {
			const phone = String(text).replace(/\s/g, '');
			if (!MOBILE.test(normaliseMobile(phone)) && !PHONE.test(phone)) {
				v.fail(field, `must be a phone number like 010-62880000 or 13800138000 (got "${String(value)}")`);
			}
			return phone;
		}
		case 'plate': {
			const plate = normalisePlate(text);
			if (!PLATE.test(plate)) v.fail(field, `must be a Chinese plate number like 沪A12345 or 粤B D12345 (got "${String(value)}")`);
			return plate;
		}
		case 'vin': {
			const vin = String(text).toUpperCase();
			if (!VIN.test(vin)) v.fail(field, `must be a 17-character VIN without I, O or Q (got "${String(value)}")`);
			return vin;
		}
		case 'date':
			return v.date(field, text);
		case 'time': {
			const ms = toMillis(text);
			if (ms === undefined) v.fail(field, `must be a date and time like 2026-05-01 09:00 (got "${String(value)}")`);
			return ms;
		}
		case 'amount': {
			const amount = parseDecimal(text);
			if (amount === undefined || amount.startsWith('-')) v.fail(field, `must be an amount in yuan ≥ 0 like 88.10 (got "${String(value)}")`);
			if (decimalScale(amount) > 2) v.fail(field, `must have at most 2 decimal places (got "${String(value)}")`);
			return amount;
		}
		case 'integer': {
			const n = Number(text);
			if (!Number.isInteger(n) || n < 0) v.fail(field, `must be a whole number ≥ 0 (got "${String(value)}")`);
			return n;
		}
		case 'cardNo': {
			const card = String(text).replace(/\s/g, '');
			if (!/^\d{16,19}$/.test(card)) v.fail(field, `must be 16 to 19 digits (got "${String(value)}")`);
			return card;
		}
		case 'email':
			if (!EMAIL.test(String(text))) v.fail(field, `must be an e-mail address (got "${String(value)}")`);
			return String(text);
		case 'list': {
			const list = Array.isArray(text) ? text.map(String) : String(text).split(/[,，\s]+/);
			return list.map((s) => s.trim()).filter(Boolean);
		}
		default:
			return typeof text === 'string' ? text : String(text);
	}
}
