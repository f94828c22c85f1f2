import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { locatorValue } from '../../shared/fields';

/** `{ approval_id }` or `{ out_approval_id }` from the approval locator. */
export function approvalKey(this: IExecuteFunctions, i: number): IDataObject {
	const { mode, value } = locatorValue(this.getNodeParameter('approval', i));
	const v = new Validator(this.getNode(), i);
	if (mode === 'outApprovalId') {
		v.required('Approval (out_approval_id)', value);
		v.maxLength('Approval (out_approval_id)', value, 120);
		return { out_approval_id: value };
	}
	v.required('Approval (approval_id)', value);
	return { approval_id: value };
}
