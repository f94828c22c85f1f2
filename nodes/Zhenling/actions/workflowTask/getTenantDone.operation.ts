import { listOperation } from '../../shared/list';

/** 7.7 租户已办列表查询接口: every decided task of the tenant. */
export const { description, execute } = listOperation({ resource: 'workflowTask', operation: 'getTenantDone', path: '/workflow/tenant-done' });
