import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { toChinaDateTime, toDate } from '../../../common/dates';
import { Validator } from '../../../common/validation';
import { compact, locatorValue } from '../../shared/fields';

/** Legal entity (公司主体) picked from DiDi's list or given by ID (or, for Delete, by your own code). */
export function legalEntityLocator(withOutId: boolean): INodeProperties {
	return {
		displayName: 'Legal Entity (公司主体)',
		name: 'legalEntity',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchLegalEntities', searchable: true } },
			{ displayName: 'By Legal Entity ID', name: 'id', type: 'string', placeholder: 'e.g. 1125970000000001' },
			...(withOutId ? [{ displayName: 'By Out Legal Entity ID (外部公司主体编号)', name: 'outId', type: 'string' as const, placeholder: 'e.g. LE001' }] : []),
		],
	};
}

/** The fields of /river/LegalEntity/add and /edit besides name and legal_entity_id (didi-operations.txt). */
export const legalEntityFields: INodeProperties[] = [
	{ displayName: 'Address (注册地址)', name: 'address', type: 'string', default: '' },
	{ displayName: 'Bank Account Number (开户行账号)', name: 'bank_card_no', type: 'string', default: '', description: 'Digits only' },
	{ displayName: 'Bank Name (开户行名称)', name: 'open_bank', type: 'string', default: '' },
	{ displayName: 'Out Legal Entity ID (外部公司主体编号)', name: 'out_legal_entity_id', type: 'string', default: '', description: 'Your own code; DiDi keeps it unique among active legal entities' },
	{
		displayName: 'Parent Legal Entity (上级公司) Name or ID',
		name: 'parent_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getLegalEntities' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{ displayName: 'Taxpayer Number (纳税人识别号)', name: 'taxpayer_no', type: 'string', default: '', description: '15, 18 or 20 characters' },
	{ displayName: 'Telephone (注册电话)', name: 'telephone', type: 'string', default: '' },
	{ displayName: 'Valid From (有效期开始)', name: 'start_time', type: 'dateTime', default: '', description: 'China time; DiDi defaults to today' },
	{ displayName: 'Valid Until (有效期结束)', name: 'end_time', type: 'dateTime', default: '', description: 'China time, in the future; DiDi defaults to no end' },
];

/** Checks and maps the UI fields to DiDi's parameters. */
export function toLegalEntityParams(fields: IDataObject, v: Validator): IDataObject {
	const out: IDataObject = { ...fields };
	for (const [key, label] of [
		['start_time', 'Valid From (start_time)'],
		['end_time', 'Valid Until (end_time)'],
	] as const) {
		if (fields[key] === undefined || fields[key] === '') continue;
		const date = toDate(fields[key]);
		if (!date) v.fail(label, `must be a date and time (got "${String(fields[key])}")`);
		if (key === 'end_time' && date.getTime() <= Date.now()) v.fail(label, 'must be in the future (需大于当前时间)');
		out[key] = toChinaDateTime(date);
	}
	const taxpayer = String(fields.taxpayer_no ?? '').trim();
	if (taxpayer && ![15, 18, 20].includes(taxpayer.length)) {
		v.fail('Taxpayer Number (taxpayer_no)', `must have 15, 18 or 20 characters (got ${taxpayer.length})`);
	}
	if (fields.telephone !== undefined) out.telephone = v.telephone('Telephone (telephone)', fields.telephone);
	const account = String(fields.bank_card_no ?? '').trim();
	if (account && !/^\d+$/.test(account)) v.fail('Bank Account Number (bank_card_no)', 'must contain digits only (纯数字)');
	if (fields.parent_id !== undefined && fields.parent_id !== '') {
		if (!/^\d+$/.test(String(fields.parent_id).trim())) v.fail('Parent Legal Entity (parent_id)', `must be a DiDi legal entity ID (got "${String(fields.parent_id)}")`);
		out.parent_id = Number(String(fields.parent_id).trim());
	}
	return compact(out);
}

/** Reads the locator: `{ legal_entity_id }` or `{ out_legal_entity_id }`. */
export function legalEntityKey(this: IExecuteFunctions, i: number, v: Validator): IDataObject {
	const { mode, value } = locatorValue(this.getNodeParameter('legalEntity', i));
	v.required('Legal Entity (legal_entity_id)', value);
	return mode === 'outId' ? { out_legal_entity_id: value } : { legal_entity_id: value };
}
