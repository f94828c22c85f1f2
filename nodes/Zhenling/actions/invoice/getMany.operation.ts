import { listOperation } from '../../shared/list';

/** 6.7 开票信息查询: invoices, optionally of one contract, paged. */
export const { description, execute } = listOperation({
	resource: 'invoice',
	operation: 'getMany',
	path: '/invoice/query',
	filters: [{ displayName: 'Contract Code (合同编号)', name: 'contractCode', type: 'string', default: '' }],
});
