import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { didiData } from '../../transport';

export const description = showFor('regulation', 'get', [
	{
		displayName: 'Regulation (制度) Name or ID',
		name: 'regulationId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getRegulations' },
		required: true,
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
]);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const id = new Validator(this.getNode(), i).required('Regulation (regulation_id)', String(this.getNodeParameter('regulationId', i, '')));
	return await didiData.call(this, { method: 'GET', path: '/river/Regulation/detail', qs: { regulation_id: id }, itemIndex: i });
}
