import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { paginate } from '../../../common/pagination';
import { Validator } from '../../../common/validation';
import { HOSE_PAGE_SIZE, readPaging } from '../../shared/paging';
import { windowTime } from '../../shared/values';
import { hoseRequest } from '../../transport';
import { outputProperties, shapeOutput, type OutputShape } from '../../../common/output';

/** The fields of Hose's 订单管理 template that Simplify keeps first (then others, up to 10). */
const MAIN_ORDER_FIELDS = ['id', 'code', 'name', '订单号', '订单状态', '订单金额', '出行人', '出发地', '到达地', 'createTime'];
const META_FIELDS = new Set(['active', 'entityId', 'updateTime']);

/**
 * One record of the answer is `{dataLink, ledger, planned, plans, ledgers}`. Simplify (and Selected Fields) read the
 * order in `dataLink` with Hose's "E_<business object ID>_" prefix taken off (订单号, 订单金额 …), at most 10 of its
 * fields; Raw is the record as Hose sent it.
 */
function orderOutput(entityId: string): OutputShape {
	const prefix = `E_${entityId}_`;
	return {
		id: 'id',
		simple: MAIN_ORDER_FIELDS,
		fields: [...MAIN_ORDER_FIELDS, 'active', 'entityId', 'updateTime'],
		prepare: (record) => {
			const out: IDataObject = {};
			for (const [key, value] of Object.entries((record.dataLink ?? {}) as IDataObject)) out[key.startsWith(prefix) ? key.slice(prefix.length) : key] = value;
			return out;
		},
		simplify: (order) => {
			const keys = [...MAIN_ORDER_FIELDS.filter((key) => key in order), ...Object.keys(order).filter((key) => !MAIN_ORDER_FIELDS.includes(key) && !META_FIELDS.has(key))];
			return Object.fromEntries(keys.slice(0, 10).map((key) => [key, order[key]])) as IDataObject;
		},
	};
}

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
	...outputProperties(orderOutput('')),
];

export const description = showFor('travel', 'searchOrders', properties);

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
	return records.map(shapeOutput(this, i, orderOutput(entityId)));
}
