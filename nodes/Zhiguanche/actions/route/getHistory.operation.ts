import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readId } from '../../shared/crud';
import { readPaging } from '../../shared/list';
import { vehicleLocator } from '../../shared/locators';
import { readSplit, TRACK_MAX_MS } from '../../shared/telemetry';
import { readWindow, windowProperties } from '../../shared/window';

const properties: INodeProperties[] = [
	vehicleLocator,
	...windowProperties({ required: true }).map((p) => ({
		...p,
		description: `${p.description as string} Any length: ZhiGuanChe answers at most 24 hours per request, so longer windows are read day by day.`,
	})),
	{
		displayName: 'Interval (采样间隔, Seconds)',
		name: 'intervalSeconds',
		type: 'number',
		default: 60,
		typeOptions: { minValue: 10 },
		description: 'Seconds between two points (at least 10)',
	},
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		default: 'points',
		options: [
			{ name: 'One Item per Point', value: 'points' },
			{ name: 'One Item with the Whole Route', value: 'route', description: 'Vehicle, window, point count and the points in order' },
		],
	},
	...returnAllAndLimit(),
];

export const description = showFor('route', 'getHistory', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[] | IDataObject> {
	const v = new Validator(this.getNode(), i);
	const vehicleId = readId(this, v, vehicleLocator, i);
	const window = readWindow(this, v, i, { required: true })!;
	const interval = Number(this.getNodeParameter('intervalSeconds', i, 60));
	if (!Number.isInteger(interval) || interval < 10) v.fail('Interval (Seconds) (intervalSeconds)', `must be a whole number ≥ 10 (got ${interval})`);
	const points = await readSplit(this, {
		path: `/vehicles/${encodeURIComponent(vehicleId)}/track`,
		window,
		maxMs: TRACK_MAX_MS,
		qs: { intervalSeconds: interval },
		itemIndex: i,
		...readPaging(this, i),
	});
	if (this.getNodeParameter('output', i) === 'route') {
		return { vehicleId, startTime: window.start, endTime: window.end, count: points.length, points };
	}
	return points.map((p) => ({ vehicleId, ...p }));
}
