import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { showFor } from '../../shared/fields';
import { memberLocator, resolveMemberKey } from '../../shared/member';
import { didiRequest } from '../../transport';

export const description = showFor('member', 'delete', [memberLocator]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const key = await resolveMemberKey.call(this, i);
	// DiDi takes a list of employee numbers as a JSON array string.
	const body = key.member_id
		? { member_id: key.member_id }
		: { employee_number: JSON.stringify([key.employee_number]) };
	await didiRequest.call(this, {
		method: 'POST',
		path: '/river/Member/del',
		body,
		itemIndex: i,
		bucket: 'memberWrite',
	});
	return { ...key, deleted: true };
}
