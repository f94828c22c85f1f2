import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { day } from '../../shared/approval';
import { compact } from '../../shared/fields';

/** The optional traveller fields of traveler/create and /update (didi-operations.txt). */
export const travelerFields: INodeProperties[] = [
	{
		displayName: 'Birth Date (出生日期)',
		name: 'birth_date',
		type: 'string',
		default: '',
		placeholder: 'e.g. 1990-01-31',
		description: 'YYYY-MM-DD. Needs the credential\'s transport encryption (DiDi only takes it encrypted).',
	},
	{
		displayName: 'ID Cards (证件)',
		name: 'cards',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Card',
		description: "Needs the credential's transport encryption (DiDi only takes card data encrypted). On Update the list replaces all cards.",
		options: [
			{
				displayName: 'Card',
				name: 'card',
				values: [
					{
						displayName: 'Type (证件类型)',
						name: 'card_type',
						type: 'options',
						default: 1,
						options: [
							{ name: 'ID Card (身份证)', value: 1 },
							{ name: 'Passport (护照)', value: 2 },
							{ name: 'HK/Macau/Taiwan Residence Permit (港澳台居民居住证)', value: 3 },
							{ name: 'Taiwan Compatriot Permit (台胞证)', value: 4 },
							{ name: 'Military Officer Card (军官证)', value: 5 },
							{ name: 'Home Return Permit (回乡证)', value: 6 },
							{ name: 'Foreigner Permanent Residence Card (外国人永久居留身份证)', value: 7 },
						],
					},
					{ displayName: 'Number (证件号码)', name: 'card_no', type: 'string', default: '', description: 'Up to 26 characters' },
					{ displayName: 'Expiry Date (有效期)', name: 'expire_date', type: 'string', default: '', placeholder: 'e.g. 2035-12-31', description: 'YYYY-MM-DD' },
				],
			},
		],
	},
	{ displayName: 'English Name (英文名)', name: 'english_name', type: 'string', default: '', description: 'English surname + name: at most 26 characters together' },
	{ displayName: 'English Surname (英文姓)', name: 'english_surname', type: 'string', default: '' },
	{ displayName: 'Out Traveler ID (外部出行人唯一ID)', name: 'out_traveler_id', type: 'string', default: '', description: 'Your own unique ID for the traveler, up to 32 characters' },
	{ displayName: 'Remark (备注)', name: 'remark', type: 'string', default: '', description: 'Up to 64 characters' },
	{
		displayName: 'Sex (性别)',
		name: 'sex',
		type: 'options',
		default: 0,
		options: [
			{ name: 'Not Given (空)', value: 0 },
			{ name: 'Male (男)', value: 1 },
			{ name: 'Female (女)', value: 2 },
		],
	},
];

export const phoneField: INodeProperties = { displayName: 'Phone (手机号)', name: 'phone', type: 'string', required: true, default: '', placeholder: 'e.g. 13800000000' };
export const nameField: INodeProperties = { displayName: 'Name (姓名)', name: 'name', type: 'string', required: true, default: '', placeholder: 'e.g. 张三', description: 'Up to 26 characters' };

const chars = (v: unknown) => [...String(v ?? '')].length;
const CHINA_ID = /^\d{17}[\dXx]$/;

/** DiDi's traveller `param_json`, checked against the document's rules. */
export async function travelerParams(this: IExecuteFunctions, i: number, v: Validator, extraName: string): Promise<IDataObject> {
	const phone = v.required('Phone (phone)', String(this.getNodeParameter('phone', i, '')).trim());
	if (!/^1\d{10}$/.test(phone)) v.fail('Phone (phone)', `must be an 11-digit mainland mobile number (got "${phone}")`);
	const name = v.required('Name (name)', String(this.getNodeParameter('name', i, '')).trim());
	v.maxLength('Name (name)', name, 26);
	const extra = this.getNodeParameter(extraName, i, {}) as IDataObject;
	const out: IDataObject = compact({
		phone,
		name,
		english_surname: extra.english_surname,
		english_name: extra.english_name,
		remark: extra.remark,
		out_traveler_id: extra.out_traveler_id,
		sex: extra.sex === undefined ? undefined : Number(extra.sex),
	});
	if (chars(out.english_surname) + chars(out.english_name) > 26) {
		v.fail('English Name (english_name)', 'and English Surname (english_surname) must be at most 26 characters together');
	}
	v.maxLength('Remark (remark)', out.remark as string | undefined, 64);
	v.maxLength('Out Traveler ID (out_traveler_id)', out.out_traveler_id as string | undefined, 32);
	if (extra.birth_date) out.birth_date = day(v, 'Birth Date (birth_date)', extra.birth_date);
	const cards = ((extra.cards as IDataObject | undefined)?.card as IDataObject[] | undefined) ?? [];
	if (cards.length) {
		out.card_list = cards.map((card, k) => {
			const label = `ID Cards (card_list[${k}].card_no)`;
			const number = v.required(label, String(card.card_no ?? '').trim());
			v.maxLength(label, number, 26);
			if (Number(card.card_type) === 1 && !CHINA_ID.test(number)) v.fail(label, 'must be an 18-character ID card number (身份证)');
			return compact({
				card_type: Number(card.card_type),
				card_no: number,
				expire_date: card.expire_date ? day(v, `ID Cards (card_list[${k}].expire_date)`, card.expire_date) : undefined,
			});
		});
	}
	if (out.birth_date || out.card_list) {
		// "若不整体加密传输时，此字段只可采用AES128加密传输（…此接口密钥特殊，需单独申请）": in clear only inside AES transport.
		const credentials = await this.getCredentials('didiEnterpriseApi', i);
		if (!credentials.encryption || credentials.encryption === 'none') {
			v.fail(
				out.card_list ? 'ID Cards (card_list)' : 'Birth Date (birth_date)',
				"need the credential's Encryption (AES128 or AES256): DiDi only accepts card numbers and birth dates encrypted",
			);
		}
	}
	return out;
}
