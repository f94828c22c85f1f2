import { callOperation } from '../../shared/call';

/** 4.5 独立值集值查询: the values of an independent value set, one item per value. */
const operation = callOperation({
	resource: 'valueSet',
	operation: 'getValues',
	path: '/valueset/values',
	specs: [{ name: 'code', label: 'Value Set Code', zh: '值集编码', required: true, placeholder: 'e.g. CONTRACT_TYPE' }],
});

export const { description, execute } = operation;
