import { upsertOperation } from '../../shared/upsert';

/** 4.1 组织信息创建及更新: signing and owning departments (签署部门、业务归属部门). */
const operation = upsertOperation({
	resource: 'organization',
	path: '/org/save',
	api: 'saveOrg',
	maxBatch: 100,
	specs: [
		{ name: 'code', label: 'Code', zh: '组织编码', required: true },
		{ name: 'name', label: 'Name', zh: '组织名称', required: true, placeholder: 'e.g. 采购部' },
		{ name: 'parentCode', label: 'Parent Code', zh: '上级组织编码', description: 'Empty for a top-level organization; a parent in the same run may come earlier in the batch' },
	],
});

export const { description, execute, executeBatch } = operation;
