import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { parseIdList as parseOrderIds } from '../../shared/ids';
import { ORDER_CATEGORY_OPTIONS } from '../../shared/orders';
import { DETAIL_BATCH_SIZE, DETAIL_ENDPOINTS, chunk, detailsById } from '../../shared/travelOrders';
import { didiData } from '../../transport';

const CATEGORIES = ORDER_CATEGORY_OPTIONS.map((o) => String(o.value));

const properties: INodeProperties[] = [
	{
		displayName: 'Category (品类)',
		name: 'category',
		type: 'options',
		default: 'domesticflight',
		description: 'The category code that List All Categories outputs in its "category" field',
		options: ORDER_CATEGORY_OPTIONS,
	},
	{
		displayName: 'Order IDs (订单号)',
		name: 'orderIds',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 20000000001,20000000002',
		description:
			'One or more order IDs, comma-separated (or a list from an expression). Flight, hotel and train IDs of all input items are fetched together, up to 100 per DiDi call.',
	},
	{
		displayName: 'If an Order Is Not Found',
		name: 'ifNotFound',
		type: 'options',
		default: 'skip',
		description: 'DiDi leaves out orders it does not return (e.g. manual orders, 手工补单)',
		options: [
			{ name: 'Skip It', value: 'skip' },
			{ name: 'Fail', value: 'error' },
		],
	},
];

export const description = showFor('order', 'getDetails', properties);

type Batch = { ids: string[]; itemIndex: number; result?: Promise<Map<string, IDataObject>> };
type Plan = Map<string, Map<string, Batch>>;

/** One plan per node run: the ids of every item, grouped per category into batches of ≤ 100. */
const plans = new WeakMap<object, Plan>();

function planFor(context: IExecuteFunctions): Plan {
	const known = plans.get(context);
	if (known) return known;
	const wanted = new Map<string, { ids: string[]; firstItem: Map<string, number> }>();
	const items = context.getInputData();
	for (let k = 0; k < items.length; k++) {
		let category: string;
		let ids: string[];
		try {
			category = String(context.getNodeParameter('category', k));
			ids = parseOrderIds(context.getNodeParameter('orderIds', k, ''));
		} catch {
			continue; // that item reports its own error
		}
		if (!DETAIL_ENDPOINTS[category]) continue;
		const group = wanted.get(category) ?? { ids: [], firstItem: new Map<string, number>() };
		for (const id of ids) {
			if (group.firstItem.has(id)) continue;
			group.firstItem.set(id, k);
			group.ids.push(id);
		}
		wanted.set(category, group);
	}
	const plan: Plan = new Map();
	for (const [category, group] of wanted) {
		const byId = new Map<string, Batch>();
		for (const ids of chunk(group.ids, DETAIL_BATCH_SIZE)) {
			const batch: Batch = { ids, itemIndex: group.firstItem.get(ids[0]) ?? 0 };
			for (const id of ids) byId.set(id, batch);
		}
		plan.set(category, byId);
	}
	plans.set(context, plan);
	return plan;
}

async function fetchBatch(context: IExecuteFunctions, category: string, batch: Batch) {
	const endpoint = DETAIL_ENDPOINTS[category];
	batch.result ??= didiData
		.call(context, {
			method: 'POST',
			path: endpoint.path,
			body: { ...(endpoint.productType ? { product_type: endpoint.productType } : {}), order_ids: batch.ids.join(',') },
			itemIndex: batch.itemIndex,
		})
		.then((data) => detailsById(data, endpoint.dataKey));
	return await batch.result;
}

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const category = v.oneOf('Category (order_type)', String(this.getNodeParameter('category', i)), CATEGORIES);
	const ids = parseOrderIds(this.getNodeParameter('orderIds', i, ''));
	if (ids.length === 0) v.fail('Order IDs (order_ids)', 'is required');
	const ifNotFound = this.getNodeParameter('ifNotFound', i, 'skip') as string;

	const out: IDataObject[] = [];
	const missing: string[] = [];
	if (category === 'car') {
		for (const id of ids) {
			const data = await didiData.call(this, { method: 'GET', path: '/river/Order/detail', qs: { order_id: id }, itemIndex: i });
			out.push({ order_id: id, category, ...(data ?? {}) });
		}
		return out;
	}
	const batches = planFor(this).get(category)!;
	for (const id of ids) {
		const record = (await fetchBatch(this, category, batches.get(id)!)).get(id);
		if (record) out.push({ order_id: id, category, ...record });
		else missing.push(id);
	}
	if (missing.length && ifNotFound === 'error') {
		v.fail('Order IDs (order_ids)', `: DiDi returned no ${category} order for ${missing.join(', ')}`);
	}
	return out;
}
