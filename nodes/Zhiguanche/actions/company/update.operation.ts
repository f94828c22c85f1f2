import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readFields, toProperty, type ZgcField } from '../../shared/fields';
import { zgcData } from '../../transport';

const FIELDS: ZgcField[] = [
	{ name: 'address', displayName: 'Address (地址)' },
	{ name: 'contactName', displayName: 'Contact Name (联系人)' },
	{ name: 'contactPhone', displayName: 'Contact Phone (联系电话)', kind: 'phone' },
	{
		name: 'creditCode',
		displayName: 'Unified Social Credit Code (统一社会信用代码)',
		property: { placeholder: 'e.g. 91110108MA01234567', description: '18 characters: the company\'s credit code / tax ID' },
	},
	{ name: 'name', displayName: 'Company Name (公司名称)' },
];

const properties: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: FIELDS.map((f) => toProperty(f)),
	},
];

export const description = showFor('company', 'update', properties);

/** GB 32100: 18 characters of digits and capital letters other than I, O, S, V, Z. */
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const body = readFields(v, FIELDS, this.getNodeParameter('updateFields', i, {}) as IDataObject);
	if (Object.keys(body).length === 0) v.fail('Update Fields (updateFields)', 'must contain at least one field');
	if (body.creditCode !== undefined) {
		body.creditCode = String(body.creditCode).toUpperCase();
		if (!CREDIT_CODE.test(body.creditCode)) {
			v.fail('Unified Social Credit Code (creditCode)', `must be 18 characters of digits and capital letters (got "${String(body.creditCode)}")`);
		}
	}
	return await zgcData.call(this, { method: 'PUT', path: '/company/info', body, itemIndex: i });
}
