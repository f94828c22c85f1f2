import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { hoseList, pagesAtOnceOption, readPagesAtOnce, readPaging } from '../../shared/paging';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [pagesAtOnceOption] },
];

export const description = showFor('department', 'getMany', properties);

/** 获取部门列表(包含停用部门): disabled departments are included (`active: false`). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	return await hoseList.call(this, { method: 'GET', path: '/api/openapi/v1/departments', itemIndex: i }, { ...readPaging(this, i), concurrency: readPagesAtOnce(this, i) });
}
