import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readId } from '../../shared/crud';
import { readPaging } from '../../shared/list';
import { vehicleLocator } from '../../shared/locators';
import { readSplit, STOPS_MAX_MS } from '../../shared/telemetry';
import { readWindow, windowProperties } from '../../shared/window';

const properties: INodeProperties[] = [
	vehicleLocator,
	...windowProperties({ required: true }).map((p) => ({
		...p,
		description: `${p.description as string} Any length: ZhiGuanChe answers at most 7 days per request, so longer windows are read week by week.`,
	})),
	{
		displayName: 'Minimum Duration Minutes',
		name: 'minMinutes',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		description: 'Leave out stops shorter than this (0 = all)',
	},
	...returnAllAndLimit(),
];

export const description = showFor('stop', 'getMany', properties);

/** Stop points of a vehicle: location, address, start and end time, duration (停车点). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const vehicleId = readId(this, v, vehicleLocator, i);
	const window = readWindow(this, v, i, { required: true })!;
	const minSeconds = Number(this.getNodeParameter('minMinutes', i, 0)) * 60;
	const stops = await readSplit(this, {
		path: `/vehicles/${encodeURIComponent(vehicleId)}/stops`,
		window,
		maxMs: STOPS_MAX_MS,
		itemIndex: i,
		...readPaging(this, i),
	});
	return minSeconds > 0 ? stops.filter((s) => Number(s.durationSeconds) >= minSeconds) : stops;
}
