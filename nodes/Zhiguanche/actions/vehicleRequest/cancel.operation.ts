import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { vehicleRequestLocator } from '../../shared/locators';
import { runAction } from '../../shared/request';

const properties: INodeProperties[] = [
	vehicleRequestLocator,
	{ displayName: 'Reason (取消原因)', name: 'reason', type: 'string', default: '' },
];

export const description = showFor('vehicleRequest', 'cancel', properties);

/** Cancels a pending or approved request; a dispatched vehicle becomes idle again. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const reason = String(this.getNodeParameter('reason', i, '')).trim();
	return await runAction(this, v, i, 'cancel', reason ? { reason } : {});
}
