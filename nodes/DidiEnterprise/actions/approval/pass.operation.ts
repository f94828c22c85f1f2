import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { checkPhone, phoneCheckOf } from '../../shared/phone';

const properties: INodeProperties[] = [
	{
		displayName: 'Object Type (授权对象)',
		name: 'objectType',
		type: 'options',
		default: 1,
		options: [
			{ name: 'Order (订单)', value: 1 },
			{ name: 'Approval (审批单)', value: 2 },
		],
	},
	{
		displayName: 'Object ID (授权ID)',
		name: 'objectId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 17000000000000000001',
		description: "DiDi's order ID or approval ID, as the Object Type says",
	},
	{
		displayName: 'Approval Kind (审批类型)',
		name: 'objectApprovalType',
		type: 'options',
		default: 4,
		options: [
			{ name: 'Personal to Company Payment (个转企)', value: 4, description: 'An employee paid a ride personally and asks the company to take it over' },
			{ name: 'Company Pre-Trip Approval for Rides (企业级事前审批单用车)', value: 21 },
		],
	},
	{
		displayName: 'Decision (审批结果)',
		name: 'isPass',
		type: 'options',
		default: 1,
		options: [
			{ name: 'Approve (通过)', value: 1 },
			{ name: 'Reject (拒绝)', value: 2 },
		],
	},
	{ displayName: 'Current Approver Phone (当前审批人)', name: 'approverPhone', type: 'string', default: '', placeholder: 'e.g. 13800000000', description: 'Phone of the member who decided (sent as cur_approver)' },
];

export const description = showFor('approval', 'pass', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const objectType = v.oneOf('Object Type (object_type)', Number(this.getNodeParameter('objectType', i)), [1, 2]);
	const objectId = v.required('Object ID (object_id)', String(this.getNodeParameter('objectId', i, '')).trim());
	if (!/^\d+$/.test(objectId)) v.fail('Object ID (object_id)', `must be a DiDi ${objectType === 1 ? 'order' : 'approval'} ID (digits, got "${objectId}")`);
	const kind = v.oneOf('Approval Kind (object_approval_type)', Number(this.getNodeParameter('objectApprovalType', i)), [4, 21]);
	const isPass = v.oneOf('Decision (is_pass)', Number(this.getNodeParameter('isPass', i)), [1, 2]);
	const phone = checkPhone(v, 'Current Approver Phone (cur_approver)', this.getNodeParameter('approverPhone', i, ''), await phoneCheckOf.call(this, i));
	const body: IDataObject = {
		object_type: objectType,
		// DiDi's ids have up to 20 digits, beyond JSON's exact integers: sent as the digit string.
		object_id: objectId,
		object_approval_type: kind,
		is_pass: isPass,
		...(phone ? { cur_approver: JSON.stringify({ type: 'phone', value: phone }) } : {}),
	};
	const data = await didiData.call(this, { method: 'POST', path: '/river/Approval/pass', body, itemIndex: i });
	return { approval_id: data?.approval_id, object_type: objectType, object_id: objectId, object_approval_type: kind, is_pass: isPass };
}
