import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { rankKey, rankLocator, rankName, rankNameField } from './shared';

export const description = showFor('rank', 'update', [
	rankLocator,
	{ ...rankNameField, displayName: 'New Name (职级名称)', description: `DiDi requires the name on every update. ${rankNameField.description}` },
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const name = rankName(v, this.getNodeParameter('name', i));
	const key = rankKey.call(this, i, v);
	const data = await didiData.call(this, { method: 'POST', path: '/open-apis/v1/rank/update', body: { param_json: JSON.stringify({ ...key, name }) }, itemIndex: i });
	return { id: data?.id ?? key.rank_id, ...key, name, updated: true };
}
