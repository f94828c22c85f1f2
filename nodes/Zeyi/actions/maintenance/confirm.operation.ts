import { confirmOperation } from '../../shared/confirm';

/** 车辆保养确认: tell Zeyi whether (and when, where) the maintenance will be done. */
const operation = confirmOperation({
	resource: 'maintenance',
	path: '/vehicle-service-api/maintenance/maintainConfirm',
	flagField: 'maintainFlag',
	timeField: 'expectMaintainTime',
	noun: 'maintenance',
	chinese: { flag: '是否可保养', time: '预计保养时间', reason: '不可保养原因' },
});

export const description = operation.description;
export const execute = operation.execute;
