import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { compact, recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { typeField } from './shared';

const properties: INodeProperties[] = [
	typeField,
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Name (名称)', name: 'name', type: 'string', default: '' },
			{ displayName: 'Exact Name Match', name: 'is_exact_name', type: 'boolean', default: false, description: 'Whether the name must match exactly' },
			{ displayName: 'Out Budget ID (编号)', name: 'out_budget_id', type: 'string', default: '' },
		],
	},
];

export const description = showFor('budgetCenter', 'getMany', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	const type = Number(this.getNodeParameter('type', i));
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const qs = compact({ ...filters, is_exact_name: filters.is_exact_name ? 1 : undefined, type });
	return await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(
				await didiData.call(this, {
					method: 'GET',
					path: '/river/BudgetCenter/get',
					qs: { ...qs, offset, length: pageSize },
					itemIndex: i,
				}),
			),
		{ returnAll, limit, maxPageSize: 100 },
	);
}
