import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { outputProperties, shapeOutput } from '../../../common/output';
import { USAGE_RECORD } from '../../shared/shapes';
import { zgcData } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Usage Record ID (用车记录)', name: 'usageRecordId', type: 'string', required: true, default: '', placeholder: 'e.g. 2000001' },
	...outputProperties(USAGE_RECORD),
];

export const description = showFor('usageRecord', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const id = v.required('Usage Record ID (usageRecordId)', String(this.getNodeParameter('usageRecordId', i, '')).trim());
	return shapeOutput(this, i, USAGE_RECORD)(await zgcData.call(this, { method: 'GET', path: `/usage-records/${encodeURIComponent(id)}`, itemIndex: i }));
}
