import type { IDataObject, IHttpRequestMethods, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { HOSE_PAGE_SIZE } from '../shared/paging';
import { hoseRequest, listOf } from '../transport';

interface PagedSearch {
	method: IHttpRequestMethods;
	path: string;
	/** Paging in the query (`qs`) or in the body, with any extra query fields. */
	pagingIn: 'qs' | 'body';
	extraQuery?: IDataObject;
	/** The fields the filter is looked for in (contains). */
	fields: string[];
	label: (record: IDataObject) => string;
}

/**
 * One Hose page (100) per call. Hose's lists have no name filter, so the filter applies to the page (any of
 * `fields` contains it); scrolling loads the next page.
 */
function pagedSearch(spec: PagedSearch) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const start = Number(paginationToken ?? 0) || 0;
		const paging = { start, count: HOSE_PAGE_SIZE };
		const { records, total } = listOf(
			await hoseRequest.call(this, {
				method: spec.method,
				path: spec.path,
				...(spec.pagingIn === 'qs' ? { qs: { ...paging, ...spec.extraQuery } } : { body: paging }),
			}),
		);
		const needle = (filter ?? '').trim();
		const matches = needle ? records.filter((r) => spec.fields.some((f) => String(r[f] ?? '').includes(needle))) : records;
		const more = records.length === HOSE_PAGE_SIZE && (total === undefined || start + HOSE_PAGE_SIZE < total);
		return {
			results: matches.map((r) => ({ name: spec.label(r), value: String(r.id) })),
			paginationToken: more ? String(start + HOSE_PAGE_SIZE) : undefined,
		};
	};
}

/** Staff (active ones) by name, code or cellphone. */
export const searchStaff = pagedSearch({
	method: 'GET',
	path: '/api/openapi/v1.1/staffs',
	pagingIn: 'qs',
	extraQuery: { active: true },
	fields: ['name', 'code', 'cellphone'],
	label: (r) => [r.name, r.code].filter(Boolean).join(' · ') || String(r.id),
});

/** Departments by name, code or path. */
export const searchDepartments = pagedSearch({
	method: 'GET',
	path: '/api/openapi/v1/departments',
	pagingIn: 'qs',
	fields: ['name', 'code', 'path'],
	label: (r) => `${String(r.path || r.name)}${r.code ? ` (${String(r.code)})` : ''}${r.active === false ? ' [停用]' : ''}`,
});

/** Requisitions (获取申请事项列表, paging in the body) by name, code or ID; newest as Hose lists them. */
export const searchRequisitions = pagedSearch({
	method: 'POST',
	path: '/api/openapi/v1/requisition/getData',
	pagingIn: 'body',
	fields: ['name', 'code', 'id'],
	label: (r) =>
		`${String(r.name || r.id)}${r.code ? ` (${String(r.code)})` : ''}${r.state && r.state !== 'ACTIVE' ? ` [${String(r.state)}]` : ''}`,
});
