import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor, toJsonString } from '../../shared/fields';
import { memberDataFields, toMemberData } from '../../shared/member';
import { requireAes256ForBirthDate } from '../../shared/memberBirthDate';
import { didiError, didiRequest } from '../../transport';
import { checkPhone, phoneCheckOf } from '../../shared/phone';

const properties: INodeProperties[] = [
	{
		displayName: 'Name (姓名)',
		name: 'realname',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 张三',
	},
	{
		displayName: 'Phone',
		name: 'phone',
		type: 'string',
		default: '',
		placeholder: 'e.g. 13800000000',
		description: 'Mobile phone. Give at least one of Phone, Employee Number or Email: DiDi identifies the member by it.',
	},
	{
		displayName: 'Employee Number (工号)',
		name: 'employeeNumber',
		type: 'string',
		default: '',
		placeholder: 'e.g. E10001',
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
	},
	{
		displayName: 'If Member Exists (50202)',
		name: 'onExisting',
		type: 'options',
		default: 'useExisting',
		description: 'What to do when DiDi already has this member, e.g. when a workflow is re-run',
		options: [
			{ name: 'Return the Existing Member', value: 'useExisting', description: 'Resolve to the existing member ID; nothing is changed' },
			{ name: 'Update the Existing Member', value: 'update', description: 'Apply these fields to the existing member' },
			{ name: 'Fail', value: 'fail', description: 'Raise DiDi error 50202' },
		],
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: memberDataFields.filter((f) => !['realname', 'phone', 'employee_number', 'email'].includes(f.name)),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Send SMS Invitation (发短信)',
				name: 'sendMessage',
				type: 'boolean',
				default: false,
				description: 'Whether DiDi texts the new member an invitation',
			},
		],
	},
];

export const description = showFor('member', 'create', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const validator = new Validator(this.getNode(), i);
	const realname = validator.required('Name (realname)', String(this.getNodeParameter('realname', i, '')).trim());
	const phoneCheck = await phoneCheckOf.call(this, i);
	const phone = checkPhone(validator, 'Phone (phone)', this.getNodeParameter('phone', i, ''), phoneCheck);
	const employeeNumber = String(this.getNodeParameter('employeeNumber', i, '')).trim();
	const email = String(this.getNodeParameter('email', i, '')).trim();
	if (!phone && !employeeNumber && !email) {
		validator.fail('Phone (phone)', 'or Employee Number (employee_number) or Email (email) is required');
	}
	const additional = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const options = this.getNodeParameter('options', i, {}) as IDataObject;
	const onExisting = this.getNodeParameter('onExisting', i, 'useExisting') as string;
	const data = toMemberData({ ...additional, realname, phone, employee_number: employeeNumber, email }, validator, phoneCheck);
	await requireAes256ForBirthDate.call(this, data, validator, i);

	const envelope = await didiRequest.call(this, {
		method: 'POST',
		path: '/river/Member/single',
		body: { data: toJsonString(data), send_message: options.sendMessage ? 1 : 0 },
		itemIndex: i,
		bucket: 'memberWrite',
		// A retried create that DiDi had already applied meets 50202 and resolves to that member — unless the
		// user chose to fail on existing members: then no retry.
		retries: onExisting === 'fail' ? 0 : 3,
		accept: ['50202'],
	});
	if (String(envelope.errno ?? 0) !== '50202') {
		const created = (envelope.data ?? {}) as IDataObject;
		return { id: created.id, ...created, created: true };
	}
	// DiDi already has the member: its id is in data.member_id (or data.id).
	const existing = (envelope.data ?? {}) as IDataObject;
	const memberId = existing.member_id ?? existing.id;
	if (onExisting === 'fail' || !memberId) throw didiError(this, envelope, i);
	if (onExisting === 'update') {
		await didiRequest.call(this, {
			method: 'POST',
			path: '/river/Member/edit',
			body: { member_id: String(memberId), data: toJsonString(data) },
			itemIndex: i,
			bucket: 'memberWrite',
		});
		return { id: String(memberId), created: false, updated: true };
	}
	return { id: String(memberId), created: false, updated: false };
}
