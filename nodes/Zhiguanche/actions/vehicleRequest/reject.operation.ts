import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { vehicleRequestLocator } from '../../shared/locators';
import { runAction } from '../../shared/request';

const properties: INodeProperties[] = [
	vehicleRequestLocator,
	{ displayName: 'Comment (驳回意见)', name: 'comment', type: 'string', required: true, default: '', description: 'Why the request is rejected' },
];

export const description = showFor('vehicleRequest', 'reject', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const comment = v.required('Comment (comment)', String(this.getNodeParameter('comment', i, '')).trim());
	return await runAction(this, v, i, 'reject', { comment });
}
