import { NodeConnectionTypes } from 'n8n-workflow';
import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { routeOperations } from '../common/router';
import type { OperationMap } from '../common/router';
import * as company from './actions/company';
import * as department from './actions/department';
import * as driver from './actions/driver';
import * as event from './actions/event';
import * as expense from './actions/expense';
import * as fuelCard from './actions/fuelCard';
import * as fuelCardGroup from './actions/fuelCardGroup';
import * as location from './actions/location';
import * as role from './actions/role';
import * as route from './actions/route';
import * as stop from './actions/stop';
import * as usageRecord from './actions/usageRecord';
import * as user from './actions/user';
import * as vehicle from './actions/vehicle';
import * as vehicleGroup from './actions/vehicleGroup';
import * as vehicleRequest from './actions/vehicleRequest';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

const resources = {
	company,
	department,
	role,
	user,
	vehicleGroup,
	vehicle,
	driver,
	fuelCardGroup,
	fuelCard,
	vehicleRequest,
	usageRecord,
	location,
	route,
	stop,
	expense,
	event,
};

const operations: OperationMap = Object.fromEntries(Object.entries(resources).map(([name, r]) => [name, r.operations]));

export class Zhiguanche implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ZhiGuanChe',
		name: 'zhiguanche',
		icon: { light: 'file:zhiguanche.svg', dark: 'file:zhiguanche.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Sync the organization, manage the fleet, vehicle requests, trips, locations and expenses in ZhiGuanChe (智管车)',
		defaults: { name: 'ZhiGuanChe' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'zhiguancheApi', required: true }],
		properties: [
			{
				displayName:
					'ZhiGuanChe gives its API document to customers on request. This node follows the contract in docs/vendors/zhiguanche.md; its base URL, path prefix and auth (Login Path, Request Signing) are configurable in the credential: align them with the document you receive.',
				name: 'contractNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				default: 'vehicle',
				options: [
					{ name: 'Company (企业信息)', value: 'company' },
					{ name: 'Department (部门)', value: 'department' },
					{ name: 'Driver (司机)', value: 'driver' },
					{ name: 'Event (事件)', value: 'event' },
					{ name: 'Expense (费用)', value: 'expense' },
					{ name: 'Fuel Card (油卡)', value: 'fuelCard' },
					{ name: 'Fuel Card Group (油卡分组)', value: 'fuelCardGroup' },
					{ name: 'Real-Time Location (实时位置)', value: 'location' },
					{ name: 'Role (角色)', value: 'role' },
					{ name: 'Route History (历史轨迹)', value: 'route' },
					{ name: 'Stop (停车点)', value: 'stop' },
					{ name: 'Usage Record (用车记录)', value: 'usageRecord' },
					{ name: 'User (员工)', value: 'user' },
					{ name: 'Vehicle (车辆)', value: 'vehicle' },
					{ name: 'Vehicle Group (车辆分组)', value: 'vehicleGroup' },
					{ name: 'Vehicle Request (用车申请)', value: 'vehicleRequest' },
				],
			},
			...Object.values(resources).flatMap((r) => r.description),
		],
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await routeOperations.call(this, operations);
	}
}
