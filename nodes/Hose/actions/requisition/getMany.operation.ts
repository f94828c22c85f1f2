import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { hoseList, readPaging } from '../../shared/paging';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [{ displayName: 'Owner Staff ID (staffId)', name: 'staffId', type: 'string', default: '' }],
	},
];

export const description = showFor('requisition', 'getMany', properties);

/** 获取申请事项列表 (`POST /api/openapi/v1/requisition/getData`, paging in the body). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const staffId = String(filters.staffId ?? '').trim();
	return await hoseList.call(this, { method: 'POST', path: '/api/openapi/v1/requisition/getData', filters: staffId ? { staffId } : {}, itemIndex: i }, readPaging(this, i));
}
