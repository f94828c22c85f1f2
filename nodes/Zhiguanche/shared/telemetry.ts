/** Route history and stops: windows split into the longest spans the contract allows, each read page by page. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { listRecords } from './list';
import { splitWindow, type TimeWindow } from './window';

export const TRACK_MAX_MS = 24 * 3600 * 1000;
export const STOPS_MAX_MS = 7 * 24 * 3600 * 1000;

/** Reads every window in order until `limit` records (or all when returnAll). */
export async function readSplit(
	context: IExecuteFunctions,
	call: { path: string; window: TimeWindow; maxMs: number; qs?: IDataObject; itemIndex: number; returnAll: boolean; limit: number },
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	for (const span of splitWindow(call.window, call.maxMs)) {
		const left = call.returnAll ? 0 : call.limit - out.length;
		if (!call.returnAll && left <= 0) break;
		out.push(
			...(await listRecords.call(context, {
				path: call.path,
				qs: { ...(call.qs ?? {}), startTime: span.start, endTime: span.end },
				itemIndex: call.itemIndex,
				returnAll: call.returnAll,
				limit: left,
			})),
		);
	}
	return out;
}
