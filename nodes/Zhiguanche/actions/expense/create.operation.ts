import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readId } from '../../shared/crud';
import { readFields, toProperty } from '../../shared/fields';
import { vehicleLocator } from '../../shared/locators';
import { checkValue } from '../../shared/values';
import { createRecord } from '../../shared/write';
import { EXPENSE_OPTIONAL, typeField } from './fields';

const properties: INodeProperties[] = [
	typeField(true),
	{ displayName: 'Amount (金额, Yuan)', name: 'amount', type: 'string', required: true, default: '', placeholder: 'e.g. 215.50', description: 'Exact, at most 2 decimal places' },
	vehicleLocator,
	{ displayName: 'Occurred At (发生时间)', name: 'occurredAt', type: 'dateTime', required: true, default: '' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: EXPENSE_OPTIONAL.map((f) => toProperty(f)),
	},
];

export const description = showFor('expense', 'create', properties);

/** Records a vehicle expense (费用录入); with an Outer ID, exactly once. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const type = v.required('Expense Type (type)', String(this.getNodeParameter('type', i, '')).trim());
	const amount = v.required('Amount (amount)', checkValue(v, 'Amount (amount)', 'amount', this.getNodeParameter('amount', i, '')) as string);
	const vehicleId = readId(this, v, vehicleLocator, i);
	const occurredAt = v.required(
		'Occurred At (occurredAt)',
		checkValue(v, 'Occurred At (occurredAt)', 'time', this.getNodeParameter('occurredAt', i, '')) as number,
	);
	const extra = readFields(v, EXPENSE_OPTIONAL, this.getNodeParameter('additionalFields', i, {}) as IDataObject);
	if (!/^[a-z0-9_]+$/.test(type)) v.fail('Expense Type (type)', `must be an expense type code like fuel or toll (got "${type}")`);
	return await createRecord.call(this, '/expenses', { type, amount, vehicleId, occurredAt, ...extra }, i);
}
