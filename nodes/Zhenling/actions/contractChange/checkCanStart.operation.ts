import { changeOperation } from './change';

/** 3.48 是否可发起新变更校验接口: whether a new change may be started on a contract. */
export const { description, execute } = changeOperation('checkCanStart', '/contract/change/can-start', 'contract');
