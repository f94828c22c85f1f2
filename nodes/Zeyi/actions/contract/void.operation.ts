import { voidOperation } from '../../shared/void';

/** 车辆维保合同作废. The document's HTTP example says `/delete`; its URL list and SDK say `/invalid`. */
const operation = voidOperation({
	resource: 'contract',
	path: '/vehicle-service-api/vehicleMaintainRepairContract/invalid',
	codeLabel: 'Contract Code (合同编码)',
	reasonRequired: false,
	refusalHint: 'Zeyi refused to void the contract; its message says why (e.g. an unknown contract code).',
});

export const description = operation.description;
export const execute = operation.execute;
