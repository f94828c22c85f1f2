import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { paginate } from '../../../common/pagination';
import { recordsOf, returnAllAndLimit, showFor } from '../../shared/fields';
import { didiData } from '../../transport';

export const description = showFor('rank', 'getMany', returnAllAndLimit());

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const returnAll = this.getNodeParameter('returnAll', i) as boolean;
	const limit = returnAll ? 0 : (this.getNodeParameter('limit', i) as number);
	return await paginate(
		async ({ offset, pageSize }) =>
			recordsOf(await didiData.call(this, { method: 'GET', path: '/river/Rank/getRanks', qs: { offset, length: pageSize }, itemIndex: i })),
		{ returnAll, limit, maxPageSize: 100 },
	);
}
