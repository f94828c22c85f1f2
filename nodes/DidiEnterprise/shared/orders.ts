import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

export const ORDER_LIST_MAX_DAYS = 30;
const DAY_MS = 86400 * 1000;

/**
 * Splits [start, end] (ms) into consecutive windows of at most 30 days that neither overlap nor leave gaps
 * at DiDi's one-second resolution (both ends of a window are inclusive).
 */
export function splitWindows(startMs: number, endMs: number, maxDays = ORDER_LIST_MAX_DAYS): Array<[number, number]> {
	const windows: Array<[number, number]> = [];
	const span = maxDays * DAY_MS;
	for (let from = startMs; from <= endMs; from += span) {
		windows.push([from, Math.min(from + span - 1000, endMs)]);
	}
	return windows;
}

export const ORDER_CATEGORIES = [
	'domesticflight',
	'internationalflight',
	'domestichotel',
	'internationalhotel',
	'train',
	'car',
] as const;

/**
 * Calls `visit` for every order of a page (`data.<category>_data.order_ids`, "a,b,c" or a list), in category
 * order, and answers the largest number of ids any one category returned (a page is the last when all are
 * below the limit). One pass, no record objects of its own: a Return All of a year reads every id once.
 */
export function forEachOrderId(data: unknown, visit: (category: string, orderId: string) => void): number {
	if (!data || typeof data !== 'object') return 0;
	let fullest = 0;
	for (const category of ORDER_CATEGORIES) {
		const ids = ((data as IDataObject)[`${category}_data`] as IDataObject | undefined)?.order_ids;
		if (ids === undefined || ids === null || ids === '') continue;
		const list = Array.isArray(ids) ? ids : String(ids).split(',');
		let count = 0;
		for (const raw of list) {
			const id = String(raw).trim();
			if (!id) continue;
			count++;
			visit(category, id);
		}
		if (count > fullest) fullest = count;
	}
	return fullest;
}

/** `data.<category>_data.order_ids` ("a,b,c") → one record per order. */
export function orderIdsOf(data: unknown): Array<{ category: string; order_id: string }> {
	const out: Array<{ category: string; order_id: string }> = [];
	forEachOrderId(data, (category, order_id) => out.push({ category, order_id }));
	return out;
}

/** The largest number of ids any one category returned: a page is the last when all are below the limit. */
export function fullestCategory(data: unknown): number {
	return forEachOrderId(data, () => undefined);
}

/** The order categories of `/open-apis/v1/order/list`, as dropdown options. */
export const ORDER_CATEGORY_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Car (用车)', value: 'car' },
	{ name: 'Domestic Flight (国内机票)', value: 'domesticflight' },
	{ name: 'Domestic Hotel (国内酒店)', value: 'domestichotel' },
	{ name: 'International Flight (国际机票)', value: 'internationalflight' },
	{ name: 'International Hotel (国际酒店)', value: 'internationalhotel' },
	{ name: 'Train (火车票)', value: 'train' },
];
