/**
 * Finding an approval. DiDi keeps `out_approval_id` unique per company + approval type + applicant
 * (didi-operations.txt, Approval/create 注意: "唯一性校验：company_id+approval_type+申请人维度"), not per company:
 * two applicants may each have an approval TA_1. So a lookup by Out Approval ID always carries the approval
 * type and the applicant, and resolves to DiDi's approval_id before anything is changed.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { buildApplicant } from '../../shared/approval';
import { phoneCheckOf } from '../../shared/phone';
import { locatorValue } from '../../shared/fields';
import { didiData } from '../../transport';
import { memberTypeOptions } from './fields';

const SCOPE_HINT = 'Used when the approval is given by Out Approval ID: DiDi keeps it unique per company, approval type and applicant';

/** The applicant that, with the approval type, scopes an Out Approval ID (shown on Get, Cancel, Update, Get Orders). */
export const outApprovalScopeFields: INodeProperties[] = [
	{
		displayName: 'Applicant Identified By (申请人, for Out Approval ID)',
		name: 'scopeMemberType',
		type: 'options',
		default: 0,
		description: SCOPE_HINT,
		options: memberTypeOptions,
	},
	{
		displayName: 'Applicant (申请人, for Out Approval ID)',
		name: 'scopeApplicant',
		type: 'string',
		default: '',
		placeholder: 'e.g. 13800000000',
		description: `The applicant's phone, employee number or email. ${SCOPE_HINT}.`,
	},
];

/** What identifies an approval by Out Approval ID: out_approval_id + approval_type + applicant key. */
export function outApprovalScope(outApprovalId: string, approvalType: number, applicant: IDataObject): IDataObject {
	return { out_approval_id: outApprovalId, approval_type: approvalType, ...applicant };
}

/** DiDi's approval record for a scoped Out Approval ID (GET /open-apis/v1/approval/detail). */
export async function findByOutApprovalId(this: IExecuteFunctions, i: number, scope: IDataObject): Promise<IDataObject> {
	const detail = (await didiData.call(this, { method: 'GET', path: '/open-apis/v1/approval/detail', qs: scope, itemIndex: i })) as IDataObject | undefined;
	if (!detail?.approval_id) {
		throw new NodeOperationError(this.getNode(), `DiDi has no approval with out_approval_id ${String(scope.out_approval_id)} for this approval type and applicant [item ${i}]`, { itemIndex: i });
	}
	return detail;
}

/** The approval from the locator as `{ approval_id }`; an Out Approval ID is resolved within its scope first. */
export async function approvalKey(this: IExecuteFunctions, i: number, approvalType: number): Promise<{ key: IDataObject; detail?: IDataObject }> {
	const { mode, value } = locatorValue(this.getNodeParameter('approval', i));
	const v = new Validator(this.getNode(), i);
	if (mode !== 'outApprovalId') {
		v.required('Approval (approval_id)', value);
		return { key: { approval_id: value } };
	}
	v.required('Approval (out_approval_id)', value);
	v.maxLength('Approval (out_approval_id)', value, 120);
	v.oneOf('Approval Type (approval_type)', approvalType, [1, 2, 3]);
	const memberType = Number(this.getNodeParameter('scopeMemberType', i, 0));
	const applicant = buildApplicant(v, memberType, this.getNodeParameter('scopeApplicant', i, ''), await phoneCheckOf.call(this, i));
	const detail = await findByOutApprovalId.call(this, i, outApprovalScope(value, approvalType, applicant));
	return { key: { approval_id: String(detail.approval_id), out_approval_id: value }, detail };
}
