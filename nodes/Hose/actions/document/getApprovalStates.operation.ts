import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { listOfIds } from '../../shared/checks';
import { chunks } from '../../shared/upsert';
import { hoseRequest, idListSegment, listOf } from '../../transport';

/** IDs per 获取单据审批状态 call [assumption: 100, like Hose's other lists]. */
const STATES_PER_CALL = 100;

const properties: INodeProperties[] = [
	{
		displayName: 'Flow IDs',
		name: 'flowIds',
		type: 'string',
		default: '',
		required: true,
		description: 'Document IDs, comma-separated or an array from an expression; any number (sent 100 per call)',
	},
];

export const description = showFor('document', 'getApprovalStates', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const ids = listOfIds(this.getNodeParameter('flowIds', i));
	if (ids.length === 0) v.fail('Flow IDs (flowIds)', 'is required');
	const out: IDataObject[] = [];
	for (const part of chunks(ids, STATES_PER_CALL)) {
		const body = await hoseRequest.call(this, { method: 'GET', path: `/api/openapi/v2/approveStates/${idListSegment(part)}`, itemIndex: i });
		out.push(...listOf(body).records);
	}
	return out;
}
