import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { buildApplicant, checkStartNotPast, existingApprovalId } from '../../shared/approval';
import { phoneCheckOf } from '../../shared/phone';
import { compact, showFor } from '../../shared/fields';
import { didiError, didiRequest } from '../../transport';
import type { DidiEnvelope } from '../../transport';
import { collectApprovalParams } from './build';
import { approvalExtraFields, approvalTypeField, memberTypeOptions, passengerField, tripFields } from './fields';
import { findByOutApprovalId, outApprovalScope } from './locate';

const properties: INodeProperties[] = [
	approvalTypeField,
	{
		displayName: 'Regulation (制度) Name or ID',
		name: 'regulationId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getRegulationsOrNone', loadOptionsDependsOn: ['approvalType'] },
		default: '',
		description: 'The approval regulation (差旅/行前审批制度) assigned to the applicant. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Out Approval ID (外部申请单ID)',
		name: 'outApprovalId',
		type: 'string',
		default: '',
		placeholder: 'e.g. OA-2026-0001',
		description:
			"Your approval's ID (≤120 characters). DiDi keeps it unique per company, approval type and applicant (company_id + approval_type + 申请人), which makes re-runs safe: the same ID for the same type and applicant never creates a second approval.",
	},
	{
		displayName: 'Applicant Identified By (申请人)',
		name: 'memberType',
		type: 'options',
		default: 0,
		options: memberTypeOptions,
	},
	{ displayName: 'Applicant Phone', name: 'applicantPhone', type: 'string', default: '', required: true, placeholder: 'e.g. 13800000000', displayOptions: { show: { memberType: [0] } } },
	{ displayName: 'Applicant Employee Number', name: 'applicantEmployeeNumber', type: 'string', default: '', required: true, displayOptions: { show: { memberType: [1] } } },
	{ displayName: 'Applicant Email', name: 'applicantEmail', type: 'string', placeholder: 'e.g. name@email.com', default: '', required: true, displayOptions: { show: { memberType: [2] } } },
	{ displayName: 'Reason (申请原因)', name: 'reason', type: 'string', default: '', placeholder: 'e.g. 北京出差', description: 'At most 200 characters' },
	...tripFields,
	passengerField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...approvalExtraFields,
			{
				displayName: 'Booking Rule Member (代订执行人)',
				name: 'executiveRegulationMember',
				type: 'string',
				default: '',
				description: 'Phone, employee number or email of the passenger whose regulation applies (required for "A Passenger\'s Regulation")',
			},
			{
				displayName: 'Booking Rule Member Identified By',
				name: 'executiveRegulationMemberType',
				type: 'options',
				default: 0,
				options: [
					{ name: 'Phone', value: 0 },
					{ name: 'Employee Number', value: 1 },
					{ name: 'Email', value: 2 },
				],
			},
			{
				displayName: 'Booking Rule Regulation Name or ID',
				name: 'executiveRegulationId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getRegulations' },
				default: '',
				description: 'Regulation of the booking rule member. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
			{
				displayName: 'Booking Rule Type (代订执行制度类型)',
				name: 'executiveRegulationType',
				type: 'options',
				default: 0,
				options: [
					{ name: "Applicant's Regulation (执行申请人制度)", value: 0 },
					{ name: 'External Travelers, Unrestricted (外部出行人不限差标)', value: 1 },
					{ name: "A Passenger's Regulation (执行出行人制度)", value: 2 },
					{ name: 'Per-Passenger Regulations (多人多差标)', value: 3 },
				],
			},
			{
				displayName: 'Out Trip ID (外部 Trip ID)',
				name: 'outTripId',
				type: 'string',
				default: '',
				description: "Your trip's ID: DiDi merges approvals with the same one into one card on the app's home page",
			},
			{ displayName: 'Out Trip Info (外部 Trip 信息)', name: 'outTripInfo', type: 'string', default: '', description: 'Trip information shown on that merged card' },
			{
				displayName: 'Policy Type (执行政策指定项)',
				name: 'policyType',
				type: 'options',
				default: 1,
				description: 'Instead of a regulation: which policy applies',
				options: [
					{ name: 'Out Rank ID (外部职级)', value: 1 },
					{ name: 'Employee Number', value: 2 },
					{ name: 'Employee Phone', value: 3 },
					{ name: 'Employee Email', value: 4 },
					{ name: 'Regulation ID', value: 5 },
				],
			},
			{ displayName: 'Policy Value', name: 'policyTypeValue', type: 'string', default: '', description: 'Value for Policy Type' },
		],
	},
	{
		displayName: 'If Out Approval ID Exists (50506)',
		name: 'onExisting',
		type: 'options',
		default: 'useExisting',
		description: 'What to do when DiDi already has an approval with this Out Approval ID, e.g. when a workflow is re-run',
		options: [
			{ name: 'Return the Existing Approval', value: 'useExisting', description: "Resolve to DiDi's existing approval; nothing is changed" },
			{ name: 'Update the Existing Approval', value: 'update', description: 'Send these details as an update' },
			{ name: 'Fail', value: 'fail', description: 'Raise DiDi error 50506' },
		],
	},
];

export const description = showFor('approval', 'create', properties);

