import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { recordsOf, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { legalEntityFields, legalEntityKey, legalEntityLocator, toLegalEntityParams } from './fields';

export const description = showFor('legalEntity', 'update', [
	legalEntityLocator(false),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: "Only the fields added here are changed. DiDi needs the name on every edit: without a new one the node sends the current name.",
		options: [{ displayName: 'Name (公司主体名称)', name: 'name', type: 'string', default: '' }, ...legalEntityFields],
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v: Validator = new Validator(this.getNode(), i);
	const key = legalEntityKey.call(this, i, v);
	const params = toLegalEntityParams(this.getNodeParameter('updateFields', i, {}) as IDataObject, v);
	if (Object.keys(params).length === 0) v.fail('Update Fields (updateFields)', 'must contain at least one field');
	if (!params.name) {
		// "name (string) *req*" on /edit: keep the current one.
		const { records } = recordsOf(
			await didiData.call(this, { method: 'GET', path: '/river/LegalEntity/get', qs: { legal_entity_id: key.legal_entity_id, offset: 0, length: 1 }, itemIndex: i }),
		);
		const current = records.find((r) => String(r.legal_entity_id) === String(key.legal_entity_id));
		if (!current) v.fail('Legal Entity (legal_entity_id)', `: DiDi has no active legal entity ${String(key.legal_entity_id)}`);
		params.name = current.name;
	}
	await didiData.call(this, { method: 'POST', path: '/river/LegalEntity/edit', body: { ...params, ...key }, itemIndex: i });
	return { ...key, ...params, updated: true };
}
