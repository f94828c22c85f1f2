import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { outputProperties, shapeOutput } from '../../../common/output';
import { EXPENSE } from '../../shared/shapes';
import { zgcData } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Expense ID (费用)', name: 'expenseId', type: 'string', required: true, default: '', placeholder: 'e.g. 3000001' },
	...outputProperties(EXPENSE),
];

export const description = showFor('expense', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const id = v.required('Expense ID (expenseId)', String(this.getNodeParameter('expenseId', i, '')).trim());
	return shapeOutput(this, i, EXPENSE)(await zgcData.call(this, { method: 'GET', path: `/expenses/${encodeURIComponent(id)}`, itemIndex: i }));
}
