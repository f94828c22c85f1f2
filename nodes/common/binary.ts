import type { IBinaryData, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { Validator } from './validation';

export interface InputFile {
	data: Buffer;
	fileName: string;
	mimeType: string;
}

/**
 * The file in binary property `property` of item `i`, read once into a Buffer. Fails before any request,
 * naming the field and item, when the property is missing or the file is empty.
 */
export async function readInputFile(
	context: IExecuteFunctions,
	i: number,
	property: string,
	field = 'Input Binary Field (binaryPropertyName)',
): Promise<InputFile> {
	const v: Validator = new Validator(context.getNode(), i);
	const name = v.required(field, property.trim());
	const item = context.getInputData()[i];
	const binary: IBinaryData | undefined = item?.binary?.[name];
	if (!binary) {
		const present = Object.keys(item?.binary ?? {});
		v.fail(
			field,
			`names "${name}", but the item has no binary property "${name}"${present.length ? ` (it has: ${present.join(', ')})` : ' (it has no binary data)'}`,
			'Connect a node that outputs the file (e.g. Read/Write Files from Disk, HTTP Request with response format File) or change the field name.',
		);
	}
	const data = await context.helpers.getBinaryDataBuffer(i, name);
	if (!data.length) v.fail(field, `names "${name}", but that file is empty`);
	return {
		data,
		fileName: binary.fileName || `${name}${binary.fileExtension ? `.${binary.fileExtension}` : ''}`,
		mimeType: binary.mimeType || 'application/octet-stream',
	};
}

/** An output item carrying a downloaded file in binary property `property`. */
export async function fileItem(
	context: IExecuteFunctions,
	data: Buffer,
	{ property, fileName, mimeType, json }: { property: string; fileName?: string; mimeType?: string; json: INodeExecutionData['json'] },
): Promise<INodeExecutionData> {
	const binary = await context.helpers.prepareBinaryData(data, fileName, mimeType);
	return { json, binary: { [property]: binary } };
}
