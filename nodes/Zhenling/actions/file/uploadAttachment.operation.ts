import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { inputBinaryProperty, uploadFile } from '../../shared/files';
import { actAsUserProperty, userContext } from '../../shared/user';

/** 3.15 通用附件上传接口: a file not tied to a contract yet; its fileKey goes into other calls. */
const properties: INodeProperties[] = [inputBinaryProperty, actAsUserProperty];

export const description = showFor('file', 'uploadAttachment', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<IDataObject> {
	const v = new Validator(this.getNode(), i);
	const user = userContext(this, i, v) as Record<string, string>;
	const upload = await uploadFile(this, i, '/attachment/upload', user);
	return { ...upload.data, fileName: upload.fileName, mimeType: upload.mimeType, size: upload.size };
}
