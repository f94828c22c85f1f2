import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { compact, recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { didiData } from '../../transport';

export const description = showFor('legalEntity', 'getMany', [
	...returnAllAndLimit(),
	{ displayName: 'Keyword', name: 'keyword', type: 'string', default: '', description: 'Only legal entities whose name matches' },
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
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
}
