import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { zgcData } from '../../transport';

export const description = [];

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await zgcData.call(this, { method: 'GET', path: '/company/info', itemIndex: i });
}
