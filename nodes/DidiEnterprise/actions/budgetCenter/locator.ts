import type { INodeProperties } from 'n8n-workflow';

export const budgetCenterLocator: INodeProperties = {
	displayName: 'Budget Center (部门/项目)',
	name: 'budgetCenter',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchBudgetCenters', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 1125920020961744',
			validation: [{ type: 'regex', properties: { regex: '^\\d+$', errorMessage: 'A DiDi budget center ID is a number' } }],
		},
	],
};
