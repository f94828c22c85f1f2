import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor, toJsonString } from '../../shared/fields';
import { memberDataFields, memberLocator, resolveMemberKey, toMemberData } from '../../shared/member';
import { requireAes256ForBirthDate } from '../../shared/memberBirthDate';
import { phoneCheckOf } from '../../shared/phone';
import { didiRequest } from '../../transport';

const properties: INodeProperties[] = [
	memberLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are changed',
		options: memberDataFields,
	},
];

export const description = showFor('member', 'update', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const validator = new Validator(this.getNode(), i);
	const fields = this.getNodeParameter('updateFields', i, {}) as IDataObject;
	const data = toMemberData(fields, validator, await phoneCheckOf.call(this, i));
	if (Object.keys(data).length === 0) validator.fail('Update Fields (updateFields)', 'must contain at least one field');
	await requireAes256ForBirthDate.call(this, data, validator, i);
	const key = await resolveMemberKey.call(this, i);
	await didiRequest.call(this, {
		method: 'POST',
		path: '/river/Member/edit',
		body: { ...key, data: toJsonString(data) },
		itemIndex: i,
		bucket: 'memberWrite',
	});
	return { ...key, id: key.member_id, updated: true };
}
