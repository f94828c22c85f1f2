import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { withEmptyChoice } from '../../common/emptyChoice';
import { listRecords } from '../shared/list';
import { department, driver, fuelCardGroup, role, vehicle, vehicleGroup, type ResourceSpec } from '../shared/resources';
import { zgcData } from '../transport';

/** Dropdowns hold at most this many records; beyond it, use an expression with the ID. */
const MAX_OPTIONS = 2000;

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name, 'zh');

const optionsOf = (spec: ResourceSpec) =>
	async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await listRecords.call(this, { path: spec.path, returnAll: false, limit: MAX_OPTIONS });
		return records.map((r) => ({ name: spec.label(r) || String(r.id), value: String(r.id) })).sort(byName);
	};

export const getDepartments = optionsOf(department);
/** Upsert Many's Department, which Department Outer ID (Additional Fields) may stand in for. */
export const getDepartmentsOrOuterId = withEmptyChoice(
	getDepartments,
	'By Department Outer ID',
	'No department here: set Department Outer ID (部门外部编号) in Additional Fields',
);
export const getRoles = optionsOf(role);
export const getVehicleGroups = optionsOf(vehicleGroup);
export const getVehicles = optionsOf(vehicle);
export const getFuelCardGroups = optionsOf(fuelCardGroup);

/** Every expense type ZhiGuanChe knows (`GET /expenses/types`), in its order. */
export async function getExpenseTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const types = (await zgcData.call(this, { method: 'GET', path: '/expenses/types' })) as unknown as IDataObject[];
	return (Array.isArray(types) ? types : []).map((t) => ({ name: `${String(t.name)} (${String(t.code)})`, value: String(t.code) }));
}

/** Expense type as a filter: empty means every type. */
export const getExpenseTypesOrAll = withEmptyChoice(getExpenseTypes, 'All Types', 'No type filter: expenses of every type');

export const getDrivers = optionsOf(driver);
