import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { hoseList, pagesAtOnceOption, readPagesAtOnce, readPaging } from '../../shared/paging';
import { optionalStaffId, optionalStaffLocator } from '../../shared/staffLookup';
import { Validator } from '../../../common/validation';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [optionalStaffLocator('Owner (申请人)', 'staffId', 'Only the requisitions of this staff member')],
	},
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [pagesAtOnceOption] },
];

export const description = showFor('requisition', 'getMany', properties);

/** 获取申请事项列表 (`POST /api/openapi/v1/requisition/getData`, paging in the body). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const staffId = await optionalStaffId.call(this, new Validator(this.getNode(), i), 'Owner (申请人) (staffId)', filters.staffId, i);
	return await hoseList.call(this, { method: 'POST', path: '/api/openapi/v1/requisition/getData', filters: staffId ? { staffId } : {}, itemIndex: i }, { ...readPaging(this, i), concurrency: readPagesAtOnce(this, i) });
}
