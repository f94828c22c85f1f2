import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { HOSE_PAGE_SIZE } from '../shared/paging';
import { hoseRequest, listOf } from '../transport';

/**
 * Staff, one Hose page (100) per call. Hose's list has no name filter, so the filter applies to the page
 * (name, code or cellphone contains it); scrolling loads the next page.
 */
export async function searchStaff(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const start = Number(paginationToken ?? 0) || 0;
	const { records, total } = listOf(
		await hoseRequest.call(this, {
			method: 'GET',
			path: '/api/openapi/v1.1/staffs',
			qs: { start, count: HOSE_PAGE_SIZE, active: true },
		}),
	);
	const needle = (filter ?? '').trim();
	const matches = needle
		? records.filter((r) => [r.name, r.code, r.cellphone].some((x) => String(x ?? '').includes(needle)))
		: records;
	const more = records.length === HOSE_PAGE_SIZE && (total === undefined || start + HOSE_PAGE_SIZE < total);
	return {
		results: matches.map((r) => ({
			name: [r.name, r.code].filter(Boolean).join(' · ') || String(r.id),
			value: String(r.id),
		})),
		paginationToken: more ? String(start + HOSE_PAGE_SIZE) : undefined,
	};
}

/** Departments by name, code or path (client-side filter over Hose's pages of 100). */
export async function searchDepartments(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const start = Number(paginationToken ?? 0) || 0;
	const { records, total } = listOf(
		await hoseRequest.call(this, { method: 'GET', path: '/api/openapi/v1/departments', qs: { start, count: HOSE_PAGE_SIZE } }),
	);
	const needle = (filter ?? '').trim();
	const matches = needle ? records.filter((r) => [r.name, r.code, r.path].some((x) => String(x ?? '').includes(needle))) : records;
	const more = records.length === HOSE_PAGE_SIZE && (total === undefined || start + HOSE_PAGE_SIZE < total);
	return {
		results: matches.map((r) => ({
			name: `${String(r.path || r.name)}${r.code ? ` (${String(r.code)})` : ''}${r.active === false ? ' [停用]' : ''}`,
			value: String(r.id),
		})),
		paginationToken: more ? String(start + HOSE_PAGE_SIZE) : undefined,
	};
}

/** Requisitions (获取申请事项列表, paging in the body), filtered by name or ID on the page; newest as Hose lists them. */
export async function searchRequisitions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const start = Number(paginationToken ?? 0) || 0;
	const { records, total } = listOf(
		await hoseRequest.call(this, { method: 'POST', path: '/api/openapi/v1/requisition/getData', body: { start, count: HOSE_PAGE_SIZE } }),
	);
	const needle = (filter ?? '').trim();
	const matches = needle ? records.filter((r) => [r.name, r.code, r.id].some((x) => String(x ?? '').includes(needle))) : records;
	const more = records.length === HOSE_PAGE_SIZE && (total === undefined || start + HOSE_PAGE_SIZE < total);
	return {
		results: matches.map((r) => ({
			name: `${String(r.name || r.id)}${r.code ? ` (${String(r.code)})` : ''}${r.state && r.state !== 'ACTIVE' ? ` [${String(r.state)}]` : ''}`,
			value: String(r.id),
		})),
		paginationToken: more ? String(start + HOSE_PAGE_SIZE) : undefined,
	};
}
