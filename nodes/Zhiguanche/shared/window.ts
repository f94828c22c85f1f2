/** Time windows (Start Time / End Time → Unix ms), and their split into the longest spans an endpoint allows. */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Validator } from '../../common/validation';
import { checkValue } from './values';

export interface TimeWindow {
	start: number;
	end: number;
}

export function windowProperties({ required }: { required: boolean }): INodeProperties[] {
	const hint = required ? '' : ' Leave both empty for no time filter.';
	return [
		{
			displayName: 'Start Time (开始时间)',
			name: 'startTime',
			type: 'dateTime',
			default: '',
			required,
			description: `Start of the window (a time without zone is China time).${hint}`,
		},
		{
			displayName: 'End Time (结束时间)',
			name: 'endTime',
			type: 'dateTime',
			default: '',
			required,
			description: `End of the window.${hint}`,
		},
	];
}

/** Reads Start Time / End Time: both (or, when not required, neither), end not before start. */
export function readWindow(context: IExecuteFunctions, v: Validator, i: number, { required }: { required: boolean }): TimeWindow | undefined {
	const start = checkValue(v, 'Start Time (startTime)', 'time', context.getNodeParameter('startTime', i, '')) as number | undefined;
	const end = checkValue(v, 'End Time (endTime)', 'time', context.getNodeParameter('endTime', i, '')) as number | undefined;
	if (start === undefined && end === undefined && !required) return undefined;
	if (start === undefined) v.fail('Start Time (startTime)', required ? 'is required' : 'is required when End Time is set');
	if (end === undefined) v.fail('End Time (endTime)', required ? 'is required' : 'is required when Start Time is set');
	if (end < start) v.fail('End Time (endTime)', 'must not be before Start Time (startTime)');
	return { start, end };
}

/** Consecutive windows of at most `maxMs` covering [start, end]; each next one starts 1 ms after the previous. */
export function splitWindow({ start, end }: TimeWindow, maxMs: number): TimeWindow[] {
	const out: TimeWindow[] = [];
	for (let from = start; from <= end; from += maxMs + 1) out.push({ start: from, end: Math.min(end, from + maxMs) });
	return out;
}
