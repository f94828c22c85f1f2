import { callOperation } from '../../shared/call';

/** 3.26 来源创建上传文件清空: removes the files uploaded for a source document number (before a contract uses them). */
const operation = callOperation({
	resource: 'file',
	operation: 'clearSourceFiles',
	path: '/contract/source-files/clear',
	specs: [{ name: 'sourceDocumentNumber', label: 'Source Document Number', zh: '来源单据号', required: true, placeholder: 'e.g. OA-HT-000123' }],
	shape: (data, body) => ({ ...(data as object), sourceDocumentNumber: body.sourceDocumentNumber as string }),
});

export const { description, execute } = operation;
