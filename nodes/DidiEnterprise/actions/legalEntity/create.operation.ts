import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { legalEntityFields, toLegalEntityParams } from './fields';

export const description = showFor('legalEntity', 'create', [
	{ displayName: 'Name (公司主体名称)', name: 'name', type: 'string', required: true, default: '' },
	{ displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options: legalEntityFields },
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const name = v.required('Name (name)', String(this.getNodeParameter('name', i, '')).trim());
	const params = toLegalEntityParams(this.getNodeParameter('additionalFields', i, {}) as IDataObject, v);
	const data = await didiData.call(this, {
		method: 'POST',
		path: '/river/LegalEntity/add',
		body: { ...params, name },
		itemIndex: i,
		// Without an Out Legal Entity ID nothing stops a repeated add from creating a second entity.
		retries: params.out_legal_entity_id ? 3 : 0,
	});
	return { legal_entity_id: data?.legal_entity_id, name, ...params };
}
