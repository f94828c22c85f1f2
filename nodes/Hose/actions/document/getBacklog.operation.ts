import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { outputProperties, shapeOutput } from '../../../common/output';
import { DOCUMENT_OUTPUT } from '../../shared/document';
import { HOSE_PAGE_SIZE, readPaging } from '../../shared/paging';
import { optionalStaffId, optionalStaffLocator } from '../../shared/staffLookup';
import { hoseRequest, listOf } from '../../transport';
import { Validator } from '../../../common/validation';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			optionalStaffLocator(
				'Approver (审批人)',
				'approverId',
				'Only documents this staff member can act on (Hose lists them in each document’s actions)',
			),
		],
	},
	...outputProperties(DOCUMENT_OUTPUT),
];

export const description = showFor('document', 'getBacklog', properties);

/**
 * 获取企业下所有待审批单据 (`GET /api/openapi/v1/docs/backlog`, get-approve-corporation.md): pages by `index` and
 * `count` ≤ 100; `count` in the answer is the number of backlog entries, and a page can hold fewer documents
 * than entries (a countersign node's entries share one document), so pages are read until `index` passes that
 * total, not until a short page. Hose documents no filter: the approver filter keeps the documents whose
 * `actions` name that staff member.
 */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
	const approverId = await optionalStaffId.call(this, new Validator(this.getNode(), i), 'Approver (审批人) (approverId)', filters.approverId, i);
	const { returnAll, limit } = readPaging(this, i);
	const out: IDataObject[] = [];
	for (let index = 0; ; index += HOSE_PAGE_SIZE) {
		const page = listOf(await hoseRequest.call(this, { method: 'GET', path: '/api/openapi/v1/docs/backlog', qs: { index, count: HOSE_PAGE_SIZE }, itemIndex: i }));
		for (const document of page.records) {
			const actions = (document.actions ?? {}) as IDataObject;
			if (!approverId || Object.prototype.hasOwnProperty.call(actions, approverId)) out.push(document);
		}
		if (page.records.length === 0 || (!returnAll && out.length >= limit)) break;
		if (page.total === undefined ? page.records.length < HOSE_PAGE_SIZE : index + HOSE_PAGE_SIZE >= page.total) break;
	}
	const documents = returnAll ? out : out.slice(0, limit);
	return documents.map(shapeOutput(this, i, DOCUMENT_OUTPUT));
}
