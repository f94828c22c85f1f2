import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { downloadFile, outputBinaryProperty, requiredText } from '../../shared/files';
import { actAsUserProperty, userContext } from '../../shared/user';

/** 3.11 通过fileKey下载文件 (GET): the file as n8n binary data, with Zhenling's file name and MIME type. */
const properties: INodeProperties[] = [
	{ displayName: 'File Key', name: 'fileKey', type: 'string', default: '', required: true, description: 'The fileKey an upload or a contract query returned' },
	outputBinaryProperty,
	actAsUserProperty,
];

export const description = showFor('file', 'download', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData> {
	const v = new Validator(this.getNode(), i);
	const fileKey = requiredText(this, i, v, 'fileKey', 'File Key (fileKey)');
	return await downloadFile(this, i, fileKey, userContext(this, i, v));
}
