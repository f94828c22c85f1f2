import type { IDataObject } from 'n8n-workflow';

/**
 * Where each category of `/open-apis/v1/order/list` is detailed (didi-operations.txt): flights and hotels
 * by `product_type` (1 国内, 2 国际), trains without; ≤ 100 comma-joined `order_ids` per call. Cars have no
 * batch endpoint: `/river/Order/detail`, one order per call.
 */
export const DETAIL_ENDPOINTS: Record<string, { path: string; productType?: number; dataKey: string }> = {
	domesticflight: { path: '/api-gateway/g/flight/orderDetail', productType: 1, dataKey: 'domesticflight_data' },
	internationalflight: { path: '/api-gateway/g/flight/orderDetail', productType: 2, dataKey: 'internationalflight_data' },
	domestichotel: { path: '/api-gateway/g/hotel/orderDetail', productType: 1, dataKey: 'domestichotel_data' },
	internationalhotel: { path: '/api-gateway/g/hotel/orderDetail', productType: 2, dataKey: 'internationalhotel_data' },
	train: { path: '/api-gateway/g/train/orderDetail', dataKey: 'domestictrain_data' },
};

export const DETAIL_BATCH_SIZE = 100;

/** The order id of one `order_list` entry (DiDi's SDK models keep it in `order_info`). */
export function detailOrderId(record: IDataObject): string | undefined {
	for (const holder of [record.order_info, record.base_info, record]) {
		const id = holder && typeof holder === 'object' ? (holder as IDataObject).order_id : undefined;
		if (id !== undefined && id !== null && id !== '') return String(id);
	}
	return undefined;
}

/** `data.<dataKey>.order_list` → records keyed by order id. */
export function detailsById(data: unknown, dataKey: string): Map<string, IDataObject> {
	const out = new Map<string, IDataObject>();
	const block = data && typeof data === 'object' ? ((data as IDataObject)[dataKey] as IDataObject | undefined) : undefined;
	const list = Array.isArray(block?.order_list) ? (block!.order_list as IDataObject[]) : [];
	for (const record of list) {
		const id = detailOrderId(record);
		if (id) out.set(id, record);
	}
	return out;
}

/** Splits ids into chunks of at most `size`. */
export function chunk<T>(list: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let k = 0; k < list.length; k += size) out.push(list.slice(k, k + size));
	return out;
}
