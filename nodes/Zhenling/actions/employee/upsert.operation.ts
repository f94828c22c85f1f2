import { upsertOperation } from '../../shared/upsert';

/** 4.3 员工创建及更新: contract handlers (合同经办人). */
const operation = upsertOperation({
	resource: 'employee',
	path: '/employee/save',
	api: 'saveEmployee',
	maxBatch: 100,
	specs: [
		{ name: 'code', label: 'Employee Number', zh: '工号', required: true },
		{ name: 'name', label: 'Name', zh: '姓名', required: true },
		{ name: 'email', label: 'Email', zh: '邮箱', required: true, kind: 'email', placeholder: 'e.g. name@example.com' },
		{ name: 'loginName', label: 'Login Name', zh: '登录名', description: 'Default: the employee number in lower case' },
		{ name: 'mobile', label: 'Mobile', zh: '手机号', kind: 'mobile' },
		{ name: 'orgCode', label: 'Organization Code', zh: '所属组织编码' },
		{ name: 'positionCode', label: 'Position Code', zh: '岗位编码' },
	],
});

export const { description, execute, executeBatch } = operation;
