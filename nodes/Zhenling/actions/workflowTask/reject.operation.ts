import { callOperation } from '../../shared/call';

/** 7.4 审批拒绝指定工作流: rejects a task as the user in Act as User, with a reason. */
export const { description, execute } = callOperation({
	resource: 'workflowTask',
	operation: 'reject',
	path: '/workflow/reject',
	requireUser: true,
	specs: [
		{ name: 'taskId', label: 'Task ID', zh: '待办ID', required: true, placeholder: 'e.g. WF000001' },
		{ name: 'comment', label: 'Comment', zh: '拒绝原因', required: true },
	],
});
