import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readFields, toProperty, type ZgcField } from '../../shared/fields';
import { listRecords, readPaging } from '../../shared/list';
import { outputProperties, shapeOutput } from '../../../common/output';
import { VEHICLE_REQUEST } from '../../shared/shapes';

const FILTERS: ZgcField[] = [
	{ name: 'applicantMobile', displayName: 'Applicant Mobile (申请人手机号)', kind: 'mobile' },
	{ name: 'outerId', displayName: 'OA Request ID (外部单号)' },
	{
		name: 'status',
		displayName: 'Status (状态)',
		property: {
			type: 'options',
			default: 'pending',
			options: [
				{ name: 'Approved (已审批)', value: 'approved' },
				{ name: 'Cancelled (已取消)', value: 'cancelled' },
				{ name: 'Completed (已完成)', value: 'completed' },
				{ name: 'Pending (待审批)', value: 'pending' },
				{ name: 'Rejected (已驳回)', value: 'rejected' },
			],
		},
	},
	{
		name: 'vehicleId',
		displayName: 'Vehicle (车辆) Name or ID',
		property: {
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getVehicles' },
			description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
	},
];

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: FILTERS.map((f) => toProperty(f)) },
	...outputProperties(VEHICLE_REQUEST),
];

export const description = showFor('vehicleRequest', 'getMany', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const qs = readFields(v, FILTERS, this.getNodeParameter('filters', i, {}) as IDataObject);
	return (await listRecords.call(this, { path: '/vehicle-requests', qs, itemIndex: i, ...readPaging(this, i) })).map(shapeOutput(this, i, VEHICLE_REQUEST));
}
