import { voidOperation } from '../../shared/void';

/**
 * 维保单作废. Zeyi refuses once a settlement exists or the order is paid ("已生成结算单不可作废" /
 * "已付款不可作废"); that message is surfaced as the error.
 */
const operation = voidOperation({
	resource: 'maintenanceOrder',
	path: '/vehicle-service-api/maintenance/invalid',
	codeLabel: 'Maintenance Code (维保编码)',
	reasonRequired: true,
	refusalHint:
		'Zeyi does not void a maintenance order once a settlement (结算单) has been generated or it has been paid (已付款). Settle the difference with Zeyi instead.',
});

export const description = operation.description;
export const execute = operation.execute;
