import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { checkPhone, phoneCheckOf } from '../../shared/phone';

const properties: INodeProperties[] = [
	{ displayName: 'Order ID (订单号)', name: 'orderId', type: 'string', required: true, default: '', placeholder: 'e.g. 17000000000000000001', description: 'A company-paid ride order' },
	{
		displayName: 'Decision (审批结果)',
		name: 'isPass',
		type: 'options',
		default: 0,
		options: [
			{ name: 'Reject: Employee Pays (驳回, 生成个人付款单)', value: 0, description: 'DiDi creates a personal receipt the employee pays in the DiDi app' },
			{ name: 'Approve (通过)', value: 1 },
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{ displayName: 'Approver Phone (审批人手机号)', name: 'approver_phone', type: 'string', default: '', description: 'A member of the company; DiDi uses the super admin when empty' },
			{ displayName: 'Remark (备注)', name: 'remark', type: 'string', default: '', description: 'Reason for the rejection or note on the approval, up to 120 characters' },
		],
	},
];

export const description = showFor('afterApproval', 'syncResult', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const orderId = v.required('Order ID (order_id)', String(this.getNodeParameter('orderId', i, '')).trim());
	const isPass = v.oneOf('Decision (is_pass)', Number(this.getNodeParameter('isPass', i)), [0, 1]);
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const remark = String(options.remark ?? '').trim();
	v.maxLength('Remark (remark)', remark, 120);
	const approverPhone = checkPhone(v, 'Approver Phone (approver_phone)', options.approver_phone, await phoneCheckOf.call(this, i));
	const body: IDataObject = { order_id: orderId, is_pass: isPass, ...(remark ? { remark } : {}), ...(approverPhone ? { approver_phone: approverPhone } : {}) };
	await didiData.call(this, { method: 'POST', path: '/river/AfterApproval/createPersonalReceipt', body, itemIndex: i });
	return { order_id: orderId, is_pass: isPass, synced: true };
}
