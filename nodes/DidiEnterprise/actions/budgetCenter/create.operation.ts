import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { budgetCenterFields, toBudgetCenterParams, typeField } from './shared';

const properties: INodeProperties[] = [
	typeField,
	{ displayName: 'Name (名称)', name: 'name', type: 'string', required: true, default: '', placeholder: 'e.g. 华东销售部' },
	{
		displayName: 'Out Budget ID (编号)',
		name: 'out_budget_id',
		type: 'string',
		default: '',
		placeholder: 'e.g. D-1001',
		description: 'Your code for it (≤64 characters). Required for departments.',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: budgetCenterFields,
	},
];

export const description = showFor('budgetCenter', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const type = Number(this.getNodeParameter('type', i));
	const name = v.required('Name (name)', String(this.getNodeParameter('name', i, '')).trim());
	const outBudgetId = String(this.getNodeParameter('out_budget_id', i, '')).trim();
	if (type === 1) v.required('Out Budget ID (out_budget_id)', outBudgetId);
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const params = toBudgetCenterParams(
		{ budget_cycle: 0, total_quota: '0', ...additional, type, name, out_budget_id: outBudgetId },
		v,
	);
	const data = await didiData.call(this, {
		method: 'POST',
		path: '/river/BudgetCenter/add',
		body: params,
		itemIndex: i,
		// DiDi: never add budget centres concurrently; no retry (an add has no idempotency key).
		bucket: 'budgetCenterAdd',
		retries: 0,
	});
	return { id: data?.id, type, name, out_budget_id: outBudgetId || undefined };
}
