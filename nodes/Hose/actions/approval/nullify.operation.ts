import { approvalOperation } from './act';

export const { description, execute } = approvalOperation('nullify');
