import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { checkValue } from '../../shared/values';
import { vehicleRequestLocator } from '../../shared/locators';
import { runAction } from '../../shared/request';

const properties: INodeProperties[] = [
	vehicleRequestLocator,
	{ displayName: 'Mileage (行驶里程, Km)', name: 'mileageKm', type: 'number', default: 0, typeOptions: { minValue: 0 }, description: 'Distance driven; 0 lets ZhiGuanChe use its own record' },
];

export const description = showFor('vehicleRequest', 'complete', properties);

/** Checks the vehicle back in (还车): writes the usage record (`usageRecordId`) and frees the vehicle. */
export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const km = checkValue(v, 'Mileage (Km) (mileageKm)', 'integer', this.getNodeParameter('mileageKm', i, 0)) as number | undefined;
	return await runAction(this, v, i, 'complete', km ? { mileageKm: km } : {});
}
