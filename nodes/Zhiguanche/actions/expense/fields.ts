import type { INodeProperties } from 'n8n-workflow';
import type { ZgcField } from '../../shared/fields';

const choose = 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** Expense type (费用类型): every type ZhiGuanChe lists (`GET /expenses/types`). */
export const typeField = (required: boolean): INodeProperties => ({
	displayName: 'Expense Type (费用类型) Name or ID',
	name: 'type',
	type: 'options',
	typeOptions: { loadOptionsMethod: required ? 'getExpenseTypes' : 'getExpenseTypesOrAll' },
	default: '',
	required,
	description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'Fuel, toll, charging, parking, maintenance, insurance and every other type ZhiGuanChe lists',
});

const options = (name: string, displayName: string, method: string): ZgcField => ({
	name,
	displayName,
	property: { type: 'options', typeOptions: { loadOptionsMethod: method }, description: choose },
});

export const EXPENSE_OPTIONAL: ZgcField[] = [
	{ name: 'departmentId', displayName: 'Department (部门) Name or ID', property: { type: 'options', typeOptions: { loadOptionsMethod: 'getDepartments' }, description: `Default: the vehicle's department. ${choose}.` } },
	{ name: 'description', displayName: 'Description (说明)' },
	options('driverId', 'Driver (司机) Name or ID', 'getDrivers'),
	{ name: 'invoiceNo', displayName: 'Invoice Number (发票号)' },
	{
		name: 'outerId',
		displayName: 'Outer ID (外部编号)',
		property: { description: 'Your system\'s ID for the expense (e.g. the reimbursement line): a re-run never records it twice' },
	},
	{ name: 'usageRecordId', displayName: 'Usage Record ID (用车记录)' },
];

export const EXPENSE_FILTERS: ZgcField[] = [
	options('departmentId', 'Department (部门) Name or ID', 'getDepartments'),
	options('driverId', 'Driver (司机) Name or ID', 'getDrivers'),
	{ name: 'outerId', displayName: 'Outer ID (外部编号)' },
	{ name: 'usageRecordId', displayName: 'Usage Record ID (用车记录)' },
	options('vehicleId', 'Vehicle (车辆) Name or ID', 'getVehicles'),
];
