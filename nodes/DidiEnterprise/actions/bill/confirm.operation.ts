import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { billIdField, businessLineField } from './fields';

export const description = showFor('bill', 'confirm', [billIdField, businessLineField('businessLine', [1, 2])]);

/** Confirm numbers its lines itself: "business_type 业务线（0：网约车；1：商旅）". */
const CONFIRM_TYPE: Record<number, number> = { 1: 0, 2: 1 };

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const billId = v.required('Bill ID (bill_id)', String(this.getNodeParameter('billId', i, '')).trim());
	const line = v.oneOf('Business Line (business_type)', Number(this.getNodeParameter('businessLine', i)), [1, 2]);
	await didiData.call(this, { method: 'POST', path: '/river/Bill/confirm', body: { bill_id: billId, business_type: CONFIRM_TYPE[line] }, itemIndex: i });
	return { bill_id: billId, business_type: CONFIRM_TYPE[line], confirmed: true };
}
