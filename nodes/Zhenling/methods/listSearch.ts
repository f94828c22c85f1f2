import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import type { PageAnswer } from '../shared/paging';
import { zhenlingData } from '../transport';

const PAGE = 50;

async function page(context: ILoadOptionsFunctions, path: string, body: IDataObject, token?: string) {
	const pageNo = Number(token ?? 1) || 1;
	const data = (await zhenlingData.call(context, { method: 'POST', path, body: { ...body, pageNo, pageSize: PAGE } })) as PageAnswer;
	const list = Array.isArray(data?.list) ? data.list : [];
	const more = list.length === PAGE && (typeof data?.total !== 'number' || pageNo * PAGE < data.total);
	return { list, next: more ? String(pageNo + 1) : undefined };
}

/** Contracts from 3.24 合同列表查询, searched by name or counterparty. */
export async function searchContracts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const { list, next } = await page(this, '/contract/list', filter ? { keyword: filter } : {}, paginationToken);
	return {
		results: list.map((c) => ({
			name: [c.contractName, c.counterparty, c.contractCode].filter(Boolean).join(' · '),
			value: String(c.contractCode),
		})),
		paginationToken: next,
	};
}

/** Counterparties from 2.1 相对方批量查询; a filter matches the exact name (Zhenling's query has no partial match [A]). */
export async function searchCounterparties(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const { list, next } = await page(this, '/counterparty/query', filter ? { names: [filter] } : {}, paginationToken);
	return {
		results: list.map((c) => ({ name: `${String(c.name)} (${String(c.code)})`, value: String(c.name) })),
		paginationToken: next,
	};
}
