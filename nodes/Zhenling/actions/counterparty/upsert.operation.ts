import { upsertOperation } from '../../shared/upsert';

/** 2.2 相对方创建及更新: create or update counterparties by code. */
const operation = upsertOperation({
	resource: 'counterparty',
	path: '/counterparty/save',
	api: 'saveCounterparty',
	maxBatch: 100,
	specs: [
		{ name: 'code', label: 'Code', zh: '相对方编码', required: true, description: 'Your code for the counterparty; an existing code is updated' },
		{ name: 'name', label: 'Name', zh: '相对方名称', required: true, placeholder: 'e.g. 华东通达有限公司' },
		{ name: 'creditCode', label: 'Credit Code', zh: '统一社会信用代码', kind: 'creditCode' },
		{
			name: 'type',
			label: 'Type',
			zh: '相对方类型',
			kind: 'options',
			options: [
				{ name: 'Company (企业)', value: 'COMPANY' },
				{ name: 'Person (个人)', value: 'PERSON' },
			],
		},
	],
});

export const { description, execute, executeBatch } = operation;
