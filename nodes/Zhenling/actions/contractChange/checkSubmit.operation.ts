import { changeOperation } from './change';

/** 3.47 旧变更提交校验接口: whether an old change may be submitted, with Zhenling's messages. */
export const { description, execute } = changeOperation('checkSubmit', '/contract/change/old/submit-check', 'change');
