import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { paginate } from '../../../common/pagination';
import { Validator } from '../../../common/validation';
import { HOSE_PAGE_SIZE } from '../../shared/paging';
import { epochMs } from '../../shared/values';
import { hoseRequest, listOf } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Order Type',
		name: 'type',
		type: 'options',
		default: '',
		options: [
			{ name: 'All', value: '' },
			{ name: 'Car (用车)', value: 'TAXI' },
			{ name: 'Flight (机票)', value: 'FLIGHT' },
			{ name: 'Hotel (酒店)', value: 'HOTEL' },
			{ name: 'Train (火车)', value: 'TRAIN' },
		],
	},
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Created After', name: 'startTime', type: 'dateTime', default: '' },
			{ displayName: 'Created Before', name: 'endTime', type: 'dateTime', default: '' },
		],
	},
];

export const description = showFor('travel', 'searchOrders', properties);

/** 获取行程管理/订单管理业务对象列表 (`POST …/datalink/TRAVEL_MANAGEMENT/searchOrders`). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const type = String(this.getNodeParameter('type', i, '') ?? '');
	const startTime = epochMs(v, 'Created After (startTime)', filters.startTime);
	const endTime = epochMs(v, 'Created Before (endTime)', filters.endTime);
	if (startTime !== undefined && endTime !== undefined && endTime < startTime) v.fail('Created Before (endTime)', 'must be on or after Created After');
	const body: IDataObject = { ...(type ? { type } : {}), ...(startTime !== undefined ? { startTime } : {}), ...(endTime !== undefined ? { endTime } : {}) };
	return await paginate(
		async ({ offset, pageSize }) =>
			listOf(
				await hoseRequest.call(this, {
					method: 'POST',
					path: '/api/openapi/v2.1/datalink/TRAVEL_MANAGEMENT/searchOrders',
					body: { ...body, start: offset, count: pageSize },
					itemIndex: i,
				}),
			),
		{ returnAll, limit, maxPageSize: HOSE_PAGE_SIZE },
	);
}
