import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { findStaff, requireLocator, staffLocator, type StaffKey } from '../../shared/staffLookup';

export const description = showFor('staff', 'get', [staffLocator]);

/** The staff member a locator names, or a clear error. 查询员工 finds active staff only (Hose's note). */
export async function locateStaff(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const { mode, value } = requireLocator(v, 'Staff (staff)', this.getNodeParameter('staff', i));
	const [found] = await findStaff.call(this, mode as StaffKey, [value], i);
	if (!found) {
		throw new NodeOperationError(this.getNode(), `No Hose staff member with ${mode} "${value}"`, {
			itemIndex: i,
			description: "Hose's 查询员工 only finds active staff; use Get Many with Status → Disabled Only for disabled ones.",
		});
	}
	return found;
}

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	return await locateStaff.call(this, i);
}
