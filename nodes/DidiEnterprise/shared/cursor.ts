import type { IDataObject } from 'n8n-workflow';

/**
 * DiDi's bill lists page by cursor: each answer's `last_id` goes into the next request, until `is_last`, an empty
 * page, a repeated cursor, or `total` records read. Stops at `limit`.
 */
export async function readByCursor(
	fetchPage: (lastId: string | undefined, wanted: number) => Promise<IDataObject | undefined>,
	listKey: string,
	limit: number,
): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	let lastId: string | undefined;
	while (out.length < limit) {
		const data = await fetchPage(lastId, limit - out.length);
		const rows = Array.isArray(data?.[listKey]) ? (data![listKey] as IDataObject[]) : [];
		out.push(...rows);
		const next = data?.last_id ? String(data.last_id) : '';
		const total = Number(data?.total);
		const done =
			data?.is_last === true ||
			String(data?.is_last) === 'true' ||
			rows.length === 0 ||
			!next ||
			next === lastId ||
			(Number.isFinite(total) && total > 0 && out.length >= total);
		if (done) break;
		lastId = next;
	}
	return out.slice(0, limit);
}
