import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { pagedList, pageParameters } from '../../shared/paging';
import { actAsUserProperty, userContext } from '../../shared/user';

/** 2.1 相对方批量查询: counterparties, filtered by codes or names, paged. */
const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Codes (相对方编码)', name: 'codes', type: 'string', default: '', placeholder: 'e.g. CP00001, CP00002', description: 'Comma-separated codes (exact match)' },
			{ displayName: 'Names (相对方名称)', name: 'names', type: 'string', default: '', placeholder: 'e.g. 华东通达有限公司', description: 'Comma-separated names (exact match)' },
		],
	},
	actAsUserProperty,
];

export const description = showFor('counterparty', 'getMany', properties);

const list = (value: unknown): string[] | undefined => {
	const values = (Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[,，\n]/)).map((s) => s.trim()).filter(Boolean);
	return values.length ? values : undefined;
};

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const body: IDataObject = { ...userContext(this, i, v) };
	const codes = list(filters.codes);
	const names = list(filters.names);
	if (codes) body.codes = codes;
	if (names) body.names = names;
	return await pagedList(this, '/counterparty/query', body, pageParameters(this, i));
}
