import { showFor } from '../../../common/fields';
import { asyncWriteModule, type AsyncWrite } from '../../shared/batch';
import { readRecord, recordProperties, type FieldSpec } from '../../shared/records';

/** 6.5 付款计划创建-新合同履行: payment plans of contracts, many per call (asynchronous). */
const specs: FieldSpec[] = [
	{ name: 'contractCode', label: 'Contract Code', zh: '合同编号', required: true },
	{ name: 'sourceSystem', label: 'Source System', zh: '来源系统', required: true, placeholder: 'e.g. ERP' },
	{ name: 'sourceCode', label: 'Source Code', zh: '来源单据号', required: true, description: 'Your ID of the plan: the result comes back under it' },
	{ name: 'amount', label: 'Amount', zh: '计划金额', required: true, kind: 'amount' },
	{ name: 'dueDate', label: 'Due Date', zh: '计划付款日期', kind: 'date' },
];

const write: AsyncWrite = {
	path: '/payment-plan/create',
	api: 'createPaymentPlan',
	maxBatch: 100,
	sourceCodeOf: (entry) => String(entry.sourceCode),
	build(i, v) {
		return readRecord(this, i, v, specs);
	},
};

export const { description, execute, executeBatch } = asyncWriteModule(write, showFor('paymentPlan', 'create', recordProperties(specs)), 'paymentPlan', 'create');
