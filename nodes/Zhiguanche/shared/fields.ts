/**
 * ZhiGuanChe field definitions: one list per resource says each body field's editor property and its value
 * kind; the same list builds the editor's properties and reads, checks and converts what the user entered.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { Validator } from '../../common/validation';
import { checkValue, type ValueKind } from './values';

export interface ZgcField {
	/** The contract's body field, e.g. `plateNo`. */
	name: string;
	/** Editor label, English with the vendor's Chinese term, e.g. `Plate Number (车牌号)`. */
	displayName: string;
	kind?: ValueKind;
	/** Extra editor settings (type, options, loadOptions, placeholder, description …). */
	property?: Partial<INodeProperties>;
	/**
	 * The value is the outer ID of another record (at `path`): it is resolved to that record's id and sent as
	 * `into` (e.g. Parent Outer ID → parentId).
	 */
	ref?: { path: string; into: string; noun: string };
}

/** `Plate Number (plateNo)`: the label used in every error message. */
export const fieldLabel = (field: Pick<ZgcField, 'displayName' | 'name'>): string =>
	`${field.displayName.replace(/\s*\([^)]*\)\s*$/, '')} (${field.name})`;

const PLACEHOLDERS: Partial<Record<ValueKind, string>> = {
	mobile: '13800138000',
	phone: '010-62880000',
	plate: '沪A12345',
	vin: 'LFV2A21K6A3045678',
	date: '2026-05-01',
	time: '2026-05-01 09:00',
	amount: '88.10',
	cardNo: '1000113100012345678',
	email: 'name@example.com',
};

/** The editor property of a field. */
export function toProperty(field: ZgcField, required = false): INodeProperties {
	const kind = field.kind ?? 'text';
	const base: INodeProperties = {
		displayName: field.displayName,
		name: field.name,
		type: kind === 'integer' ? 'number' : kind === 'boolean' ? 'boolean' : 'string',
		default: kind === 'integer' ? 0 : kind === 'boolean' ? false : '',
		...(PLACEHOLDERS[kind] ? { placeholder: `e.g. ${PLACEHOLDERS[kind]}` } : {}),
		...(required ? { required: true } : {}),
	};
	return { ...base, ...(field.property ?? {}) } as INodeProperties;
}

/** Reads, checks and converts the given values; blank values are left out. */
export function readFields(v: Validator, fields: ZgcField[], values: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const field of fields) {
		if (!(field.name in values)) continue;
		const raw = values[field.name];
		const value = checkValue(v, fieldLabel(field), field.kind ?? 'text', raw);
		if (value !== undefined) out[field.name] = value as IDataObject[string];
	}
	return out;
}

/** Fails naming the first required field that is blank. */
export function requireFields(v: Validator, fields: ZgcField[], body: IDataObject): void {
	for (const field of fields) {
		if (body[field.name] === undefined) v.required(fieldLabel(field), undefined);
	}
}
