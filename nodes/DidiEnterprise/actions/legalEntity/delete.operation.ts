import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';
import { legalEntityKey, legalEntityLocator } from './fields';

export const description = showFor('legalEntity', 'delete', [legalEntityLocator(true)]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const key = legalEntityKey.call(this, i, new Validator(this.getNode(), i));
	await didiData.call(this, { method: 'POST', path: '/river/LegalEntity/del', body: key, itemIndex: i });
	return { ...key, disabled: true };
}
