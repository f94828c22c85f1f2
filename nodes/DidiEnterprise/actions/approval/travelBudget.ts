import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { Validator } from '../../../common/validation';

/**
 * travel_budget / travel_management (didi-operations.txt, Approval/create and /update): "travel_budget 差旅预算总额，
 * 一个申请单对应一个总预算纬度" = { budget_amount "单位 分", budget_type "1 申请单维度", budget_share "1 市内用车 2 接送场景
 * 301 国内酒店 401 火车票 601 国内机票 701 国际机票 801 国际酒店" }; "travel_management 目前仅支持市内用车每日限额设置" =
 * { daily_amount_control: [{ daily_amount, control_type "1 日清", control_product "1 市内用车" }] }. Amounts are
 * entered in yuan and sent in fen, like the other approval amounts.
 */
export const travelBudgetFields: INodeProperties[] = [
	{
		displayName: 'Travel Budget (差旅预算总额, Yuan)',
		name: 'travelBudgetAmount',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: 'One total budget for the whole approval, in yuan (sent in fen)',
	},
	{
		displayName: 'Travel Budget Categories (预算品类)',
		name: 'travelBudgetShare',
		type: 'multiOptions',
		default: [],
		description: 'Categories the budget may pay for; DiDi intersects them with those the regulation enables',
		options: [
			{ name: 'City Rides (市内用车)', value: 1 },
			{ name: 'Airport / Station Transfer (接送场景)', value: 2 },
			{ name: 'Domestic Hotel (国内酒店)', value: 301 },
			{ name: 'Train (火车票)', value: 401 },
			{ name: 'Domestic Flight (国内机票)', value: 601 },
			{ name: 'International Flight (国际机票)', value: 701 },
			{ name: 'International Hotel (国际酒店)', value: 801 },
		],
	},
	{
		displayName: 'Daily City-Ride Limit (市内用车每日限额, Yuan)',
		name: 'dailyRideLimit',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: 'Per person and day, settled daily (日清); sent in fen as travel_management',
	},
];

/** Update only: "字段传输，空对象时处理为清空". */
export const clearTravelBudgetField: INodeProperties = {
	displayName: 'Clear Travel Budget (清空差旅预算)',
	name: 'clearTravelBudget',
	type: 'boolean',
	default: false,
	description: 'Whether to remove the approval\'s travel budget (sends an empty travel_budget)',
};

const fen = (v: Validator, field: string, yuan: number): number => {
	const cents = Math.round(yuan * 100);
	if (!Number.isFinite(yuan) || yuan < 0 || Math.abs(cents - yuan * 100) > 1e-6) v.fail(field, `must be a positive amount in yuan with at most two decimals (got ${yuan})`);
	return cents;
};

/** The travel_budget / travel_management params the extra fields ask for. */
export function travelBudgetParams(extra: IDataObject, v: Validator): IDataObject {
	const out: IDataObject = {};
	const amount = Number(extra.travelBudgetAmount ?? 0);
	const share = ((extra.travelBudgetShare as unknown[] | undefined) ?? []).map(Number);
	if (extra.clearTravelBudget) {
		if (amount > 0 || share.length) v.fail('Clear Travel Budget (travel_budget)', 'cannot be combined with a Travel Budget');
		out.travel_budget = '{}';
	} else if (amount > 0 || share.length) {
		if (!(amount > 0)) v.fail('Travel Budget (travel_budget.budget_amount)', 'is required when budget categories are given');
		out.travel_budget = JSON.stringify({ budget_amount: fen(v, 'Travel Budget (travel_budget.budget_amount)', amount), budget_type: 1, ...(share.length ? { budget_share: share } : {}) });
	}
	const daily = Number(extra.dailyRideLimit ?? 0);
	if (daily > 0) {
		out.travel_management = JSON.stringify({ daily_amount_control: [{ daily_amount: fen(v, 'Daily City-Ride Limit (travel_management.daily_amount)', daily), control_type: 1, control_product: [1] }] });
	}
	return out;
}
