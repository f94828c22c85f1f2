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
		displayName: 'Minimum Duration (Minutes)',
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
	const whole = joinAtBoundaries(stops);
	return minSeconds > 0 ? whole.filter((s) => Number(s.durationSeconds) >= minSeconds) : whole;
}

/**
 * A stop that spans the boundary of two 7-day requests comes back as two, the second starting 1 ms after the
 * first ends (a vehicle cannot stop twice without moving in between): join them into one.
 */
export function joinAtBoundaries(stops: IDataObject[]): IDataObject[] {
	const out: IDataObject[] = [];
	for (const stop of stops) {
		const previous = out[out.length - 1];
		if (previous && Number(stop.startTime) - Number(previous.endTime) <= 1) {
			previous.endTime = stop.endTime;
			previous.durationSeconds = Math.round((Number(stop.endTime) - Number(previous.startTime)) / 1000);
			continue;
		}
		out.push({ ...stop });
	}
	return out;
}
