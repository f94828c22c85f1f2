import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { listOfIds } from '../../shared/checks';
import { hoseRequest, idListSegment } from '../../transport';

/** Enable or disable staff (停启用员工, `PUT /api/openapi/v1.1/staffs/disableOrEnableStaff/[ids]`). */
export function setActiveOperation(operation: 'enable' | 'disable') {
	const active = operation === 'enable';
	const properties: INodeProperties[] = [
		{
			displayName: 'Staff IDs',
			name: 'staffIds',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. ID01abc:ID_3rAZNCY2V$g, ID01abc:ID_3rAZNCY2X$g',
			description: 'One or more staff IDs, comma-separated (or an array from an expression); up to 100 per item',
		},
	];
	return {
		description: showFor('staff', operation, properties),
		async execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
			const v = new Validator(this.getNode(), i);
			const ids = listOfIds(this.getNodeParameter('staffIds', i));
			if (ids.length === 0) v.fail('Staff IDs (staffIds)', 'is required');
			if (ids.length > 100) v.fail('Staff IDs (staffIds)', `must list at most 100 IDs per item (got ${ids.length})`);
			await hoseRequest.call(this, {
				method: 'PUT',
				path: `/api/openapi/v1.1/staffs/disableOrEnableStaff/${idListSegment(ids)}`,
				qs: { active },
				itemIndex: i,
			});
			return { ids, active };
		},
	};
}
