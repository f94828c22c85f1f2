/** The contract a call is about: a resource locator (pick from 3.24 contract list, or enter the code). */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Validator } from '../../common/validation';

export const contractLocator: INodeProperties = {
	displayName: 'Contract (合同)',
	name: 'contractCode',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchContracts', searchable: true },
		},
		{
			displayName: 'By Contract Code (合同编号)',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. HT202605010001',
		},
	],
};

/** The chosen contract code of item `i`. */
export function contractCodeOf(context: IExecuteFunctions, i: number, v: Validator): string {
	const value = context.getNodeParameter('contractCode', i, '', { extractValue: true }) as unknown;
	return v.required('Contract (contractCode)', String(value ?? '').trim());
}
