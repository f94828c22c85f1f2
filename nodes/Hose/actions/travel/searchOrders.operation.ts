import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { hoseList, readPaging } from '../../shared/paging';
import { epochMs } from '../../shared/values';

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
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const type = String(this.getNodeParameter('type', i, '') ?? '');
	const startTime = epochMs(v, 'Created After (startTime)', filters.startTime);
	const endTime = epochMs(v, 'Created Before (endTime)', filters.endTime);
	if (startTime !== undefined && endTime !== undefined && endTime < startTime) v.fail('Created Before (endTime)', 'must be on or after Created After');
	const body: IDataObject = { ...(type ? { type } : {}), ...(startTime !== undefined ? { startTime } : {}), ...(endTime !== undefined ? { endTime } : {}) };
	return await hoseList.call(this, { method: 'POST', path: '/api/openapi/v2.1/datalink/TRAVEL_MANAGEMENT/searchOrders', filters: body, itemIndex: i }, readPaging(this, i));
}
