import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { recordsOf } from '../shared/fields';
import { didiData } from '../transport';

const PAGE = 100;

/** Members by name (DiDi matches names partially), 100 per page. */
export async function searchMembers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0) || 0;
	const { records, total } = recordsOf(
		await didiData.call(this, {
			method: 'GET',
			path: '/river/Member/get',
			qs: { offset, length: PAGE, ...(filter ? { realname: filter } : {}) },
		}),
	);
	const more = records.length === PAGE && (total === undefined || offset + PAGE < total);
	return {
		results: records.map((r) => ({
			name: [r.realname, r.phone ?? r.employee_number].filter(Boolean).join(' · ') || String(r.id),
			value: String(r.id ?? r.member_id),
		})),
		paginationToken: more ? String(offset + PAGE) : undefined,
	};
}

/** Departments and projects by name. */
export async function searchBudgetCenters(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const type = Number(this.getCurrentNodeParameter('type') ?? 1) || 1;
	const offset = Number(paginationToken ?? 0) || 0;
	const { records, total } = recordsOf(
		await didiData.call(this, {
			method: 'GET',
			path: '/river/BudgetCenter/get',
			qs: { type, offset, length: PAGE, ...(filter ? { name: filter } : {}) },
		}),
	);
	const more = records.length === PAGE && (total === undefined || offset + PAGE < total);
	return {
		results: records.map((r) => ({
			name: r.out_budget_id ? `${String(r.name)} (${String(r.out_budget_id)})` : String(r.name),
			value: String(r.id),
		})),
		paginationToken: more ? String(offset + PAGE) : undefined,
	};
}

/** Ranks (职级), filtered by name on our side (DiDi's rank list has no name filter). */
export async function searchRanks(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0) || 0;
	const { records, total } = recordsOf(await didiData.call(this, { method: 'GET', path: '/river/Rank/getRanks', qs: { offset, length: PAGE } }));
	const needle = (filter ?? '').trim().toLowerCase();
	const more = records.length === PAGE && (total === undefined || offset + PAGE < total);
	return {
		results: records
			.filter((r) => !needle || `${String(r.name)} ${String(r.out_rank_id ?? '')}`.toLowerCase().includes(needle))
			.map((r) => ({ name: r.out_rank_id ? `${String(r.name)} (${String(r.out_rank_id)})` : String(r.name), value: String(r.id) })),
		paginationToken: more ? String(offset + PAGE) : undefined,
	};
}

/** Active legal entities (公司主体) by DiDi's keyword search. */
export async function searchLegalEntities(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0) || 0;
	const { records, total } = recordsOf(
		await didiData.call(this, { method: 'GET', path: '/river/LegalEntity/get', qs: { offset, length: PAGE, ...(filter ? { keyword: filter } : {}) } }),
	);
	const more = records.length === PAGE && (total === undefined || offset + PAGE < total);
	return {
		results: records.map((r) => ({ name: r.out_legal_entity_id ? `${String(r.name)} (${String(r.out_legal_entity_id)})` : String(r.name), value: String(r.legal_entity_id) })),
		paginationToken: more ? String(offset + PAGE) : undefined,
	};
}
