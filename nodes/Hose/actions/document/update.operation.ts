import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { flowIdField } from '../../shared/document';
import { epochMs } from '../../shared/values';
import { hoseRequest, idSegment } from '../../transport';
import { buildLines } from './create.operation';

const properties: INodeProperties[] = [
	flowIdField,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Hose accepts changes to drafts and rejected documents only',
		options: [
			{ displayName: 'Description (描述)', name: 'description', type: 'string', default: '' },
			{ displayName: 'Expense Date (报销日期)', name: 'expenseDate', type: 'dateTime', default: '' },
			{
				displayName: 'Expense Lines (JSON)',
				name: 'detailsJson',
				type: 'json',
				default: '[]',
				description: 'Replaces the expense lines: [{"feeTypeId": "…", "amount": "100.00", "feeDate": "2026-05-01"}]',
			},
			{ displayName: 'Other Form Fields (JSON)', name: 'formJson', type: 'json', default: '{}' },
			{ displayName: 'Title (单据标题)', name: 'title', type: 'string', default: '' },
		],
	},
];

export const description = showFor('document', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const flowId = v.required('Flow ID (单据ID) (flowId)', String(this.getNodeParameter('flowId', i, '')).trim());
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const form: IDataObject = { ...(v.json<IDataObject | undefined>('Other Form Fields (JSON) (formJson)', fields.formJson) ?? {}) };
	if (fields.title !== undefined) form.title = v.required('Title (单据标题) (title)', String(fields.title).trim());
	if (fields.description !== undefined) form.description = String(fields.description);
	const expenseDate = epochMs(v, 'Expense Date (报销日期) (expenseDate)', fields.expenseDate);
	if (expenseDate !== undefined) form.expenseDate = expenseDate;
	if (fields.detailsJson !== undefined) {
		const lines = v.json<IDataObject[]>('Expense Lines (JSON) (detailsJson)', fields.detailsJson);
		if (!Array.isArray(lines)) v.fail('Expense Lines (JSON) (detailsJson)', 'must be a JSON array of lines');
		if (lines.length) form.details = buildLines(v, lines);
	}
	if (Object.keys(form).length === 0) v.fail('Update Fields (updateFields)', 'must contain at least one field');
	const answer = (await hoseRequest.call(this, { method: 'PUT', path: `/api/openapi/v2.2/flow/data/${idSegment(flowId)}`, body: { form }, itemIndex: i })) as IDataObject;
	const flow = (answer.flow ?? {}) as IDataObject;
	return { id: flow.id ?? flowId, state: flow.state, form: flow.form, updated: true };
}
