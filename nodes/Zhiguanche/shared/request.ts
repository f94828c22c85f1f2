/** Vehicle requests (用车申请): fields of a create, and the state changes approve / reject / cancel / complete. */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { locatorValue } from '../../common/fields';
import type { Validator } from '../../common/validation';
import { zgcData } from '../transport';
import { fieldLabel, type ZgcField } from './fields';
import { vehicleRequestLocator } from './locators';

export const REQUEST_FIELDS: { required: ZgcField[]; optional: ZgcField[] } = {
	required: [
		{
			name: 'outerId',
			displayName: 'OA Request ID (外部单号)',
			property: { description: 'The OA form\'s ID: the idempotency key — running the workflow again for the same form never creates a second request' },
		},
		{ name: 'applicantMobile', displayName: 'Applicant Mobile (申请人手机号)', kind: 'mobile' },
		{ name: 'startTime', displayName: 'Start Time (用车开始时间)', kind: 'time', property: { type: 'dateTime' } },
		{ name: 'endTime', displayName: 'End Time (用车结束时间)', kind: 'time', property: { type: 'dateTime' } },
		{ name: 'origin', displayName: 'Origin (出发地)' },
		{ name: 'destination', displayName: 'Destination (目的地)' },
	],
	optional: [
		{ name: 'passengers', displayName: 'Passengers (乘车人数)', kind: 'integer', property: { default: 1, typeOptions: { minValue: 1, maxValue: 60 } } },
		{ name: 'reason', displayName: 'Reason (用车事由)' },
		{ name: 'useType', displayName: 'Use Type (用车类型)', property: { placeholder: 'e.g. business' } },
		{
			name: 'departmentId',
			displayName: 'Department (部门) Name or ID',
			property: {
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getDepartments' },
				description: 'Cost department; default: the applicant\'s. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		},
		{
			name: 'vehicleGroupId',
			displayName: 'Vehicle Group (车辆分组) Name or ID',
			property: {
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getVehicleGroups' },
				description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
		},
	],
};

export type RequestAction = 'approve' | 'reject' | 'cancel' | 'complete';

/** The status each action leads to, and the statuses it may start from (contract "request actions"). */
export const ACTIONS: Record<RequestAction, { to: string; from: string[] }> = {
	approve: { to: 'approved', from: ['pending'] },
	reject: { to: 'rejected', from: ['pending'] },
	cancel: { to: 'cancelled', from: ['pending', 'approved'] },
	complete: { to: 'completed', from: ['approved'] },
};

/** The request the locator names — by ZhiGuanChe ID or by OA Request ID (outerId). */
export async function readRequest(context: IExecuteFunctions, v: Validator, i: number): Promise<IDataObject> {
	const ref = v.required(fieldLabel(vehicleRequestLocator), locatorValue(context.getNodeParameter('requestId', i)).value);
	return await zgcData.call(context, { method: 'GET', path: `/vehicle-requests/${encodeURIComponent(ref)}`, itemIndex: i });
}

/**
 * Runs one action exactly once: a request already in the action's target status is answered as it is
 * (`changed: false`, nothing sent), so a re-run of the workflow does not fail or act twice.
 */
export async function runAction(
	context: IExecuteFunctions,
	v: Validator,
	i: number,
	action: RequestAction,
	body: IDataObject,
): Promise<IDataObject> {
	const request = await readRequest(context, v, i);
	if (request.status === ACTIONS[action].to) return { ...request, changed: false };
	const updated = await zgcData.call(context, {
		method: 'POST',
		path: `/vehicle-requests/${encodeURIComponent(String(request.id))}/${action}`,
		body,
		itemIndex: i,
	});
	return { ...updated, changed: true };
}
