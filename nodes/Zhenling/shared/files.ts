/** Zhenling file transfers: uploads as multipart/form-data from n8n binary data, downloads to binary data. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { fileItem, readInputFile } from '../../common/binary';
import { fileNameOf, mimeTypeOf } from '../../common/download';
import { buildMultipart } from '../../common/multipart';
import { Validator } from '../../common/validation';
import { zhenlingData, zhenlingDownload } from '../transport';

export const inputBinaryProperty: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the input binary field containing the file to upload',
};

export const outputBinaryProperty: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'outputBinaryPropertyName',
	type: 'string',
	default: 'data',
	required: true,
	hint: 'The name of the output binary field to put the file in',
};

/** Uploads the input file of item `i` with the text `fields` (the file part is named `file` [A]). */
export async function uploadFile(
	context: IExecuteFunctions,
	i: number,
	path: string,
	fields: Record<string, string>,
): Promise<{ data: IDataObject; fileName: string; mimeType: string; size: number }> {
	const property = context.getNodeParameter('binaryPropertyName', i, 'data') as string;
	const file = await readInputFile(context, i, property);
	const { body, contentType } = buildMultipart(fields, { field: 'file', fileName: file.fileName, contentType: file.mimeType, data: file.data });
	const data = (await zhenlingData.call(context, {
		method: 'POST',
		path,
		body,
		headers: { 'Content-Type': contentType },
		itemIndex: i,
		timeout: 300000,
	})) as IDataObject;
	return { data: data ?? {}, fileName: file.fileName, mimeType: file.mimeType, size: file.data.length };
}

/** The output binary field's name, checked before any request (an empty one would fail after the download). */
export function outputPropertyName(context: IExecuteFunctions, i: number, v: Validator): string {
	return requiredText(context, i, v, 'outputBinaryPropertyName', 'Put Output File in Field (outputBinaryPropertyName)');
}

/** Downloads a file by fileKey (3.11) into an output item with binary data, file name and MIME type. */
export async function downloadFile(
	context: IExecuteFunctions,
	i: number,
	fileKey: string,
	user: IDataObject,
	json: IDataObject = {},
): Promise<INodeExecutionData> {
	const property = outputPropertyName(context, i, new Validator(context.getNode(), i));
	const response = await zhenlingDownload.call(context, {
		method: 'GET',
		path: '/file/download',
		qs: { fileKey, ...user },
		itemIndex: i,
		timeout: 300000,
	});
	const fileName = fileNameOf(response.headers) ?? (json.fileName as string | undefined) ?? fileKey;
	const mimeType = mimeTypeOf(response.headers) ?? 'application/octet-stream';
	return await fileItem(context, response.body, {
		property,
		fileName,
		mimeType,
		json: { ...json, fileKey, fileName, mimeType, size: response.body.length },
	});
}

/** A required text parameter, validated. */
export function requiredText(context: IExecuteFunctions, i: number, v: Validator, name: string, field: string): string {
	return v.required(field, String(context.getNodeParameter(name, i, '') ?? '').trim());
}
