import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { compact, recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { Validator } from '../../../common/validation';
import { normaliseMember } from '../../shared/member';
import { checkEmail, checkPhoneFilters, phoneCheckOf } from '../../shared/phone';
import { didiData } from '../../transport';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'e.g. name@email.com', default: '' },
			{ displayName: 'Employee Number (工号)', name: 'employee_number', type: 'string', default: '', description: 'Exact match' },
			{ displayName: 'Name (姓名)', name: 'realname', type: 'string', default: '', description: 'Partial match' },
			{ displayName: 'Phone', name: 'phone', type: 'string', default: '', description: 'Exact match' },
			{
				displayName: 'Status',
				name: 'status',
				type: 'string',
				default: '',
				description: "DiDi's member status code; empty returns active, dismissed and phone-unbound members",
			},
		],
	},
];

export const description = showFor('member', 'getMany', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	const filters = compact(this.getNodeParameter('filters', i, {}) as IDataObject);
	const v = new Validator(this.getNode(), i);
	checkPhoneFilters(v, filters, { phone: 'Phone (phone)' }, await phoneCheckOf.call(this, i));
	if (filters.email !== undefined) checkEmail(v, 'Email (email)', filters.email);
	const records = await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(
				await didiData.call(this, {
					method: 'GET',
					path: '/river/Member/get',
					qs: { ...filters, offset, length: pageSize },
					itemIndex: i,
				}),
			),
		{ returnAll, limit, maxPageSize: 100 },
	);
	return records.map(normaliseMember);
}
