import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { readByCursor } from '../../shared/cursor';
import { compact, returnAllAndLimit, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { billIdField, bookingFilterFields, businessLineField } from './fields';

const PAGE = 100;

export const description = showFor('bill', 'getDetails', [
	billIdField,
	businessLineField('businessLine', [1, 2, 40, 100]),
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			...bookingFilterFields,
			{ displayName: 'Budget Center ID (成本中心ID)', name: 'budget_center_id', type: 'string', default: '' },
			{ displayName: 'Department ID (部门ID)', name: 'department_id', type: 'string', default: '' },
		],
	},
]);

/** 已出账单: pages follow DiDi's cursor (`last_id` of the previous page) until `is_last`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const billId = v.required('Bill ID (bill_id)', String(this.getNodeParameter('billId', i, '')).trim());
	const businessType = v.oneOf('Business Line (business_type)', Number(this.getNodeParameter('businessLine', i)), [1, 2, 40, 100]);
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', i) as number);
	const filters = compact(this.getNodeParameter('filters', i, {}) as IDataObject);
	return await readByCursor(
		async (lastId, wanted) =>
			await didiData.call(this, {
				method: 'GET',
				path: '/river/Bill/detail',
				qs: { ...filters, bill_id: billId, business_type: businessType, length: Math.min(PAGE, wanted), ...(lastId ? { last_id: lastId } : {}) },
				itemIndex: i,
			}),
		'detail_list',
		limit,
	);
}
