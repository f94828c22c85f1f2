import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import type { OperationModule } from '../../../common/router';
import { compact, recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { operationSelector } from '../../shared/reference';
import { didiData } from '../../transport';

const getMany: OperationModule = {
	description: showFor('legalEntity', 'getMany', [
		...returnAllAndLimit(),
		{ displayName: 'Keyword', name: 'keyword', type: 'string', default: '', description: 'Only legal entities whose name matches' },
	]),
	async execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
		const returnAll = this.getNodeParameter('returnAll', i) as boolean;
		const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
		const qs = compact({ keyword: this.getNodeParameter('keyword', i, '') as string });
		return await paginate(
			async ({ offset, pageSize }) =>
				recordsOf(
					await didiData.call(this, {
						method: 'GET',
						path: '/river/LegalEntity/get',
						qs: { ...qs, offset, length: pageSize },
						itemIndex: i,
					}),
				),
			{ returnAll, limit, maxPageSize: 100 },
		);
	},
};

export const operations: Record<string, OperationModule> = { getMany };

export const description: INodeProperties[] = [
	operationSelector('legalEntity', [
		{ name: 'Get Many', value: 'getMany', action: 'Get many legal entities', description: 'List legal entities (公司主体查询)' },
	]),
	...getMany.description,
];
