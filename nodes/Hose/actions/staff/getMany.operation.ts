import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { hoseList, pagesAtOnceOption, readPagesAtOnce, readPaging } from '../../shared/paging';
import { windowTime } from '../../shared/values';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Status',
				name: 'active',
				type: 'options',
				default: 'all',
				options: [
					{ name: 'All (包括停用)', value: 'all' },
					{ name: 'Active Only (启用)', value: 'true' },
					{ name: 'Disabled Only (停用)', value: 'false' },
				],
			},
			{
				displayName: 'Updated After (startDate)',
				name: 'startDate',
				type: 'dateTime',
				default: '',
				description: 'Only staff updated at or after this time (China time) — for incremental syncs',
			},
			{
				displayName: 'Updated Before (endDate)',
				name: 'endDate',
				type: 'dateTime',
				default: '',
				description: 'Only staff updated at or before this time (China time)',
			},
		],
	},
	{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: [pagesAtOnceOption] },
];

export const description = showFor('staff', 'getMany', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const qs: IDataObject = {};
	if (filters.active !== undefined && filters.active !== 'all') qs.active = filters.active;
	const startDate = windowTime(v, 'Updated After (startDate)', filters.startDate);
	const endDate = windowTime(v, 'Updated Before (endDate)', filters.endDate);
	if (startDate && endDate && endDate < startDate) v.fail('Updated Before (endDate)', `must be on or after Updated After (${startDate})`);
	if (startDate) qs.startDate = startDate;
	if (endDate) qs.endDate = endDate;
	return await hoseList.call(this, { method: 'GET', path: '/api/openapi/v1.1/staffs', filters: qs, itemIndex: i }, { ...readPaging(this, i), concurrency: readPagesAtOnce(this, i) });
}
