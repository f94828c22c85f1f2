import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { paginate } from '../../../common/pagination';
import { Validator } from '../../../common/validation';
import { HOSE_PAGE_SIZE, readPaging } from '../../shared/paging';
import { windowTime } from '../../shared/values';
import { hoseRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Business Object ID (业务对象ID)',
		name: 'entityId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 79180b9ed9cade87e000',
		description:
			'The entityId of the 订单管理 (or 行程管理) business object to read — flights, hotels, trains and cars each have their own. Hose console → 扩展中心 → 订单管理 → the object → its ID.',
	},
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{ displayName: 'Created After', name: 'startDate', type: 'dateTime', default: '' },
			{ displayName: 'Created Before', name: 'endDate', type: 'dateTime', default: '' },
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return each order\'s fields without Hose\'s "E_&lt;business object ID&gt;_" prefix (订单号, 订单金额 …) and without the empty ledger/plan parts',
	},
];

export const description = showFor('travel', 'searchOrders', properties);

/** One record of the answer: `{dataLink, ledger, planned, plans, ledgers}` → the order (simplified or as is). */
function orderOf(record: IDataObject, entityId: string, simplify: boolean): IDataObject {
	if (!simplify) return record;
	const prefix = `E_${entityId}_`;
	const out: IDataObject = {};
	for (const [key, value] of Object.entries((record.dataLink ?? {}) as IDataObject)) {
		out[key.startsWith(prefix) ? key.slice(prefix.length) : key] = value;
	}
	return out;
}

/**
 * 获取行程管理/订单管理业务对象列表 (`POST …/datalink/TRAVEL_MANAGEMENT/searchOrders`, get-tripManager-order.md):
 * body `{entityId, start, count ≤ 100, startDate, endDate}` (creation time, `yyyy-MM-dd HH:mm:ss`); the answer is
 * `{items: {total, data: [{dataLink: {…}}]}}`.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const entityId = v.required('Business Object ID (业务对象ID) (entityId)', String(this.getNodeParameter('entityId', i, '') ?? '').trim());
	if (/\s/.test(entityId)) v.fail('Business Object ID (业务对象ID) (entityId)', `must not contain spaces (got "${entityId}")`);
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const startDate = windowTime(v, 'Created After (startDate)', filters.startDate);
	const endDate = windowTime(v, 'Created Before (endDate)', filters.endDate);
	if (startDate && endDate && endDate < startDate) v.fail('Created Before (endDate)', `must be on or after Created After (${startDate})`);
	const simplify = this.getNodeParameter('simplify', i, true) as boolean;
	const window: IDataObject = { ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}) };
	const records = await paginate(
		async ({ offset, pageSize }) => {
			const body = (await hoseRequest.call(this, {
				method: 'POST',
				path: '/api/openapi/v2.1/datalink/TRAVEL_MANAGEMENT/searchOrders',
				body: { entityId, start: offset, count: pageSize, ...window },
				itemIndex: i,
			})) as { items?: { total?: unknown; data?: unknown } };
			const total = Number(body?.items?.total);
			return {
				records: Array.isArray(body?.items?.data) ? (body.items.data as IDataObject[]) : [],
				total: Number.isFinite(total) ? total : undefined,
			};
		},
		{ ...readPaging(this, i), maxPageSize: HOSE_PAGE_SIZE },
	);
	return records.map((record) => orderOf(record, entityId, simplify));
}
