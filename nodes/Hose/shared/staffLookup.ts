import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { RequestContext } from '../../common/types';
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

/** The locator's mode (`list` means an id) and value. */
export function readLocator(value: unknown): { mode: string; value: string } {
	if (value && typeof value === 'object' && 'value' in (value as IDataObject)) {
		const locator = value as { mode?: string; value?: unknown };
		const mode = String(locator.mode ?? 'id');
		return { mode: mode === 'list' ? 'id' : mode, value: String(locator.value ?? '').trim() };
	}
	return { mode: 'id', value: String(value ?? '').trim() };
}
