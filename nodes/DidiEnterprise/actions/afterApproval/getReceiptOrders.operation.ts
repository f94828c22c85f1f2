import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { Validator } from '../../../common/validation';
import { day } from '../../shared/approval';
import { compact, recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { checkPhoneFilters, phoneCheckOf } from '../../shared/phone';
import { didiData } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'End Date (结束日期)', name: 'end_date', type: 'string', default: '', placeholder: 'e.g. 2026-05-31', description: 'YYYY-MM-DD' },
			{ displayName: 'Phone (手机号)', name: 'phone', type: 'string', default: '' },
			{ displayName: 'Start Date (开始日期)', name: 'start_date', type: 'string', default: '', placeholder: 'e.g. 2026-05-01', description: 'YYYY-MM-DD' },
		],
	},
];

export const description = showFor('afterApproval', 'getReceiptOrders', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const filters = compact(this.getNodeParameter('filters', i, {}) as IDataObject);
	checkPhoneFilters(v, filters, { phone: 'Phone (phone)' }, await phoneCheckOf.call(this, i));
	if (filters.start_date) filters.start_date = day(v, 'Start Date (start_date)', filters.start_date);
	if (filters.end_date) filters.end_date = day(v, 'End Date (end_date)', filters.end_date);
	if (filters.start_date && filters.end_date) v.dateRange('Start Date (start_date)', filters.start_date as string, 'End Date (end_date)', filters.end_date as string);
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	return await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(
				await didiData.call(this, { method: 'GET', path: '/river/AfterApproval/getPersonalReceiptOrder', qs: { ...filters, offset, length: pageSize }, itemIndex: i }),
			),
		{ returnAll, limit, maxPageSize: 100 },
	);
}
