/**
 * The CRUD resources of ZhiGuanChe's function list, as the contract defines them (docs/vendors/zhiguanche.md
 * "Endpoints"): path, the fields a create requires, the optional ones, the list filters.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { OutputShape } from '../../common/output';
import type { ZgcField } from './fields';
import { VEHICLE } from './shapes';
import {
	departmentLocator,
	driverLocator,
	fuelCardGroupLocator,
	fuelCardLocator,
	roleLocator,
	userLocator,
	vehicleGroupLocator,
	vehicleLocator,
} from './locators';

export interface ResourceSpec {
	/** The node's resource value. */
	resource: string;
	noun: string;
	plural: string;
	path: string;
	locator: INodeProperties;
	/** Required by a create (top-level editor fields). */
	required: ZgcField[];
	/** Optional on create and update. */
	optional: ZgcField[];
	/** Only on update (e.g. status). */
	updateOnly?: ZgcField[];
	/** Only on Upsert Many: references by outer ID (Parent Outer ID, Department Outer ID). */
	upsertRefs?: ZgcField[];
	filters: ZgcField[];
	/** Simplify / Output on Get and Get Many (n8n's guideline for records of more than 10 fields). */
	output?: OutputShape;
	/** Name shown in dropdowns. */
	label: (record: Record<string, unknown>) => string;
}

const options = (method: string, displayName: string, name: string, description?: string): ZgcField => ({
	name,
	displayName,
	property: {
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		description: `Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.${description ? ` ${description}` : ''}`,
	},
});
const fixed = (displayName: string, name: string, values: Array<[string, string]>, defaultValue = ''): ZgcField => ({
	name,
	displayName,
	property: {
		type: 'options',
		default: defaultValue,
		options: values.map(([value, label]) => ({ name: label, value })).sort((a, b) => a.name.localeCompare(b.name)),
	},
});
const outerId: ZgcField = {
	name: 'outerId',
	displayName: 'Outer ID (外部编号)',
	property: { description: 'Your own system\'s ID for the record (unique in ZhiGuanChe): a repeat never creates a second record' },
};
const departmentField = (name = 'departmentId') =>
	({ ...options('getDepartments', 'Department Name or ID', name), displayName: 'Department (部门) Name or ID' }) as ZgcField;

const VEHICLE_STATUS: Array<[string, string]> = [
	['idle', 'Idle (空闲)'],
	['in_use', 'In Use (使用中)'],
	['maintenance', 'Maintenance (维修保养)'],
	['scrapped', 'Scrapped (报废)'],
];
const DRIVER_STATUS: Array<[string, string]> = [
	['on_duty', 'On Duty (在岗)'],
	['off_duty', 'Off Duty (下班)'],
	['leave', 'On Leave (请假)'],
];
const USER_STATUS: Array<[string, string]> = [
	['active', 'Active (启用)'],
	['disabled', 'Disabled (停用)'],
];
export const LICENSE_CLASSES = ['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2'];

export const department: ResourceSpec = {
	resource: 'department',
	noun: 'department',
	plural: 'departments',
	path: '/departments',
	locator: departmentLocator,
	required: [{ name: 'name', displayName: 'Name (部门名称)' }],
	optional: [
		{ ...departmentField('parentId'), displayName: 'Parent Department (上级部门) Name or ID' },
		{ name: 'code', displayName: 'Code (部门编码)' },
		outerId,
	],
	upsertRefs: [
		{
			name: 'parentOuterId',
			displayName: 'Parent Outer ID (上级外部编号)',
			ref: { path: '/departments', into: 'parentId', noun: 'department' },
			property: { description: 'The parent\'s Outer ID, when your OA system knows parents by its own IDs (upsert parents first)' },
		},
	],
	filters: [
		{ name: 'name', displayName: 'Name (部门名称)' },
		{ name: 'code', displayName: 'Code (部门编码)' },
		{ ...departmentField('parentId'), displayName: 'Parent Department (上级部门) Name or ID' },
		outerId,
	],
	label: (r) => (r.path ? String(r.path) : String(r.name)),
};

