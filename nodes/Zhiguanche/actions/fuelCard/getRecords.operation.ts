import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readId } from '../../shared/crud';
import { listRecords, readPaging } from '../../shared/list';
import { fuelCardLocator } from '../../shared/locators';
import { readWindow, windowProperties } from '../../shared/window';

const properties: INodeProperties[] = [
	fuelCardLocator,
	...windowProperties({ required: false }),
	...returnAllAndLimit(),
];

export const description = showFor('fuelCard', 'getRecords', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const id = readId(this, v, fuelCardLocator, i);
	const window = readWindow(this, v, i, { required: false });
	return await listRecords.call(this, {
		path: `/fuel-cards/${encodeURIComponent(id)}/records`,
		qs: window ? { startTime: window.start, endTime: window.end } : {},
		itemIndex: i,
		...readPaging(this, i),
	});
}
