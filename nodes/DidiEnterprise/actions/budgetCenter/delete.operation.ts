import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { locatorValue, showFor } from '../../shared/fields';
import { didiRequest } from '../../transport';
import { budgetCenterLocator } from './locator';
import { typeField } from './shared';

export const description = showFor('budgetCenter', 'delete', [budgetCenterLocator, typeField]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const id = v.required('Budget Center (budgetCenter)', locatorValue(this.getNodeParameter('budgetCenter', i)).value);
	const type = Number(this.getNodeParameter('type', i));
	await didiRequest.call(this, { method: 'POST', path: '/river/BudgetCenter/del', body: { id, type }, itemIndex: i });
	return { id, deleted: true };
}
