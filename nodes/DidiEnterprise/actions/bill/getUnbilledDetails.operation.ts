import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { day } from '../../shared/approval';
import { readByCursor } from '../../shared/cursor';
import { compact, returnAllAndLimit, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { bookingFilterFields, businessLineField } from './fields';

export const description = showFor('bill', 'getUnbilledDetails', [
	businessLineField('businessLine', [1, 2, 40, 100]),
	{ displayName: 'Start Date (开始日期)', name: 'startDate', type: 'string', default: '', placeholder: 'e.g. 2026-05-01', description: 'YYYY-MM-DD' },
	{ displayName: 'End Date (结束日期)', name: 'endDate', type: 'string', default: '', placeholder: 'e.g. 2026-05-31', description: 'YYYY-MM-DD' },
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: bookingFilterFields,
	},
]);

/** 未出账单: orders not yet on a bill, paged by DiDi's `last_id` cursor. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const businessType = v.oneOf('Business Line (business_type)', Number(this.getNodeParameter('businessLine', i)), [1, 2, 40, 100]);
	const startRaw = this.getNodeParameter('startDate', i, '');
	const endRaw = this.getNodeParameter('endDate', i, '');
	const start = startRaw ? day(v, 'Start Date (start_date)', startRaw) : undefined;
	const end = endRaw ? day(v, 'End Date (end_date)', endRaw) : undefined;
	if (start && end) v.dateRange('Start Date (start_date)', start, 'End Date (end_date)', end);
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', i) as number);
	const qs = compact({ ...(this.getNodeParameter('filters', i, {}) as IDataObject), business_type: businessType, start_date: start, end_date: end });
	return await readByCursor(
		async (lastId) =>
			await didiData.call(this, { method: 'GET', path: '/river/Bill/getNotGeneratedBillDetail', qs: { ...qs, ...(lastId ? { last_id: lastId } : {}) }, itemIndex: i }),
		'detail_list',
		limit,
	);
}
