import { callOperation } from '../../shared/call';

/** 6.4 付款计划支付回调-新合同履行: tells Zhenling a payment plan was paid (by your finance system). */
export const { description, execute } = callOperation({
	resource: 'paymentPlan',
	operation: 'markPaid',
	path: '/payment-plan/paid',
	specs: [
		{ name: 'planCode', label: 'Plan Code', zh: '付款计划编号', required: true, placeholder: 'e.g. PP00001' },
		{ name: 'paidAmount', label: 'Paid Amount', zh: '实付金额', kind: 'amount', description: 'Default: the planned amount' },
		{ name: 'paidAt', label: 'Paid At', zh: '支付时间', kind: 'dateTime', description: 'Default: now. Sent as YYYY-MM-DD HH:mm:ss China time.' },
	],
});
