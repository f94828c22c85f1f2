import { upsertOperation } from '../../shared/upsert';

/** 4.2 岗位创建及更新: positions within an organisation. */
const operation = upsertOperation({
	resource: 'position',
	path: '/position/save',
	api: 'savePosition',
	maxBatch: 100,
	specs: [
		{ name: 'code', label: 'Code', zh: '岗位编码', required: true },
		{ name: 'name', label: 'Name', zh: '岗位名称', required: true, placeholder: 'e.g. 合同管理员' },
		{ name: 'orgCode', label: 'Organization Code', zh: '所属组织编码', required: true },
	],
});

export const { description, execute, executeBatch } = operation;
