import type { IDataObject } from 'n8n-workflow';
import { callOperation } from '../../shared/call';

/** 合同履约信息更新: the performance (履约) status and progress of a signed contract. */
const operation = callOperation({
	resource: 'contract',
	operation: 'updatePerformance',
	path: '/contract/performance/update',
	contract: true,
	specs: [
		{
			name: 'performanceStatus',
			label: 'Performance Status',
			zh: '履约状态',
			required: true,
			kind: 'options',
			options: [
				{ name: 'Not Started (未开始)', value: 'NOT_STARTED' },
				{ name: 'In Progress (履约中)', value: 'IN_PROGRESS' },
				{ name: 'Done (已完成)', value: 'DONE' },
				{ name: 'Terminated (已终止)', value: 'TERMINATED' },
			],
			default: 'IN_PROGRESS',
		},
		{ name: 'progress', label: 'Progress', zh: '履约进度', kind: 'integer', description: 'In whole percent, 0–100' },
		{ name: 'remark', label: 'Remark', zh: '备注' },
	],
	extend(i, body, v) {
		const progress = body.progress as number | undefined;
		if (progress !== undefined && (progress < 0 || progress > 100)) v.fail('Progress (progress)', `must be between 0 and 100 (got ${progress})`);
	},
	shape: (data) => data as IDataObject,
});

export const { description, execute } = operation;
