import type { IDataObject } from 'n8n-workflow';
import { callOperation } from '../../shared/call';

/** 3.27–3.41 查询合同关联数据: one query per kind; the kind picks the endpoint [A: paths]. */
export const RELATED_KINDS = [
	{ name: 'Counterparties (3.27 相对方)', value: 'counterparties' },
	{ name: 'Resources (3.28 关联资源)', value: 'resources' },
	{ name: 'Relations (3.29 关联关系)', value: 'relations' },
	{ name: 'Lease Terms (3.30 租赁条款)', value: 'lease-terms' },
	{ name: 'Extension Info (3.31 扩展信息)', value: 'extension-info' },
	{ name: 'Custom Lines (3.32 自定义合同行)', value: 'custom-lines' },
	{ name: 'Lines (3.33 合同行)', value: 'lines' },
	{ name: 'Payment Plans (3.34 付款计划)', value: 'payment-plans' },
	{ name: 'Receipt Plans (3.35 收款计划)', value: 'receipt-plans' },
	{ name: 'Approval Records (3.36 审批记录)', value: 'approval-records' },
	{ name: 'Archive Info (3.37 归档信息)', value: 'archive-info' },
	{ name: 'Attachments (3.38 附件)', value: 'attachments' },
	{ name: 'Authorization (3.39 授权信息)', value: 'authorization' },
	{ name: 'Body (3.40 正文)', value: 'body' },
	{ name: 'Signing Info (3.41 签约信息)', value: 'signing-info' },
];

const operation = callOperation({
	resource: 'contract',
	operation: 'getRelated',
	path: '',
	contract: true,
	more: [
		{
			displayName: 'Kind (关联数据)',
			name: 'kind',
			type: 'options',
			default: 'counterparties',
			options: RELATED_KINDS,
			description: 'Which related data of the contract to read',
		},
	],
	pathOf(i) {
		const kind = String(this.getNodeParameter('kind', i, 'counterparties'));
		return `/contract/${kind}`;
	},
	extend(i, _body, v) {
		const kind = String(this.getNodeParameter('kind', i, 'counterparties'));
		v.oneOf('Kind (kind)', kind, RELATED_KINDS.map((k) => k.value));
	},
	shape(data, body) {
		const list = Array.isArray(data) ? data : [data ?? {}];
		return list.map((entry) => ({ contractCode: body.contractCode as string, ...((entry && typeof entry === 'object' ? entry : { value: entry }) as IDataObject) }));
	},
});

export const { description, execute } = operation;
