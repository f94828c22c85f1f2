import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../shared/fields';
import { didiRequest } from '../../transport';
import { approvalLocator } from './fields';
import { approvalKey } from './locate';

const properties: INodeProperties[] = [
	approvalLocator,
	{
		displayName: 'Force (强制取消)',
		name: 'force',
		type: 'boolean',
		default: false,
		description: 'Whether to cancel even with open orders (DiDi must have enabled forced cancellation for the company)',
	},
];

export const description = showFor('approval', 'cancel', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const key = approvalKey.call(this, i);
	const force = this.getNodeParameter('force', i, false) as boolean;
	await didiRequest.call(this, {
		method: 'POST',
		path: '/river/Approval/cancel',
		body: { ...key, ...(force ? { is_force: 1 } : {}) },
		itemIndex: i,
	});
	return { ...key, cancelled: true };
}
