import { listOperation } from '../../shared/list';

/** 7.1 个人待办列表查询接口: the to-dos of the user in Act as User. */
export const { description, execute } = listOperation({ resource: 'workflowTask', operation: 'getTodos', path: '/workflow/todo', requireUser: true });
