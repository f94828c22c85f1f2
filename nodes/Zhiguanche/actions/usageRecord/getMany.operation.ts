import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readFields, toProperty, type ZgcField } from '../../shared/fields';
import { listRecords, readPaging } from '../../shared/list';
import { outputProperties, shapeOutput } from '../../../common/output';
import { USAGE_RECORD } from '../../shared/shapes';
import { readWindow, windowProperties } from '../../shared/window';

const FILTERS: ZgcField[] = [
	{
		name: 'driverId',
		displayName: 'Driver (司机) Name or ID',
		property: { type: 'options', typeOptions: { loadOptionsMethod: 'getDrivers' }, description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>' },
	},
	{ name: 'requestId', displayName: 'Vehicle Request ID (用车申请)' },
	{
		name: 'status',
		displayName: 'Status (状态)',
		property: { type: 'options', default: 'returned', options: [{ name: 'In Use (已出车)', value: 'in_use' }, { name: 'Returned (已还车)', value: 'returned' }] },
	},
	{ name: 'userId', displayName: 'User ID (用车人)' },
	{
		name: 'vehicleId',
		displayName: 'Vehicle (车辆) Name or ID',
		property: { type: 'options', typeOptions: { loadOptionsMethod: 'getVehicles' }, description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>' },
	},
];

const properties: INodeProperties[] = [
	...windowProperties({ required: false }).map((p) => ({ ...p, description: `${p.description as string} Filters on the check-out time (出车时间).` })),
	...returnAllAndLimit(),
	{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: FILTERS.map((f) => toProperty(f)) },
	...outputProperties(USAGE_RECORD),
];

export const description = showFor('usageRecord', 'getMany', properties);

/** Check-out / check-in records (出车/还车登记), with start and end mileage and the distance driven. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const qs = readFields(v, FILTERS, this.getNodeParameter('filters', i, {}) as IDataObject);
	const window = readWindow(this, v, i, { required: false });
	if (window) Object.assign(qs, { startTime: window.start, endTime: window.end });
	return (await listRecords.call(this, { path: '/usage-records', qs, itemIndex: i, ...readPaging(this, i) })).map(shapeOutput(this, i, USAGE_RECORD));
}