/** The applicant (申请人): member_type and the matching phone / employee number / email. */
export async function readApplicant(this: IExecuteFunctions, i: number, v: Validator): Promise<IDataObject> {
	const memberType = Number(this.getNodeParameter('memberType', i, 0));
	const applicantParam = ['applicantPhone', 'applicantEmployeeNumber', 'applicantEmail'][memberType] ?? 'applicantPhone';
	return buildApplicant(v, memberType, this.getNodeParameter(applicantParam, i, ''), await phoneCheckOf.call(this, i));
}

/** Which policy applies: a regulation, or a policy type + value ("regulation_id与policy_type、policy_type_value至少有一组有值"). */
export function readPolicy(this: IExecuteFunctions, i: number, v: Validator, extra: IDataObject): IDataObject {
	const regulationId = String(this.getNodeParameter('regulationId', i, '')).trim();
	const policyValue = String(extra.policyTypeValue ?? '').trim();
	if (!regulationId && !policyValue) {
		v.fail('Regulation (regulation_id)', 'is required (or set Policy Type and Policy Value in Additional Fields)');
	}
	return compact({
		regulation_id: regulationId || undefined,
		...(policyValue ? { policy_type: Number(extra.policyType ?? 1), policy_type_value: policyValue } : {}),
	});
}

/** The booking rule (代订执行制度) for passengers booked by the applicant. */
export function readBookingRule(v: Validator, extra: IDataObject, passengerList: unknown): IDataObject {
	if (extra.executiveRegulationType === undefined) return {};
	const type = Number(extra.executiveRegulationType);
	const member = String(extra.executiveRegulationMember ?? '').trim();
	if (type === 2 && !member) {
		v.fail('Booking Rule Member (executive_regulation_member)', "is required when the booking rule is a passenger's regulation (executive_regulation_type 2)");
	}
	if (type === 1) {
		const passengers = passengerList ? (JSON.parse(passengerList as string) as IDataObject[]) : [];
		if (!passengers.length || passengers.some((p) => p.passenger_type !== 1)) {
			v.fail('Booking Rule Type (executive_regulation_type)', 'External Travelers, Unrestricted (1) needs every passenger to be an external traveler');
		}
	}
	return compact({
		executive_regulation_type: type,
		executive_regulation_id: extra.executiveRegulationId as string,
		executive_regulation_member_type: member ? Number(extra.executiveRegulationMemberType ?? 0) : undefined,
		executive_regulation_member: member,
	});
}

/** DiDi's approval already holding this out_approval_id for the same approval type and applicant (50506). */
async function existingApproval(this: IExecuteFunctions, i: number, envelope: DidiEnvelope, body: IDataObject, applicant: IDataObject): Promise<string> {
	const fromMessage = existingApprovalId(envelope.errmsg, envelope.data);
	if (fromMessage) return fromMessage;
	const scope = outApprovalScope(String(body.out_approval_id), Number(body.approval_type), applicant);
	const detail = await findByOutApprovalId.call(this, i, scope).catch(() => undefined);
	if (!detail) throw didiError(this, envelope, i);
	return String(detail.approval_id);
}

const UPDATABLE = ['reason', 'travel_detail', 'business_trip_detail', 'passenger_list', 'budget_center_id', 'budget_center_list', 'extend_field_list', 'extra_info', 'travel_budget', 'travel_management'];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const applicant = await readApplicant.call(this, i, v);
	const outApprovalId = String(this.getNodeParameter('outApprovalId', i, '')).trim();
	v.maxLength('Out Approval ID (out_approval_id)', outApprovalId, 120);
	const extra = this.getNodeParameter('additionalFields', i, {}) as IDataObject;
	const policy = readPolicy.call(this, i, v, extra);
	const shared = await collectApprovalParams.call(this, i, v);
	checkStartNotPast(v, shared.business_trip_detail);
	const body = compact({
		...shared,
		...applicant,
		...policy,
		out_approval_id: outApprovalId || undefined,
		...readBookingRule(v, extra, shared.passenger_list),
	});
	const onExisting = this.getNodeParameter('onExisting', i, 'useExisting') as string;

	const envelope = await didiRequest.call(this, {
		method: 'POST',
		path: '/river/Approval/create',
		body,
		itemIndex: i,
		// Without an out_approval_id a retried create could duplicate: no retry then.
		retries: outApprovalId ? 3 : 0,
		accept: outApprovalId ? ['50506'] : undefined,
	});
	const result = { out_approval_id: outApprovalId || undefined, approval_type: body.approval_type };
	if (String(envelope.errno ?? 0) !== '50506') {
		const data = (envelope.data ?? {}) as IDataObject;
		return { approval_id: data.approval_id, ...result, created: true };
	}
	if (onExisting === 'fail') throw didiError(this, envelope, i);
	const approvalId = await existingApproval.call(this, i, envelope, body, applicant);
	if (onExisting !== 'update') return { approval_id: approvalId, ...result, created: false, updated: false };
	const update: IDataObject = { approval_id: approvalId, out_approval_id: outApprovalId, approval_type: body.approval_type };
	for (const key of UPDATABLE) if (body[key] !== undefined) update[key] = body[key];
	await didiRequest.call(this, { method: 'POST', path: '/river/Approval/update', body: update, itemIndex: i });
	return { approval_id: approvalId, ...result, created: false, updated: true };
}
