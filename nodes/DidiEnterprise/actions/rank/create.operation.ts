import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { compact, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { outRankId, rankName, rankNameField } from './shared';

export const description = showFor('rank', 'create', [
	rankNameField,
	{
		displayName: 'Out Rank ID (外部职级编号)',
		name: 'outRankId',
		type: 'string',
		default: '',
		placeholder: 'e.g. R5',
		description: 'Your own rank code, up to 30 characters. Members and approval policies (policy_type 1) can then refer to it.',
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const param = compact({ name: rankName(v, this.getNodeParameter('name', i)), out_rank_id: outRankId(v, this.getNodeParameter('outRankId', i, '')) });
	const data = await didiData.call(this, {
		method: 'POST',
		path: '/open-apis/v1/rank/create',
		body: { param_json: JSON.stringify(param) },
		itemIndex: i,
		// No idempotency key: a create whose answer was lost could otherwise be applied twice.
		retries: 0,
	});
	return { id: data?.id, ...param };
}
