import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { departmentLocator, resolveDepartmentId } from '../../shared/department';
import { requireLocator } from '../../shared/staffLookup';
import { hoseRequest, idSegment } from '../../transport';

/**
 * 停启用部门. Hose: disabling also disables the descendants and is refused while staff belong to the
 * department; enabling does not enable the descendants.
 */
export function setDepartmentActive(operation: 'enable' | 'disable') {
	const active = operation === 'enable';
	return {
		description: showFor('department', operation, [departmentLocator()]),
		async execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
			const v = new Validator(this.getNode(), i);
			const locator = requireLocator(v, 'Department (department)', this.getNodeParameter('department', i));
			const id = await resolveDepartmentId.call(this, locator, i, 'Department (department)', active);
			await hoseRequest.call(this, {
				method: 'PUT',
				path: `/api/openapi/v1/departments/disableOrEnableDepartment/${idSegment(id)}`,
				qs: { active },
				itemIndex: i,
			});
			return { id, active };
		},
	};
}
