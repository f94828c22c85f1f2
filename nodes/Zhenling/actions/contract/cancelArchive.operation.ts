import { callOperation } from '../../shared/call';

/** 合同取消归档: takes an archived contract back out of the archive. */
const operation = callOperation({ resource: 'contract', operation: 'cancelArchive', path: '/contract/archive/cancel', contract: true });

export const { description, execute } = operation;
