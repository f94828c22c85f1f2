import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { locatorValue, recordsOf, showFor } from '../../shared/fields';
import { didiData, didiRequest } from '../../transport';
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
			{
				displayName: 'Out Budget ID (编号)',
				name: 'out_budget_id',
				type: 'string',
				default: '',
				description: "DiDi needs it on every department update; when empty, the department's current one is looked up and sent",
			},
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
	// BudgetCenter/edit out_budget_id: "更新部门时。字段必填。" — keep the current one when not changing it.
	if (type === 1 && !params.out_budget_id) params.out_budget_id = await currentOutBudgetId.call(this, i, id);
	await didiRequest.call(this, {
		method: 'POST',
		path: '/river/BudgetCenter/edit',
		body: { ...params, id, type },
		itemIndex: i,
	});
	return { id, updated: true };
}

async function currentOutBudgetId(this: IExecuteFunctions, i: number, id: string): Promise<string> {
	const { records } = recordsOf(await didiData.call(this, { method: 'GET', path: '/river/BudgetCenter/get', qs: { id, type: 1 }, itemIndex: i }));
	const current = records.find((r) => String(r.id) === id)?.out_budget_id;
	if (!current) {
		new Validator(this.getNode(), i).fail('Out Budget ID (out_budget_id)', `is required to update department ${id}: DiDi needs it on every department update (更新部门时必填) and this department has none`);
	}
	return String(current);
}
