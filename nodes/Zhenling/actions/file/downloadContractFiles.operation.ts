import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { showFor } from '../../../common/fields';
import { Validator } from '../../../common/validation';
import { contractCodeOf, contractLocator } from '../../shared/contract';
import { downloadFile, outputBinaryProperty, outputPropertyName } from '../../shared/files';
import { actAsUserProperty, userContext } from '../../shared/user';
import { zhenlingData } from '../../transport';

/**
 * 3.7 合同正文及附件下载: one output item per file of the contract (body, attachments or both), each with
 * its binary data. The file list comes first, then each file by fileKey (3.11) [A].
 */
const properties: INodeProperties[] = [
	contractLocator,
	{
		displayName: 'Files',
		name: 'scope',
		type: 'options',
		default: 'ALL',
		options: [
			{ name: 'Body and Attachments (正文及附件)', value: 'ALL' },
			{ name: 'Body Only (正文)', value: 'BODY' },
			{ name: 'Attachments Only (附件)', value: 'ATTACHMENT' },
		],
	},
	outputBinaryProperty,
	actAsUserProperty,
];

export const description = showFor('file', 'downloadContractFiles', properties);

export async function execute(this: IExecuteFunctions, i: number): Promise<INodeExecutionData[]> {
	const v = new Validator(this.getNode(), i);
	const contractCode = contractCodeOf(this, i, v);
	const scope = v.oneOf('Files (scope)', String(this.getNodeParameter('scope', i, 'ALL')), ['ALL', 'BODY', 'ATTACHMENT']);
	const user = userContext(this, i, v);
	outputPropertyName(this, i, v);
	const files = (await zhenlingData.call(this, { method: 'POST', path: '/contract/files', body: { contractCode, scope, ...user }, itemIndex: i })) as unknown;
	const out: INodeExecutionData[] = [];
	for (const file of (Array.isArray(files) ? files : []) as IDataObject[]) {
		out.push(await downloadFile(this, i, String(file.fileKey), user, { ...file, contractCode }));
	}
	return out;
}
