import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { locatorValue, showFor } from '../../shared/fields';
import { memberLocator, normaliseMember } from '../../shared/member';
import { checkPhone, phoneCheckOf } from '../../shared/phone';
import { didiData } from '../../transport';

export const description = showFor('member', 'get', [memberLocator]);

const QUERY_KEY: Record<string, string> = { id: 'member_id', list: 'member_id', phone: 'phone', employeeNumber: 'employee_number' };

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const { mode, value } = locatorValue(this.getNodeParameter('member', i));
	const validator = new Validator(this.getNode(), i);
	validator.required('Member (member)', value);
	if (mode === 'phone') checkPhone(validator, 'Member (member)', value, await phoneCheckOf.call(this, i));
	const data = await didiData.call(this, {
		method: 'GET',
		path: '/river/Member/detail',
		qs: { [QUERY_KEY[mode] ?? 'member_id']: value },
		itemIndex: i,
	});
	return normaliseMember(data ?? {});
}
