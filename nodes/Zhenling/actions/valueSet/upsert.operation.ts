import type { IDataObject } from 'n8n-workflow';
import { upsertOperation } from '../../shared/upsert';

/** 4.4 值集创建及更新: a value set with its values. */
const operation = upsertOperation({
	resource: 'valueSet',
	path: '/valueset/save',
	api: 'saveValueSet',
	maxBatch: 100,
	specs: [
		{ name: 'code', label: 'Code', zh: '值集编码', required: true, placeholder: 'e.g. REGION' },
		{ name: 'name', label: 'Name', zh: '值集名称', required: true, placeholder: 'e.g. 区域' },
	],
	more: [
		{
			displayName: 'Values (值集值)',
			name: 'values',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Value',
			default: {},
			options: [
				{
					displayName: 'Value',
					name: 'value',
					values: [
						{ displayName: 'Code (值编码)', name: 'code', type: 'string', default: '' },
						{ displayName: 'Name (值名称)', name: 'name', type: 'string', default: '' },
					],
				},
			],
		},
	],
	extend(i, entry, v) {
		const rows = ((this.getNodeParameter('values', i, {}) as IDataObject).value ?? []) as IDataObject[];
		entry.values = rows.map((row, k) => ({
			code: v.required(`Values → Code (values[${k}].code)`, String(row.code ?? '').trim()),
			name: v.required(`Values → Name (values[${k}].name)`, String(row.name ?? '').trim()),
		}));
	},
});

export const { description, execute, executeBatch } = operation;
