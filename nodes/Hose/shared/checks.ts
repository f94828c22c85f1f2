import type { Validator } from '../../common/validation';

/**
 * Field checks Hose documents (or that its examples imply), run before any request. Each names the field as
 * shown in the editor; the Validator adds the item.
 */

/** Mainland mobile `1xxxxxxxxxx`, or a foreign number written "(区号)号码" — hose.md: only digits and ASCII brackets. */
export function checkCellphone(v: Validator, field: string, value: unknown): string | undefined {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text === '') return undefined;
	if (/^1\d{10}$/.test(text) || /^\(\d{1,4}\)\d{4,15}$/.test(text)) return text;
	return v.fail(
		field,
		`must be a mainland mobile number (11 digits starting with 1) or "(country code)number" with ASCII brackets (got "${text}")`,
	);
}

/** Hose: e-mail "may be omitted but never sent as an empty string" — empty means omitted. */
export function checkEmail(v: Validator, field: string, value: unknown): string | undefined {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (text === '') return undefined;
	if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return text;
	return v.fail(field, `must be an e-mail address like name@example.com (got "${text}")`);
}

/** Codes (工号, 部门编码, outerCode) are keys: no surrounding or inner whitespace, at most 64 characters [assumption]. */
export function checkCode(v: Validator, field: string, value: unknown, required = false): string | undefined {
	const text = value === undefined || value === null ? '' : String(value);
	if (text.trim() === '') {
		if (required) v.fail(field, 'is required');
		return undefined;
	}
	if (/\s/.test(text)) v.fail(field, `must not contain spaces or line breaks (got "${text}")`);
	if ([...text].length > 64) v.fail(field, `must be at most 64 characters (got ${[...text].length})`);
	return text;
}

/** A list parameter given as an array or as comma-separated text. */
export function listOfIds(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : String(value ?? '').split(',');
	return parts.map((x) => String(x).trim()).filter(Boolean);
}
