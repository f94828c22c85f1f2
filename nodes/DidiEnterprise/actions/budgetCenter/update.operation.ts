import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { locatorValue, showFor } from '../../shared/fields';
import { didiRequest } from '../../transport';
import { budgetCenterFields, toBudgetCenterParams, typeField } from './shared';
import { budgetCenterLocator } from './locator';

const properties: INodeProperties[] = [
	budgetCenterLocator,
	{ ...typeField, description: 'Required by DiDi when it matches by Out Budget ID and Name' },
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Name (名称)', name: 'name', type: 'string', default: '' },
			{ displayName: 'Out Budget ID (编号)', name: 'out_budget_id', type: 'string', default: '' },
			...budgetCenterFields,
		],
	},
];

export const description = showFor('budgetCenter', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const id = v.required('Budget Center (budgetCenter)', locatorValue(this.getNodeParameter('budgetCenter', i)).value);
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	if (Object.keys(fields).length === 0) v.fail('Update Fields (updateFields)', 'must contain at least one field');
	const params = toBudgetCenterParams(fields, v);
	const type = Number(this.getNodeParameter('type', i));
	await didiRequest.call(this, {
		method: 'POST',
		path: '/river/BudgetCenter/edit',
		body: { ...params, id, type },
		itemIndex: i,
	});
	return { id, updated: true };
}
