import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { listOfIds } from '../../shared/checks';
import { hoseRequest, idListSegment } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName: 'Requisition IDs',
		name: 'requisitionIds',
		type: 'string',
		default: '',
		required: true,
		description: 'One or more requisition IDs (comma-separated or an array from an expression)',
	},
];

export const description = showFor('requisition', 'close', properties);

/** 关闭申请事项 (`PUT /api/openapi/v1/requisition/closeRequisition/[ids]`). */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const ids = listOfIds(this.getNodeParameter('requisitionIds', i));
	if (ids.length === 0) v.fail('Requisition IDs (requisitionIds)', 'is required');
	await hoseRequest.call(this, { method: 'PUT', path: `/api/openapi/v1/requisition/closeRequisition/${idListSegment(ids)}`, itemIndex: i });
	return { ids, closed: true };
}
