import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { compact, recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { BUSINESS_LINES } from './fields';

export const description = showFor('bill', 'getMany', [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Business Line (业务线)', name: 'business_line', type: 'options', default: 1, options: BUSINESS_LINES },
			{
				displayName: 'Status (状态)',
				name: 'bill_status',
				type: 'options',
				default: 1,
				options: [
					{ name: 'To Confirm (待确认)', value: 1 },
					{ name: 'Confirmed (已确认)', value: 3 },
				],
			},
		],
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	const filters = compact(this.getNodeParameter('filters', i, {}) as IDataObject);
	return await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(await didiData.call(this, { method: 'GET', path: '/river/Bill/get', qs: { ...filters, offset, length: pageSize }, itemIndex: i })),
		{ returnAll, limit, maxPageSize: 100 },
	);
}
