import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { mapConcurrent } from '../../../common/concurrency';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { checkValue } from '../../shared/values';
import { mapAllPages } from '../../shared/list';
import { zgcData } from '../../transport';

/** The contract's batch limit of `POST /vehicles/locations`. */
const BATCH = 100;
/** Batches in flight at once per item (two items fill the 40 the pacing lets fly); the pacing keeps them within the rate limit. */
const PARALLEL = 20;

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
		placeholder: 'e.g. 800001, 800002',
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
	const locate = async (vehicleIds: string[]) => {
		const list = (await zgcData.call(this, { method: 'POST', path: '/vehicles/locations', body: { vehicleIds }, itemIndex: i })) as unknown;
		return Array.isArray(list) ? (list as IDataObject[]) : [];
	};
	if (this.getNodeParameter('vehicles', i) === 'all') {
		const filters = this.getNodeParameter('vehicleFilters', i, {}) as IDataObject;
		const qs = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')) as IDataObject;
		// Each page of 100 vehicles is one location batch, asked for as soon as the page arrives (the listing and
		// the location calls overlap, so the rate limit's slots are not left idle between the two).
		const pages = (await mapAllPages.call(this, { path: '/vehicles', qs, itemIndex: i }, PARALLEL, async (records) =>
			records.length ? await locate(records.map((r) => String(r.id))) : [],
		)) as IDataObject[][];
		return pages.flat();
	}
	let ids = (checkValue(v, 'Vehicle IDs (vehicleIds)', 'list', this.getNodeParameter('vehicleIds', i, '')) as string[] | undefined) ?? [];
	if (!ids.length) v.fail('Vehicle IDs (vehicleIds)', 'is required');
	ids = [...new Set(ids)];
	const batches: string[][] = [];
	for (let k = 0; k < ids.length; k += BATCH) batches.push(ids.slice(k, k + BATCH));
	return (await mapConcurrent(batches, PARALLEL, locate)).flat();
}
