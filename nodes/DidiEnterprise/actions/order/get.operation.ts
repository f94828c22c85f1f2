import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { outputProperties, shapeOutput } from '../../../common/output';
import { RIDE_ORDER } from '../../shared/rideOrder';
import { didiData } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Order ID (订单ID)', name: 'orderId', type: 'string', required: true, default: '', placeholder: 'e.g. 17592186044416' },
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{ displayName: 'Include Abnormal Info', name: 'need_abnormal_msg', type: 'boolean', default: false, description: 'Whether to include sensitive-order messages' },
			{ displayName: 'Include Caller Employee Number (叫车人员工编号)', name: 'need_call_employee_number', type: 'boolean', default: false, description: 'Whether the order carries the caller’s employee number (need_call_employee_number)' },
			{ displayName: 'Include Regulation Info (制度信息)', name: 'need_rule_info', type: 'boolean', default: false, description: 'Whether the order carries its regulation’s name and ID (need_rule_info: rule_name, regulation_id)' },
		],
	},
	...outputProperties(RIDE_ORDER),
];

export const description = showFor('order', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const orderId = v.required('Order ID (order_id)', String(this.getNodeParameter('orderId', i, '')).trim());
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const flags: IDataObject = {};
	for (const [key, value] of Object.entries(options)) if (value) flags[key] = 1;
	const data = await didiData.call(this, { method: 'GET', path: '/river/Order/detail', qs: { order_id: orderId, ...flags }, itemIndex: i });
	return shapeOutput(this, i, RIDE_ORDER)(data ?? {});
}
