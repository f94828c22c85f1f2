import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readFields, toProperty, type ZgcField } from '../../shared/fields';
import { vehicleRequestLocator } from '../../shared/locators';
import { runAction } from '../../shared/request';

const FIELDS: ZgcField[] = [
	{ name: 'approverMobile', displayName: 'Approver Mobile (审批人手机号)', kind: 'mobile' },
	{ name: 'comment', displayName: 'Comment (审批意见)' },
	{
		name: 'driverId',
		displayName: 'Driver (司机) Name or ID',
		property: {
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getDrivers' },
			description: 'Default: the vehicle\'s driver. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	},
	{
		name: 'vehicleId',
		displayName: 'Vehicle (车辆) Name or ID',
		property: {
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getVehicles' },
			description: 'Default: the first idle vehicle. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
	},
];

const properties: INodeProperties[] = [
	vehicleRequestLocator,
	{ displayName: 'Dispatch', name: 'dispatch', type: 'collection', placeholder: 'Add Field', default: {}, options: FIELDS.map((f) => toProperty(f)) },
];

export const description = showFor('vehicleRequest', 'approve', properties);

/** Approves and dispatches (派车): vehicle and driver assigned, the vehicle becomes in use. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const body = readFields(v, FIELDS, this.getNodeParameter('dispatch', i, {}) as IDataObject);
	return await runAction(this, v, i, 'approve', body);
}
