import type { Validator } from '../../common/validation';

/**
 * A DiDi phone number: 11 digits, as every example in didi-operations.txt ("15100000000", cur_approver
 * "11100077098"); DiDi refuses other shapes with errno 10001 "手机号格式错误" — checked before sending. Empty
 * means not given.
 */
export function checkPhone(v: Validator, field: string, value: unknown): string {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text !== '' && !/^\d{11}$/.test(text)) v.fail(field, `must be an 11-digit mobile number like 13800000000 (got "${text}")`);
	return text;
}
