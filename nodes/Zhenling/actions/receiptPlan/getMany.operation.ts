import { listOperation } from '../../shared/list';

/** 6.6 收款计划查询: receipt plans, optionally of one contract, paged. */
export const { description, execute } = listOperation({
	resource: 'receiptPlan',
	operation: 'getMany',
	path: '/receipt-plan/query',
	filters: [{ displayName: 'Contract Code (合同编号)', name: 'contractCode', type: 'string', default: '' }],
});
