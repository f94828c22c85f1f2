import type { IExecuteFunctions } from 'n8n-workflow';
import type { Validator } from '../../common/validation';

/**
 * How phone numbers are checked before a request (credential field Phone Number Check): `mobile11`, the default,
 * wants 11 digits, as every example in didi-operations.txt ("15100000000", cur_approver "11100077098"); `none`
 * sends them as given and leaves the verdict to DiDi. DiDi's pages state no format (an assumption,
 * docs/vendors/didi.md), so a tenant with other numbers can relax it.
 */
export type PhoneCheck = 'mobile11' | 'none';

/** A DiDi phone number, checked by `check` (default 11 digits) before sending. Empty means not given. */
export function checkPhone(v: Validator, field: string, value: unknown, check: PhoneCheck = 'mobile11'): string {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (check !== 'none' && text !== '' && !/^\d{11}$/.test(text)) v.fail(field, `must be an 11-digit mobile number like 13800000000 (got "${text}")`);
	return text;
}

/** The credential's Phone Number Check, read once per node run (a run's items share one context). */
const checks = new WeakMap<object, Promise<PhoneCheck>>();

export async function phoneCheckOf(this: IExecuteFunctions, i: number): Promise<PhoneCheck> {
	let check = checks.get(this);
	if (!check) {
		check = this.getCredentials('didiEnterpriseApi', i).then((credentials) => (credentials.phoneCheck === 'none' ? 'none' : 'mobile11'));
		checks.set(this, check);
		check.catch(() => checks.delete(this));
	}
	return await check;
}

/** An email address (something@domain), as DiDi's member fields take it; empty means not given. */
export function checkEmail(v: Validator, field: string, value: unknown): string {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text !== '' && !/^[^@\s]+@[^@\s]+$/.test(text)) v.fail(field, `is not an email address (got "${text}")`);
	return text;
}

/** Checks the phone-number filters of a list operation (`fields`: filter name → label) before sending. */
export function checkPhoneFilters(v: Validator, filters: Record<string, unknown>, fields: Record<string, string>, check: PhoneCheck = 'mobile11'): void {
	for (const [name, label] of Object.entries(fields)) if (filters[name] !== undefined) checkPhone(v, label, filters[name], check);
}
