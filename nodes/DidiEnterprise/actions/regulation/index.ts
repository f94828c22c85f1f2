import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import { Validator } from '../../../common/validation';
import { showFor } from '../../shared/fields';
import { operationSelector, referenceList } from '../../shared/reference';
import { didiData } from '../../transport';

const getMany = referenceList({ resource: 'regulation', path: '/river/Regulation/get', nameField: 'regulation_name' });

const get: OperationModule = {
	description: showFor('regulation', 'get', [
		{
			displayName: 'Regulation (制度) Name or ID',
			name: 'regulationId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getRegulations' },
			required: true,
			default: '',
			description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		},
	]),
	async execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
		const id = new Validator(this.getNode(), i).required('Regulation (regulation_id)', String(this.getNodeParameter('regulationId', i, '')));
		return await didiData.call(this, { method: 'GET', path: '/river/Regulation/detail', qs: { regulation_id: id }, itemIndex: i });
	},
};

export const operations: Record<string, OperationModule> = { get, getMany };

export const description: INodeProperties[] = [
	operationSelector('regulation', [
		{ name: 'Get', value: 'get', action: 'Get a regulation', description: 'Get a travel or ride policy (制度详情)' },
		{ name: 'Get Many', value: 'getMany', action: 'Get many regulations', description: 'List travel and ride policies (制度列表)' },
	]),
	...get.description,
	...getMany.description,
];
