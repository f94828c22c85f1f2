import { changeOperation } from './change';

/** 3.45 合同老变更删除: deletes an in-flight "old" change (老变更). */
export const { description, execute } = changeOperation('deleteOld', '/contract/change/old/delete', 'change');
