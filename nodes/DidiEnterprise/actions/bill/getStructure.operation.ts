import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { businessLineField } from './fields';

const properties: INodeProperties[] = [
	{
		displayName: 'Payment Period (账单周期)',
		name: 'paymentPeriod',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2026-09-01~2026-09-30',
		description: 'The bill_period Get Many returns for the bill',
	},
	businessLineField('businessLine', [1, 2]),
];

export const description = showFor('bill', 'getStructure', properties);

/** 账单树: the company bill and the bills it is split into (pid / cid), one item per node. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const period = v.required('Payment Period (payment_period)', String(this.getNodeParameter('paymentPeriod', i, '')).trim());
	const businessType = v.oneOf('Business Line (business_type)', Number(this.getNodeParameter('businessLine', i)), [1, 2]);
	const data = await didiData.call(this, { method: 'GET', path: '/river/Bill/getBillStructure', qs: { business_type: String(businessType), payment_period: period }, itemIndex: i });
	return Array.isArray(data?.list) ? (data.list as IDataObject[]) : [];
}
