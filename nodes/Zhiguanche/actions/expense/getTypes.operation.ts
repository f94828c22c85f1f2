import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { zgcData } from '../../transport';

export const description = [];

/** Every expense type ZhiGuanChe knows: `{code, name}`. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const types = (await zgcData.call(this, { method: 'GET', path: '/expenses/types', itemIndex: i })) as unknown as IDataObject[];
	return Array.isArray(types) ? types : [];
}
