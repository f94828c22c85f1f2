import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { flowIdField } from '../../shared/document';
import { hoseRequest, listOf } from '../../transport';

export const description = showFor('document', 'getApprovalLog', [flowIdField]);

/** 根据单据ID查询所有待办已办事项: every approval step of the document, one item each. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const flowId = v.required('Flow ID (单据ID) (flowId)', String(this.getNodeParameter('flowId', i, '')).trim());
	const body = await hoseRequest.call(this, { method: 'GET', path: '/api/openapi/v1.1/flowDetails/allLogs', qs: { flowId }, itemIndex: i });
	return listOf(body).records.map((entry) => ({ flowId, ...entry }));
}
