import { callOperation } from '../../shared/call';

/** 3.6 模板变量查询: the variables of a contract template, one item per variable. */
const operation = callOperation({
	resource: 'contract',
	operation: 'getTemplateVariables',
	path: '/contract/template/variables',
	specs: [{ name: 'templateCode', label: 'Template Code', zh: '模板编码', required: true }],
});

export const { description, execute } = operation;
