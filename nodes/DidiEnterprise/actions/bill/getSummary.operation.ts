import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { billIdField, businessLineField } from './fields';

export const description = showFor('bill', 'getSummary', [billIdField, businessLineField('businessLine', [1, 2, 40, 100])]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const billId = v.required('Bill ID (bill_id)', String(this.getNodeParameter('billId', i, '')).trim());
	const businessLine = v.oneOf('Business Line (business_line)', Number(this.getNodeParameter('businessLine', i)), [1, 2, 40, 100]);
	const data = await didiData.call(this, { method: 'GET', path: '/river/Bill/summary', qs: { bill_id: billId, business_line: businessLine }, itemIndex: i });
	return data ?? {};
}
