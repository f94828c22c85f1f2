import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { rankKey, rankLocator } from './shared';

export const description = showFor('rank', 'delete', [rankLocator]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const key = rankKey.call(this, i, new Validator(this.getNode(), i));
	const data = await didiData.call(this, { method: 'POST', path: '/open-apis/v1/rank/del', body: { param_json: JSON.stringify(key) }, itemIndex: i });
	return { id: data?.id ?? key.rank_id, ...key, deleted: true };
}
