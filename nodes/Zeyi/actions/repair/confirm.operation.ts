import { confirmOperation } from '../../shared/confirm';

/** 车辆维修确认: tell Zeyi whether (and when, where) the repair will be done. */
const operation = confirmOperation({
	resource: 'repair',
	path: '/vehicle-service-api/maintenance/repairConfirm',
	flagField: 'repairFlag',
	timeField: 'expectRepairTime',
	noun: 'repair',
	chinese: { flag: '是否可维修', time: '预计维修时间', reason: '不可维修原因' },
});

export const description = operation.description;
export const execute = operation.execute;
