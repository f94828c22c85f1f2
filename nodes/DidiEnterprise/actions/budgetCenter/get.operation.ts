import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { locatorValue, recordsOf, showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { budgetCenterLocator } from './locator';
import { typeField } from './shared';

export const description = showFor('budgetCenter', 'get', [budgetCenterLocator, typeField]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const id = v.required('Budget Center (budgetCenter)', locatorValue(this.getNodeParameter('budgetCenter', i)).value);
	const type = Number(this.getNodeParameter('type', i));
	const { records } = recordsOf(
		await didiData.call(this, {
			method: 'GET',
			path: '/river/BudgetCenter/get',
			qs: { id, type, offset: 0, length: 1 },
			itemIndex: i,
		}),
	);
	const found = records.find((r) => String(r.id) === id) ?? records[0];
	if (!found) {
		throw new NodeOperationError(this.getNode(), `DiDi has no active budget center ${id} of this type [item ${i}]`, {
			itemIndex: i,
			description: 'Disabled (deleted) departments and projects are not returned by DiDi',
		});
	}
	return found;
}
