import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { readFields, toProperty } from '../../shared/fields';
import { listRecords, readPaging } from '../../shared/list';
import { readWindow, windowProperties } from '../../shared/window';
import { EXPENSE_FILTERS, typeField } from './fields';
import { outputProperties, shapeOutput } from '../../../common/output';
import { EXPENSE } from '../../shared/shapes';

const properties: INodeProperties[] = [
	typeField(false),
	...windowProperties({ required: false }).map((p) => ({ ...p, description: `${p.description as string} Filters on when the expense occurred.` })),
	...returnAllAndLimit(),
	{ displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options: EXPENSE_FILTERS.map((f) => toProperty(f)) },
	...outputProperties(EXPENSE),
];

export const description = showFor('expense', 'getMany', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject[]> {
	const v = new Validator(this.getNode(), i);
	const qs = readFields(v, EXPENSE_FILTERS, this.getNodeParameter('filters', i, {}) as IDataObject);
	const type = String(this.getNodeParameter('type', i, '')).trim();
	if (type) qs.type = type;
	const window = readWindow(this, v, i, { required: false });
	if (window) Object.assign(qs, { startTime: window.start, endTime: window.end });
	return (await listRecords.call(this, { path: '/expenses', qs, itemIndex: i, ...readPaging(this, i) })).map(shapeOutput(this, i, EXPENSE));
}
