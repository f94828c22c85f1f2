import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiRequest } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Out ID (外部审批单ID)',
		name: 'outId',
		type: 'string',
		required: true,
		default: '',
		description: "The out_id from DiDi's approval notification (use the DiDi Enterprise Trigger)",
	},
	{
		displayName: 'Decision (审批结果)',
		name: 'status',
		type: 'options',
		default: 1,
		options: [
			{ name: 'Approved (通过)', value: 1 },
			{ name: 'Rejected (驳回)', value: 0 },
		],
	},
];

export const description = showFor('approval', 'syncResult', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const outId = v.required('Out ID (out_id)', String(this.getNodeParameter('outId', i, '')).trim());
	const status = v.oneOf('Decision (status)', Number(this.getNodeParameter('status', i)), [0, 1]);
	await didiRequest.call(this, { method: 'POST', path: '/river/OutApproval/Status', body: { out_id: outId, status }, itemIndex: i });
	return { out_id: outId, status, synced: true };
}