export const role: ResourceSpec = {
	resource: 'role',
	noun: 'role',
	plural: 'roles',
	path: '/roles',
	locator: roleLocator,
	required: [
		{ name: 'name', displayName: 'Name (角色名称)' },
		{ name: 'code', displayName: 'Code (角色编码)', property: { description: 'Unique role code, e.g. your permission model\'s role key' } },
	],
	optional: [{ name: 'permissions', displayName: 'Permissions (权限)', kind: 'list', property: { description: 'Permission codes, comma-separated' } }],
	filters: [
		{ name: 'name', displayName: 'Name (角色名称)' },
		{ name: 'code', displayName: 'Code (角色编码)' },
	],
	label: (r) => `${String(r.name)} (${String(r.code)})`,
};

export const user: ResourceSpec = {
	resource: 'user',
	noun: 'user',
	plural: 'users',
	path: '/users',
	locator: userLocator,
	required: [
		{ name: 'name', displayName: 'Name (姓名)' },
		{ name: 'mobile', displayName: 'Mobile (手机号)', kind: 'mobile' },
		departmentField(),
	],
	optional: [
		{ name: 'employeeNo', displayName: 'Employee Number (工号)' },
		{ name: 'email', displayName: 'Email (邮箱)', kind: 'email' },
		{
			name: 'roleIds',
			displayName: 'Role (角色) Names or IDs',
			kind: 'list',
			property: {
				type: 'multiOptions',
				default: [],
				typeOptions: { loadOptionsMethod: 'getRoles' },
				description: 'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
		},
		outerId,
	],
	updateOnly: [fixed('Status (状态)', 'status', USER_STATUS, 'active')],
	upsertRefs: [
		{
			name: 'departmentOuterId',
			displayName: 'Department Outer ID (部门外部编号)',
			ref: { path: '/departments', into: 'departmentId', noun: 'department' },
			property: { description: 'The department\'s Outer ID, instead of its ZhiGuanChe ID' },
		},
	],
	filters: [
		{ name: 'mobile', displayName: 'Mobile (手机号)', kind: 'mobile' },
		{ name: 'employeeNo', displayName: 'Employee Number (工号)' },
		departmentField(),
		fixed('Status (状态)', 'status', USER_STATUS, 'active'),
		outerId,
		{
			name: 'updatedSince',
			displayName: 'Updated Since (更新时间起)',
			kind: 'time',
			property: { type: 'dateTime', description: 'Only users changed at or after this time (for incremental two-way sync)' },
		},
	],
	label: (r) => [r.name, r.mobile].filter(Boolean).join(' · '),
};

export const vehicleGroup: ResourceSpec = {
	resource: 'vehicleGroup',
	noun: 'vehicle group',
	plural: 'vehicle groups',
	path: '/vehicle-groups',
	locator: vehicleGroupLocator,
	required: [{ name: 'name', displayName: 'Name (分组名称)' }],
	optional: [{ name: 'remark', displayName: 'Remark (备注)' }],
	filters: [{ name: 'name', displayName: 'Name (分组名称)' }],
	label: (r) => String(r.name),
};

export const vehicle: ResourceSpec = {
	resource: 'vehicle',
	noun: 'vehicle',
	plural: 'vehicles',
	path: '/vehicles',
	locator: vehicleLocator,
	required: [{ name: 'plateNo', displayName: 'Plate Number (车牌号)', kind: 'plate' }],
	optional: [
		{ name: 'brand', displayName: 'Brand (品牌)' },
		{ name: 'model', displayName: 'Model (车型)' },
		{ name: 'vin', displayName: 'VIN (车架号)', kind: 'vin' },
		{ name: 'engineNumber', displayName: 'Engine Number (发动机号)' },
		{ name: 'purchaseDate', displayName: 'Purchase Date (购置日期)', kind: 'date' },
		{ name: 'insuranceExpireDate', displayName: 'Insurance Expiry Date (保险到期日)', kind: 'date' },
		{ name: 'mileage', displayName: 'Mileage (里程, Km)', kind: 'integer' },
		{ ...options('getVehicleGroups', 'Vehicle Group Name or ID', 'groupId'), displayName: 'Vehicle Group (车辆分组) Name or ID' },
		departmentField(),
		{ name: 'cityId', displayName: 'City ID (城市)' },
		{ name: 'owner', displayName: 'Owner (所有人)' },
		outerId,
	],
	updateOnly: [fixed('Status (状态)', 'status', VEHICLE_STATUS, 'idle')],
	filters: [
		{ name: 'plateNo', displayName: 'Plate Number (车牌号)', kind: 'plate' },
		fixed('Status (状态)', 'status', VEHICLE_STATUS, 'idle'),
		{ ...options('getVehicleGroups', 'Vehicle Group Name or ID', 'groupId'), displayName: 'Vehicle Group (车辆分组) Name or ID' },
		departmentField(),
		{ name: 'brand', displayName: 'Brand (品牌)' },
		outerId,
	],
	output: VEHICLE,
	label: (r) => [r.plateNo, [r.brand, r.model].filter(Boolean).join(' ')].filter(Boolean).join(' · '),
};

const vehicleOption = (): ZgcField => ({ ...options('getVehicles', 'Vehicle Name or ID', 'vehicleId'), displayName: 'Vehicle (车辆) Name or ID' });

export const driver: ResourceSpec = {
	resource: 'driver',
	noun: 'driver',
	plural: 'drivers',
	path: '/drivers',
	locator: driverLocator,
	required: [
		{ name: 'name', displayName: 'Name (姓名)' },
		{ name: 'mobile', displayName: 'Mobile (手机号)', kind: 'mobile' },
		{ name: 'licenseNo', displayName: 'License Number (驾驶证号)' },
		{
			...fixed('License Class (准驾车型)', 'licenseClass', LICENSE_CLASSES.map((c) => [c, c]), 'C1'),
		},
	],
	optional: [
		{ name: 'licenseExpireDate', displayName: 'License Expiry Date (驾驶证到期日)', kind: 'date' },
		vehicleOption(),
		{ name: 'emergencyContact', displayName: 'Emergency Contact (紧急联系人)' },
		{ name: 'emergencyPhone', displayName: 'Emergency Phone (紧急联系电话)', kind: 'phone' },
		outerId,
	],
	updateOnly: [fixed('Status (状态)', 'status', DRIVER_STATUS, 'on_duty')],
	filters: [
		{ name: 'name', displayName: 'Name (姓名)' },
		{ name: 'mobile', displayName: 'Mobile (手机号)', kind: 'mobile' },
		fixed('Status (状态)', 'status', DRIVER_STATUS, 'on_duty'),
		vehicleOption(),
		outerId,
	],
	label: (r) => [r.name, r.mobile, r.licenseClass].filter(Boolean).join(' · '),
};

export const fuelCardGroup: ResourceSpec = {
	resource: 'fuelCardGroup',
	noun: 'fuel card group',
	plural: 'fuel card groups',
	path: '/fuel-card-groups',
	locator: fuelCardGroupLocator,
	required: [{ name: 'name', displayName: 'Name (分组名称)' }],
	optional: [],
	filters: [{ name: 'name', displayName: 'Name (分组名称)' }],
	label: (r) => String(r.name),
};

export const fuelCard: ResourceSpec = {
	resource: 'fuelCard',
	noun: 'fuel card',
	plural: 'fuel cards',
	path: '/fuel-cards',
	locator: fuelCardLocator,
	required: [{ name: 'cardNo', displayName: 'Card Number (卡号)', kind: 'cardNo' }],
	optional: [
		{ name: 'issuer', displayName: 'Issuer (发卡方)', property: { placeholder: 'e.g. 中国石化' } },
		{ ...options('getFuelCardGroups', 'Fuel Card Group Name or ID', 'groupId'), displayName: 'Fuel Card Group (油卡分组) Name or ID' },
		{ ...vehicleOption(), displayName: 'Bound Vehicle (绑定车辆) Name or ID' },
		{ name: 'balance', displayName: 'Balance (余额, Yuan)', kind: 'amount' },
		outerId,
	],
	filters: [
		{ name: 'cardNo', displayName: 'Card Number (卡号)', kind: 'cardNo' },
		vehicleOption(),
		{ ...options('getFuelCardGroups', 'Fuel Card Group Name or ID', 'groupId'), displayName: 'Fuel Card Group (油卡分组) Name or ID' },
		fixed('Status (状态)', 'status', [['active', 'Active (正常)'], ['frozen', 'Frozen (冻结)']], 'active'),
		outerId,
	],
	label: (r) => [r.cardNo, r.issuer].filter(Boolean).join(' · '),
};

export const CRUD_RESOURCES = { department, role, user, vehicleGroup, vehicle, driver, fuelCardGroup, fuelCard };
