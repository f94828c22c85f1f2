import type { INodeProperties } from 'n8n-workflow';

/** A requisition (申请事项) as a resource locator: From List (获取申请事项列表) or ID. A plain string is an ID. */
export function requisitionLocator(displayName: string, name: string, required: boolean, description?: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		...(required ? { required: true } : {}),
		...(description ? { description } : {}),
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchRequisitions', searchable: true } },
			{ displayName: 'ID', name: 'id', type: 'string', placeholder: 'e.g. ID01abc:req1' },
		],
	};
}
