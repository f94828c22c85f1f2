import type { IDataObject } from 'n8n-workflow';

export { compact, locatorValue, returnAllAndLimit, showFor } from '../../common/fields';

/** DiDi declares nested structures as strings: serialise once (already-serialised text is kept). */
export function toJsonString(value: unknown): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** DiDi lists answer `{ total, records }`; some answer a bare array. */
export function recordsOf(data: unknown): { records: IDataObject[]; total?: number } {
	if (Array.isArray(data)) return { records: data as IDataObject[], total: data.length };
	if (data && typeof data === 'object') {
		const page = data as IDataObject;
		const records = Array.isArray(page.records) ? (page.records as IDataObject[]) : [];
		const total = page.total === undefined ? undefined : Number(page.total);
		return { records, total: Number.isFinite(total) ? total : undefined };
	}
	return { records: [] };
}
