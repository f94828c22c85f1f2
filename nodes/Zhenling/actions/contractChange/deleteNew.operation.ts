import { changeOperation } from './change';

/** 3.46 合同新变更删除: deletes an in-flight "new" change (新变更). */
export const { description, execute } = changeOperation('deleteNew', '/contract/change/new/delete', 'change');
