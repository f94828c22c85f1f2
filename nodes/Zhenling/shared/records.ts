/**
 * Records described once as field specs: the editor properties (required fields on top, the rest under
 * "Additional Fields") and the validated request object come from the same list.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { toChinaDateTime, toDate } from '../../common/dates';
import { parseDecimal, decimalScale } from '../../common/decimal';
import type { Validator } from '../../common/validation';

export type FieldKind = 'text' | 'email' | 'mobile' | 'creditCode' | 'date' | 'dateTime' | 'amount' | 'integer' | 'options';

export interface FieldSpec {
	/** The vendor's field name, also the parameter name. */
	name: string;
	/** English label; the editor shows `label (zh)`, errors `label (name)`. */
	label: string;
	zh: string;
	required?: boolean;
	kind?: FieldKind;
	options?: INodePropertyOptions[];
	description?: string;
	placeholder?: string;
	default?: string;
}

const kindDescription: Partial<Record<FieldKind, string>> = {
	date: 'A date like 2026-05-01 (China time)',
	dateTime: 'A date and time, e.g. 2026-05-01 14:30:00 (China time) or an ISO timestamp; sent as YYYY-MM-DD HH:mm:ss China time',
	amount: 'A decimal amount with at most 2 places, e.g. 120000.00',
	creditCode: '18 characters: digits and capital letters (统一社会信用代码)',
};

function property(spec: FieldSpec, top: boolean): INodeProperties {
	const base = {
		displayName: `${spec.label} (${spec.zh})`,
		name: spec.name,
		description: spec.description ?? kindDescription[spec.kind ?? 'text'],
		placeholder: spec.placeholder,
		...(top && spec.required ? { required: true } : {}),
	};
	if (spec.kind === 'options') {
		return { ...base, type: 'options', options: spec.options ?? [], default: spec.default ?? String(spec.options?.[0]?.value ?? '') };
	}
	if (spec.kind === 'integer') return { ...base, type: 'number', default: Number(spec.default ?? 0) };
	return { ...base, type: 'string', default: spec.default ?? '' };
}

/** Required fields as properties, optional ones inside an "Additional Fields" collection (+ raw JSON). */
export function recordProperties(specs: FieldSpec[], collection = 'additionalFields'): INodeProperties[] {
	return [
		...specs.filter((s) => s.required).map((s) => property(s, true)),
		{
			displayName: 'Additional Fields',
			name: collection,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...specs.filter((s) => !s.required).map((s) => property(s, false)),
				{
					displayName: 'Other Fields (JSON)',
					name: 'otherFields',
					type: 'json',
					default: '{}',
					description: "More of Zhenling's fields for this record, as a JSON object; named fields above win",
				},
			],
		},
	];
}

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** One field's value checked by kind; undefined when empty and optional. */
export function fieldValue(v: Validator, spec: FieldSpec, raw: unknown): string | number | undefined {
	const field = `${spec.label} (${spec.name})`;
	const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
	if (empty) {
		if (spec.required) v.fail(field, 'is required');
		return undefined;
	}
	const text = typeof raw === 'string' ? raw.trim() : String(raw);
	switch (spec.kind) {
		case 'email':
			if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text)) v.fail(field, `must be an e-mail address (got "${text}")`);
			return text;
		case 'mobile':
			if (!/^(\+?86)?1\d{10}$/.test(text.replace(/[\s-]/g, ''))) v.fail(field, `must be a mainland mobile number (got "${text}")`);
			return text.replace(/[\s-]/g, '');
		case 'creditCode':
			if (!CREDIT_CODE.test(text)) v.fail(field, `must be an 18-character unified social credit code (got "${text}")`);
			return text;
		case 'date':
			return v.date(field, raw);
		case 'dateTime': {
			const date = toDate(raw);
			if (!date) v.fail(field, `must be a date and time like 2026-05-01 14:30:00 (got "${text}")`);
			return toChinaDateTime(date);
		}
		case 'amount':
			return amount(v, field, raw);
		case 'integer': {
			const n = Number(raw);
			if (!Number.isInteger(n)) v.fail(field, `must be a whole number (got "${text}")`);
			return n;
		}
		case 'options':
			if (spec.options && !spec.options.some((o) => String(o.value) === text)) {
				v.fail(field, `must be one of ${spec.options.map((o) => String(o.value)).join(', ')} (got "${text}")`);
			}
			return text;
		default:
			return text;
	}
}

/** An exact decimal amount ≥ 0 with at most 2 places, as text (never through a float). */
export function amount(v: Validator, field: string, raw: unknown): string {
	const decimal = parseDecimal(raw);
	if (decimal === undefined) v.fail(field, `must be a decimal amount like 120000.00 (got "${String(raw)}")`);
	if (decimal.startsWith('-')) v.fail(field, `must not be negative (got "${decimal}")`);
	if (decimalScale(decimal) > 2) v.fail(field, `must have at most 2 decimal places (got "${decimal}")`);
	return decimal;
}

/** Reads and validates the record of item `i`: required fields, Additional Fields, then Other Fields (JSON). */
export function readRecord(context: IExecuteFunctions, i: number, v: Validator, specs: FieldSpec[], collection = 'additionalFields'): IDataObject {
	const extra = context.getNodeParameter(collection, i, {}) as IDataObject;
	const other = v.json<IDataObject | undefined>('Other Fields (otherFields)', extra.otherFields);
	if (other !== undefined && (typeof other !== 'object' || other === null || Array.isArray(other))) {
		v.fail('Other Fields (otherFields)', 'must be a JSON object');
	}
	const out: IDataObject = { ...(other ?? {}) };
	for (const spec of specs) {
		const raw = spec.required ? context.getNodeParameter(spec.name, i, '') : extra[spec.name];
		const value = fieldValue(v, spec, raw);
		if (value !== undefined) out[spec.name] = value;
	}
	return out;
}
