import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { hoseRequest, idSegment, valueOf } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Requisition ID (申请事项ID)', name: 'requisitionId', type: 'string', default: '', required: true },
];

export const description = showFor('requisition', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const id = v.required('Requisition ID (申请事项ID) (requisitionId)', String(this.getNodeParameter('requisitionId', i, '')).trim());
	return valueOf(await hoseRequest.call(this, { method: 'GET', path: `/api/openapi/v1/requisition/${idSegment(id)}`, itemIndex: i }));
}
