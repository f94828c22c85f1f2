import { callOperation } from '../../shared/call';

/** 3.5 获取文件预览链接: a link that shows the file in a browser window. */
const operation = callOperation({
	resource: 'file',
	operation: 'getPreviewLink',
	path: '/file/preview',
	specs: [{ name: 'fileKey', label: 'File Key', zh: '文件Key', required: true }],
});

export const { description, execute } = operation;
