import { upsertOperation } from '../../shared/upsert';

/** 5.3 物料创建及更新: materials for contract lines. */
const operation = upsertOperation({
	resource: 'material',
	path: '/material/save',
	api: 'saveMaterial',
	maxBatch: 100,
	specs: [
		{ name: 'code', label: 'Code', zh: '物料编码', required: true },
		{ name: 'name', label: 'Name', zh: '物料名称', required: true, placeholder: 'e.g. 机油' },
		{ name: 'unit', label: 'Unit', zh: '单位', placeholder: 'e.g. 桶' },
		{ name: 'spec', label: 'Specification', zh: '规格型号' },
	],
});

export const { description, execute, executeBatch } = operation;
