import { listOperation } from '../../shared/list';

/** 3.24 合同列表查询: contracts, filtered, paged. With Act as User, only that user's contracts. */
export const { description, execute } = listOperation({
	resource: 'contract',
	operation: 'getMany',
	path: '/contract/list',
	filters: [
		{ displayName: 'Contract Code (合同编号)', name: 'contractCode', type: 'string', default: '' },
		{ displayName: 'Keyword (关键字)', name: 'keyword', type: 'string', default: '', description: 'Part of the contract name or counterparty' },
		{ displayName: 'Source Code (来源单据号)', name: 'sourceCode', type: 'string', default: '' },
		{ displayName: 'Source System (来源系统)', name: 'sourceSystem', type: 'string', default: '', placeholder: 'e.g. OA' },
		{
			displayName: 'Status (状态)',
			name: 'status',
			type: 'options',
			default: 'SIGNED',
			options: [
				{ name: 'Approving (审批中)', value: 'APPROVING' },
				{ name: 'Archived (已归档)', value: 'ARCHIVED' },
				{ name: 'Draft (草稿)', value: 'DRAFT' },
				{ name: 'Signed (已签署)', value: 'SIGNED' },
			],
		},
	],
});
