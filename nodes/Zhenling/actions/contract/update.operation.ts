import type { IDataObject } from 'n8n-workflow';
import { callOperation } from '../../shared/call';

/**
 * 3.49 合同修改及变更: changes fields of a contract (asynchronous: the result arrives at the callback). An
 * archived contract changes only with a Change Reason (变更原因).
 */
const operation = callOperation({
	resource: 'contract',
	operation: 'update',
	path: '/contract/modify',
	contract: true,
	specs: [
		{ name: 'contractName', label: 'Contract Name', zh: '合同名称' },
		{ name: 'amount', label: 'Amount', zh: '合同金额', kind: 'amount' },
		{ name: 'counterparty', label: 'Counterparty', zh: '相对方' },
		{ name: 'signDate', label: 'Sign Date', zh: '签订日期', kind: 'date' },
		{ name: 'changeReason', label: 'Change Reason', zh: '变更原因', description: 'Required by Zhenling to change an archived contract' },
	],
	shape(data, body) {
		const answer = (data ?? {}) as IDataObject;
		const accepted = (Array.isArray(answer.accepted) ? answer.accepted[0] : {}) as IDataObject;
		const { contractCode, ...changes } = body;
		return { status: 'accepted', api: 'modifyContract', batchNo: answer.batchNo, taskId: accepted?.taskId, sourceSystem: accepted?.sourceSystem, sourceCode: accepted?.sourceCode, contractCode, changes };
	},
});

export const { description, execute } = operation;
