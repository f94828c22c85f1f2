import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { Validator } from '../../common/validation';

/**
 * Member edit/create, birth_date: "1、若采用AES256整体加密，此字段需明文传输 2、若不整体加密传输时，此字段只可采用AES128加密传输
 * 3、若采用AES128整体加密，此字段仍需采用AES128单独加密" — in clear only inside AES256 transport; the separate AES128
 * field encryption is not offered, so anything else is refused before sending.
 */
export async function requireAes256ForBirthDate(this: IExecuteFunctions, data: IDataObject, v: Validator, i: number): Promise<void> {
	if (!data.birth_date) return;
	const credentials = await this.getCredentials('didiEnterpriseApi', i);
	if (credentials.encryption !== 'aes256') {
		v.fail('Birth Date (birth_date)', "needs the credential's Encryption set to AES256: DiDi takes a member's birth date in clear only inside AES256 transport");
	}
}
