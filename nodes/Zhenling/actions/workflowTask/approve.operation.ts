import { callOperation } from '../../shared/call';

/** 7.5 审批同意指定工作流: approves a task as the user in Act as User. */
export const { description, execute } = callOperation({
	resource: 'workflowTask',
	operation: 'approve',
	path: '/workflow/approve',
	requireUser: true,
	specs: [
		{ name: 'taskId', label: 'Task ID', zh: '待办ID', required: true, placeholder: 'e.g. WF000001' },
		{ name: 'comment', label: 'Comment', zh: '审批意见' },
	],
});
