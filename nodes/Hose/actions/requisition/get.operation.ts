import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { requisitionLocator } from '../../shared/requisition';
import { readLocator } from '../../shared/staffLookup';
import { hoseRequest, idSegment, valueOf } from '../../transport';

const properties: INodeProperties[] = [requisitionLocator('Requisition (申请事项)', 'requisitionId', true)];

export const description = showFor('requisition', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const id = v.required('Requisition (申请事项) (requisitionId)', readLocator(this.getNodeParameter('requisitionId', i, '')).value);
	return valueOf(await hoseRequest.call(this, { method: 'GET', path: `/api/openapi/v1/requisition/${idSegment(id)}`, itemIndex: i }));
}
