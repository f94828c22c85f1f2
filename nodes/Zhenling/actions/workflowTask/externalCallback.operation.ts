import { callOperation } from '../../shared/call';

/** 3.43 外部系统审批后回调: tells Zhenling the outcome of an approval run in your own system (e.g. OA). */
export const { description, execute } = callOperation({
	resource: 'workflowTask',
	operation: 'externalCallback',
	path: '/workflow/external-callback',
	specs: [
		{ name: 'sourceSystem', label: 'Source System', zh: '来源系统', required: true, placeholder: 'e.g. OA' },
		{ name: 'sourceCode', label: 'Source Code', zh: '来源单据号', required: true },
		{
			name: 'result',
			label: 'Result',
			zh: '审批结果',
			required: true,
			kind: 'options',
			options: [
				{ name: 'Approved (通过)', value: 'APPROVED' },
				{ name: 'Rejected (驳回)', value: 'REJECTED' },
			],
		},
		{ name: 'comment', label: 'Comment', zh: '审批意见' },
	],
});
