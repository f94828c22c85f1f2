import type { INodeProperties } from 'n8n-workflow';
import type { OperationModule } from '../../../common/router';
import * as clearSourceFiles from './clearSourceFiles.operation';
import * as download from './download.operation';
import * as downloadContractFiles from './downloadContractFiles.operation';
import * as getPreviewLink from './getPreviewLink.operation';
import * as upload from './upload.operation';
import * as uploadAttachment from './uploadAttachment.operation';

export const operations: Record<string, OperationModule> = { clearSourceFiles, download, downloadContractFiles, getPreviewLink, upload, uploadAttachment };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['file'] } },
		default: 'upload',
		options: [
			{ name: 'Clear Source Files', value: 'clearSourceFiles', action: 'Clear files uploaded for a source document', description: 'Remove the files uploaded for a source document number (3.26 来源创建上传文件清空)' },
			{ name: 'Download', value: 'download', action: 'Download a file', description: 'Download a file by fileKey as binary data (3.11 通过fileKey下载文件)' },
			{ name: 'Download Contract Files', value: 'downloadContractFiles', action: 'Download the body and attachments of a contract', description: 'Download the body and attachments of a contract as binary data (3.7 合同正文及附件下载)' },
			{ name: 'Get Preview Link', value: 'getPreviewLink', action: 'Get a file preview link', description: 'A link that previews the file in a browser (3.5 获取文件预览链接)' },
			{ name: 'Upload Attachment', value: 'uploadAttachment', action: 'Upload an attachment', description: 'Upload a file from binary data (3.15 通用附件上传接口)' },
			{ name: 'Upload Contract File', value: 'upload', action: 'Upload a contract file', description: 'Upload the contract file from binary data, linked to your contract ID (3.4 合同文件上传)' },
		],
	},
	...clearSourceFiles.description,
	...download.description,
	...downloadContractFiles.description,
	...getPreviewLink.description,
	...upload.description,
	...uploadAttachment.description,
];
