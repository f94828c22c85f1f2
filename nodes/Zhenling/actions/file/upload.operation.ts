import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { inputBinaryProperty, requiredText, uploadFile } from '../../shared/files';
import { actAsUserProperty, userContext } from '../../shared/user';

/** 3.4 合同文件上传: the contract's main file or an attachment, linked to your contract id. */
const properties: INodeProperties[] = [
	inputBinaryProperty,
	{
		displayName: 'Source Document Number (来源单据号)',
		name: 'sourceDocumentNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. OA-HT-000123',
		description:
			"Your own system's unique contract ID. Zhenling links the file to the contract created with the same Source Code (sourceCode) in Contract → Create.",
	},
	{
		displayName: 'File Type (文件类型)',
		name: 'fileType',
		type: 'options',
		default: 'MAIN',
		options: [
			{ name: 'Main File (合同正文)', value: 'MAIN' },
			{ name: 'Attachment (附件)', value: 'ATTACHMENT' },
		],
	},
	actAsUserProperty,
];

export const description = showFor('file', 'upload', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const sourceDocumentNumber = requiredText(this, i, v, 'sourceDocumentNumber', 'Source Document Number (sourceDocumentNumber)');
	const fileType = v.oneOf('File Type (fileType)', String(this.getNodeParameter('fileType', i, 'MAIN')), ['MAIN', 'ATTACHMENT']);
	const user = userContext(this, i, v) as Record<string, string>;
	const upload = await uploadFile(this, i, '/contract/file/upload', { sourceDocumentNumber, fileType, ...user });
	return { ...upload.data, sourceDocumentNumber, fileType, fileName: upload.data.fileName ?? upload.fileName, mimeType: upload.mimeType, size: upload.size };
}
