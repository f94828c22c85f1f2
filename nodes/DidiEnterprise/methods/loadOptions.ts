import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { withEmptyChoice } from '../../common/emptyChoice';
import { paginate } from '../../common/pagination';
import { recordsOf } from '../shared/fields';
import { didiData } from '../transport';

const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name, 'zh');

async function budgetCenters(context: ILoadOptionsFunctions, type: 1 | 2): Promise<INodePropertyOptions[]> {
	const records = await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(
				await didiData.call(context, {
					method: 'GET',
					path: '/river/BudgetCenter/get',
					qs: { type, offset, length: pageSize },
				}),
			),
		{ returnAll: false, limit: 2000, maxPageSize: 100 },
	);
	return records
		.map((r) => ({
			name: r.out_budget_id ? `${String(r.name)} (${String(r.out_budget_id)})` : String(r.name),
			value: String(r.id),
		}))
		.sort(byName);
}

/** Dropdowns filled from DiDi: regulations, budget centres, roles, legal entities, cities. */
export async function getRegulations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { records } = recordsOf(await didiData.call(this, { method: 'GET', path: '/river/Regulation/get' }));
	// On an approval create, offer only the regulations of the chosen approval type.
	const resource = this.getCurrentNodeParameter('resource');
	const approvalType = resource === 'approval' ? Number(this.getCurrentNodeParameter('approvalType') ?? 0) : 0;
	return records
		.filter((r) => r.regulation_status === undefined || Number(r.regulation_status) === 1)
		.filter((r) => !approvalType || r.approval_type === undefined || Number(r.approval_type) === approvalType)
		.map((r: IDataObject) => ({
			name: String(r.regulation_name ?? r.regulation_id),
			value: String(r.regulation_id),
			description: r.approval_type !== undefined ? `approval_type ${String(r.approval_type)}` : undefined,
		}))
		.sort(byName);
}

/** The approval's regulation, where Policy Type and Policy Value (Additional Fields) may stand in for it. */
export const getRegulationsOrNone = withEmptyChoice(
	getRegulations,
	'None (Use the Policy Below)',
	'No regulation_id: set Policy Type and Policy Value in Additional Fields',
);

export async function getDepartments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await budgetCenters(this, 1);
}

export async function getProjects(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await budgetCenters(this, 2);
}

export async function getBudgetCenters(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const departments = (await budgetCenters(this, 1)).map((o) => ({ ...o, name: `部门 ${o.name}` }));
	const projects = (await budgetCenters(this, 2)).map((o) => ({ ...o, name: `项目 ${o.name}` }));
	return [...departments, ...projects];
}

export async function getRoles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { records } = recordsOf(await didiData.call(this, { method: 'GET', path: '/river/Role/get' }));
	return records.map((r) => ({ name: String(r.name ?? r.id), value: String(r.id) })).sort(byName);
}

export async function getLegalEntities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const records = await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(
				await didiData.call(this, { method: 'GET', path: '/river/LegalEntity/get', qs: { offset, length: pageSize } }),
			),
		{ returnAll: false, limit: 1000, maxPageSize: 100 },
	);
	return records.map((r) => ({ name: String(r.name), value: String(r.legal_entity_id) })).sort(byName);
}

export async function getCities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const { records } = recordsOf(await didiData.call(this, { method: 'GET', path: '/river/City/get' }));
	return records.map((r) => ({ name: String(r.city_name), value: String(r.city_id) }));
}

export async function getRanks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const records = await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(await didiData.call(this, { method: 'GET', path: '/river/Rank/getRanks', qs: { offset, length: pageSize } })),
		{ returnAll: false, limit: 500, maxPageSize: 100 },
	);
	return records
		.map((r) => ({ name: r.out_rank_id ? `${String(r.name)} (${String(r.out_rank_id)})` : String(r.name), value: String(r.id) }))
		.sort(byName);
}
