import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { flowIdField } from '../../shared/document';
import { hoseRequest, valueOf } from '../../transport';

export const description = showFor('document', 'submit', [flowIdField]);

/** 提交单据: submits a draft (or a rejected document) for approval. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const flowId = v.required('Flow ID (单据ID) (flowId)', String(this.getNodeParameter('flowId', i, '')).trim());
	const answer = await hoseRequest.call(this, { method: 'POST', path: '/api/openapi/v2/flow/data/submitFlow', qs: { flowId }, itemIndex: i });
	return { flowId, submitted: true, ...(valueOf<IDataObject>(answer) ?? {}) };
}
