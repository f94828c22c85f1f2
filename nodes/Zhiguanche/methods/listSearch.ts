import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { pageOf, ZGC_MAX_PAGE } from '../shared/list';
import { department, driver, fuelCard, fuelCardGroup, role, user, vehicle, vehicleGroup, type ResourceSpec } from '../shared/resources';
import { zgcData } from '../transport';

/**
 * One page (100 records) of a resource, filtered by the search text in the label. ZhiGuanChe's list filters
 * are exact matches, so partial search happens here, page by page.
 */
async function search(
	context: ILoadOptionsFunctions,
	path: string,
	label: (record: Record<string, unknown>) => string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const pageNo = Number(paginationToken ?? 1) || 1;
	const { records, total } = pageOf(await zgcData.call(context, { method: 'GET', path, qs: { pageNo, pageSize: ZGC_MAX_PAGE } }));
	const needle = (filter ?? '').trim().toLowerCase();
	const results = records
		.map((r) => ({ name: label(r) || String(r.id), value: String(r.id) }))
		.filter((r) => !needle || r.name.toLowerCase().includes(needle) || r.value === needle);
	const more = records.length === ZGC_MAX_PAGE && (total === undefined || pageNo * ZGC_MAX_PAGE < total);
	return { results, paginationToken: more ? String(pageNo + 1) : undefined };
}

const searchOf = (spec: ResourceSpec) =>
	async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		return await search(this, spec.path, spec.label, filter, paginationToken);
	};

export const searchDepartments = searchOf(department);
export const searchUsers = searchOf(user);
export const searchRoles = searchOf(role);
export const searchVehicleGroups = searchOf(vehicleGroup);
export const searchVehicles = searchOf(vehicle);
export const searchDrivers = searchOf(driver);
export const searchFuelCardGroups = searchOf(fuelCardGroup);
export const searchFuelCards = searchOf(fuelCard);

export async function searchVehicleRequests(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
	return await search(
		this,
		'/vehicle-requests',
		(r) => [r.outerId, r.status, r.destination].filter(Boolean).join(' · '),
		filter,
		paginationToken,
	);
}
