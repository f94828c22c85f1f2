import { changeOperation } from './change';

/** 3.19 查询合同是否存在在途的变更: whether a contract has a change in flight, and which. */
export const { description, execute } = changeOperation('getInFlight', '/contract/change/in-flight', 'contract');
