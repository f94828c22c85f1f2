import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { outputProperties, shapeOutput } from '../../../common/output';
import { DOCUMENT_KEYS, DOCUMENT_OUTPUT, getDocument, unwrapDocument, type DocumentKey } from '../../shared/document';

const properties: INodeProperties[] = [
	{
		displayName: 'Find By',
		name: 'findBy',
		type: 'options',
		default: 'flowId',
		options: [
			{ name: 'Flow ID (单据ID)', value: 'flowId' },
			{ name: 'Document Code (单据编号)', value: 'code' },
			{ name: 'Outer Code (outerCode)', value: 'outerCode' },
		],
	},
	{ displayName: 'Value', name: 'key', type: 'string', default: '', required: true, placeholder: 'e.g. B24000001' },
	...outputProperties(DOCUMENT_OUTPUT),
];

export const description = showFor('document', 'get', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const by = this.getNodeParameter('findBy', i) as DocumentKey;
	const key = v.required(`Value (${DOCUMENT_KEYS[by]?.label ?? by}) (key)`, String(this.getNodeParameter('key', i, '')).trim());
	const document = unwrapDocument(await getDocument.call(this, by, key, i));
	return shapeOutput(this, i, DOCUMENT_OUTPUT)(document);
}
