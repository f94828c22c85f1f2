import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { mapConcurrent } from '../../../common/concurrency';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { checkValue } from '../../shared/values';
import { listRecords } from '../../shared/list';
import { zgcData } from '../../transport';

/** The contract's batch limit of `POST /vehicles/locations`. */
const BATCH = 100;
/** Batches in flight at once; the transport's pacing keeps them within the rate limit. */
const PARALLEL = 4;

const properties: INodeProperties[] = [
	{
		displayName: 'Vehicles',
		name: 'vehicles',
		type: 'options',
		default: 'ids',
		options: [
			{ name: 'All Vehicles', value: 'all', description: 'Every vehicle of the company (optionally of one group or status)' },
			{ name: 'By IDs', value: 'ids', description: 'The vehicles whose IDs you list' },
		],
	},
	{
		displayName: 'Vehicle IDs',
		name: 'vehicleIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: '800001, 800002',
		description: 'Comma-separated, or an array from an expression. Any number: they are asked for 100 at a time.',
		displayOptions: { show: { vehicles: ['ids'] } },
	},
	{
		displayName: 'Vehicle Filters',
		name: 'vehicleFilters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: { vehicles: ['all'] } },
		options: [
			{
				displayName: 'Vehicle Group (车辆分组) Name or ID',
				name: 'groupId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getVehicleGroups' },
				default: '',
				description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{
				displayName: 'Status (状态)',
				name: 'status',
				type: 'options',
				default: 'in_use',
				options: [
					{ name: 'Idle (空闲)', value: 'idle' },
					{ name: 'In Use (使用中)', value: 'in_use' },
					{ name: 'Maintenance (维修保养)', value: 'maintenance' },
				],
			},
		],
	},
];

export const description = showFor('location', 'getMany', properties);

/** Items are independent reads: two at a time (the shared pacing bucket still holds every request to the limit). */
export const concurrency = 2;

/** Real-time locations of many vehicles, one output item per vehicle, in the order asked. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	let ids: string[];
	if (this.getNodeParameter('vehicles', i) === 'all') {
		const filters = this.getNodeParameter('vehicleFilters', i, {}) as IDataObject;
		const qs = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')) as IDataObject;
		ids = (await listRecords.call(this, { path: '/vehicles', qs, itemIndex: i, returnAll: true, limit: 0 })).map((r) => String(r.id));
	} else {
		ids = (checkValue(v, 'Vehicle IDs (vehicleIds)', 'list', this.getNodeParameter('vehicleIds', i, '')) as string[] | undefined) ?? [];
		if (!ids.length) v.fail('Vehicle IDs (vehicleIds)', 'is required');
		ids = [...new Set(ids)];
	}
	const batches: string[][] = [];
	for (let k = 0; k < ids.length; k += BATCH) batches.push(ids.slice(k, k + BATCH));
	const answers = await mapConcurrent(batches, PARALLEL, async (vehicleIds) =>
		(await zgcData.call(this, { method: 'POST', path: '/vehicles/locations', body: { vehicleIds }, itemIndex: i })) as unknown as IDataObject[],
	);
	return answers.flatMap((list) => (Array.isArray(list) ? list : []));
}
