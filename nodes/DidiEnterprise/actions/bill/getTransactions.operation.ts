import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { readByCursor } from '../../shared/cursor';
import { returnAllAndLimit, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { billIdField, businessLineField } from './fields';

const PAGE = 100;

export const description = showFor('bill', 'getTransactions', [
	billIdField,
	businessLineField('businessLine', [1, 100], { description: 'DiDi lists transactions of ride-hailing and taxi bills (网约车，出租车交易明细)' }),
	...returnAllAndLimit(),
]);

/** 交易明细 of a bill, paged by DiDi's `last_id` cursor. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const billId = v.required('Bill ID (bill_id)', String(this.getNodeParameter('billId', i, '')).trim());
	const businessType = v.oneOf('Business Line (business_type)', Number(this.getNodeParameter('businessLine', i)), [1, 100]);
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? Infinity : (this.getNodeParameter('limit', i) as number);
	return await readByCursor(
		async (lastId, wanted) =>
			await didiData.call(this, {
				method: 'GET',
				path: '/river/Bill/transactionDetail',
				qs: { bill_id: billId, business_type: businessType, length: Math.min(PAGE, wanted), ...(lastId ? { last_id: lastId } : {}) },
				itemIndex: i,
			}),
		'transaction_list',
		limit,
	);
}
