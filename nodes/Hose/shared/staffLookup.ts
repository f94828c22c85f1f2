import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { locatorValue } from '../../common/fields';
import type { RequestContext } from '../../common/types';
import type { Validator } from '../../common/validation';
import { checkCode } from './checks';
import { hoseRequest, listOf } from '../transport';

/** 查询员工 (`POST /api/openapi/v1/staffs/getStaffIds`) query types, as Hose names them. */
export const STAFF_KEY_TYPES = { id: 'STAFFID', code: 'CODE', cellphone: 'CELLPHONE', email: 'MAIL' } as const;
export type StaffKey = keyof typeof STAFF_KEY_TYPES;

/** Keys per 查询员工 call [assumption: Hose documents no maximum; 100 like its other lists]. */
export const STAFF_LOOKUP_CHUNK = 100;

/** Finds staff by id / code / cellphone / e-mail, 100 keys per call. */
export async function findStaff(
	this: RequestContext,
	by: StaffKey,
	keys: string[],
	itemIndex?: number,
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	for (let at = 0; at < keys.length; at += STAFF_LOOKUP_CHUNK) {
		const body = await hoseRequest.call(this, {
			method: 'POST',
			path: '/api/openapi/v1/staffs/getStaffIds',
			body: { type: STAFF_KEY_TYPES[by], conditionIds: keys.slice(at, at + STAFF_LOOKUP_CHUNK) },
			itemIndex,
		});
		out.push(...listOf(body).records);
	}
	return out;
}

export const staffLocator: INodeProperties = {
	displayName: 'Staff (员工)',
	name: 'staff',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchStaff', searchable: true },
		},
		{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. ID01abc:ID_3rAZNCY2V$g' },
		{ displayName: 'Code (工号)', name: 'code', type: 'string', placeholder: 'e.g. E000101' },
	],
};

/**
 * An optional staff field (a filter or an additional field) as a resource locator: From List, ID or Code.
 * A plain string (saved before it was a locator) is read as an ID.
 */
export function optionalStaffLocator(displayName: string, name: string, description: string): INodeProperties {
	return { ...staffLocator, required: false, displayName, name, description };
}

/** The staff ID an optional staff locator names ('' when empty); a code is looked up (must be active staff). */
export async function optionalStaffId(this: RequestContext, v: Validator, field: string, raw: unknown, itemIndex: number): Promise<string> {
	const { mode, value } = readLocator(raw);
	if (!value) return '';
	if (mode === 'id') return value;
	checkCode(v, field, value, true);
	const [found] = await findStaff.call(this, mode as StaffKey, [value], itemIndex);
	if (!found) v.fail(field, `is no active Hose staff member with ${mode} "${value}"`);
	return String(found.id);
}

/** The locator's mode (`list` means an id) and value. */
export function readLocator(value: unknown): { mode: string; value: string } {
	const locator = locatorValue(value);
	return { mode: locator.mode === 'list' ? 'id' : locator.mode, value: locator.value };
}

/** A required locator: its value must be given, and a code must be a valid code (before any request). */
export function requireLocator(v: Validator, field: string, raw: unknown): { mode: string; value: string } {
	const locator = readLocator(raw);
	v.required(field, locator.value);
	if (locator.mode === 'code') checkCode(v, field, locator.value, true);
	return locator;
}
