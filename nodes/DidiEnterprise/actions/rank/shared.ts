import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { locatorValue } from '../../shared/fields';

/** didi-operations.txt, rank/create|update: "最长 30 字符，只能输入汉字、字母、数字、下划线、连字符、空格、点、括号、加、减和等号". */
const RANK_NAME = /^[\u4e00-\u9fa5A-Za-z0-9_\- .()（）+=]+$/;

export const rankLocator: INodeProperties = {
	displayName: 'Rank (职级)',
	name: 'rank',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchRanks', searchable: true } },
		{ displayName: 'By Rank ID', name: 'id', type: 'string', placeholder: 'e.g. 1125960000000001', hint: "DiDi's rank ID (滴滴侧职级 ID)" },
		{ displayName: 'By Out Rank ID (外部职级编号)', name: 'outRankId', type: 'string', placeholder: 'e.g. R1' },
	],
};

export const rankNameField: INodeProperties = {
	displayName: 'Name (职级名称)',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. P5',
	description: 'Up to 30 characters: Chinese characters, letters, digits, _ - space . ( ) + = are allowed.',
};

export function rankName(v: Validator, value: unknown): string {
	const name = v.required('Name (name)', String(value ?? '').trim());
	v.maxLength('Name (name)', name, 30);
	if (!RANK_NAME.test(name)) {
		v.fail('Name (name)', `may only hold Chinese characters, letters, digits, _ - space . ( ) + = (got "${name}")`);
	}
	return name;
}

export function outRankId(v: Validator, value: unknown): string | undefined {
	const id = String(value ?? '').trim();
	v.maxLength('Out Rank ID (out_rank_id)', id, 30);
	return id || undefined;
}

/** The locator as DiDi's `rank_id` or `out_rank_id` ("二者之一必填"). */
export function rankKey(this: IExecuteFunctions, i: number, v: Validator): IDataObject {
	const { mode, value } = locatorValue(this.getNodeParameter('rank', i));
	v.required('Rank (rank_id)', value);
	return mode === 'outRankId' ? { out_rank_id: outRankId(v, value) } : { rank_id: value };
}
