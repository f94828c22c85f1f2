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
		options: [{ displayName: 'Approver ID (审批人ID)', name: 'approverId', type: 'string', default: '' }],
	},
];

export const description = showFor('document', 'getBacklog', properties);

/** 获取企业下所有待审批单据: documents waiting for approval. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const approverId = String(filters.approverId ?? '').trim();
	return await hoseList.call(this, { method: 'GET', path: '/api/openapi/v1/docs/backlog', filters: approverId ? { approverId } : {}, itemIndex: i }, readPaging(this, i));
}
