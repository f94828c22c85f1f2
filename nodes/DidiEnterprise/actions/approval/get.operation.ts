import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { approvalLocator } from './fields';
import { approvalKey } from './locate';

export const description = showFor('approval', 'get', [approvalLocator]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const key = approvalKey.call(this, i);
	const data = await didiData.call(this, { method: 'GET', path: '/open-apis/v1/approval/detail', qs: key, itemIndex: i });
	return data ?? {};
}
