import type { INodeProperties } from 'n8n-workflow';

/** A record chosen from a searchable list (loaded from ZhiGuanChe) or given by ID. */
function locator(name: string, displayName: string, searchListMethod: string, placeholder: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod, searchable: true } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: `e.g. ${placeholder}` },
		],
	};
}

export const departmentLocator = locator('departmentId', 'Department (部门)', 'searchDepartments', '1000001');
export const userLocator = locator('userId', 'User (员工)', 'searchUsers', '1400001');
export const roleLocator = locator('roleId', 'Role (角色)', 'searchRoles', '1300001');
export const vehicleGroupLocator = locator('vehicleGroupId', 'Vehicle Group (车辆分组)', 'searchVehicleGroups', '700001');
export const vehicleLocator = locator('vehicleId', 'Vehicle (车辆)', 'searchVehicles', '800001');
export const driverLocator = locator('driverId', 'Driver (司机)', 'searchDrivers', '600001');
export const fuelCardGroupLocator = locator('fuelCardGroupId', 'Fuel Card Group (油卡分组)', 'searchFuelCardGroups', '400001');
export const fuelCardLocator = locator('fuelCardId', 'Fuel Card (油卡)', 'searchFuelCards', '500001');
export const vehicleRequestLocator: INodeProperties = {
	...locator('requestId', 'Vehicle Request (用车申请)', 'searchVehicleRequests', '300001'),
	description: 'By ID also accepts the request\'s Outer ID (your OA form number)',
};
