import { listOperation } from '../../shared/list';

/** 7.2 个人已办列表查询接口: what the user in Act as User has decided. */
export const { description, execute } = listOperation({ resource: 'workflowTask', operation: 'getDone', path: '/workflow/done', requireUser: true });
