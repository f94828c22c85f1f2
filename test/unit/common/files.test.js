// nodes/common/binary.ts (the input file of an item, checked before any request; a downloaded file as an output
// item), download.ts (file name and type from the answer's headers) and multipart.ts (the upload body, byte-exact).
const { NodeOperationError } = require('n8n-workflow');
const { readInputFile, fileItem } = require('../../../nodes/common/binary');
const { fileNameOf, mimeTypeOf } = require('../../../nodes/common/download');
const { buildMultipart } = require('../../../nodes/common/multipart');
const { rejection } = require('../../helpers/rejection');

/** @type {import('n8n-workflow').INode} */
const node = { id: '1', name: 'Vendor', type: 'n8n-nodes-cn-enterprise.test', typeVersion: 1, position: [0, 0], parameters: {} };

/**
 * An execute context with these input items; the binary data buffers are given per property name.
 * @returns {any}
 */
function context(items, buffers = {}) {
	const reads = [];
	return {
		reads,
		getNode: () => node,
		getInputData: () => items,
		helpers: {
			getBinaryDataBuffer: async (i, name) => {
				reads.push([i, name]);
				return buffers[name];
			},
			prepareBinaryData: async (data, fileName, mimeType) => ({ data: data.toString('base64'), fileName, mimeType, prepared: true }),
		},
	};
}


describe('readInputFile', () => {
	test('the file of the named property of item i: its bytes, name and type', async () => {
		const items = [{ json: {} }, { json: {}, binary: { doc: { fileName: 'a.pdf', mimeType: 'application/pdf', data: '' } } }];
		const ctx = context(items, { doc: Buffer.from('%PDF') });
		expect(await readInputFile(ctx, 1, ' doc ')).toEqual({ data: Buffer.from('%PDF'), fileName: 'a.pdf', mimeType: 'application/pdf' });
		expect(ctx.reads).toEqual([[1, 'doc']]);
	});

	test('without a file name: the property name plus the extension; without a type: application/octet-stream', async () => {
		const items = [{ json: {}, binary: { data: { fileExtension: 'csv', data: '' }, raw: { data: '' } } }];
		const ctx = context(items, { data: Buffer.from('a,b'), raw: Buffer.from([1]) });
		expect(await readInputFile(ctx, 0, 'data')).toEqual({ data: Buffer.from('a,b'), fileName: 'data.csv', mimeType: 'application/octet-stream' });
		expect((await readInputFile(ctx, 0, 'raw')).fileName).toBe('raw');
	});

	test('a blank property name is required (with the field name given or the default one)', async () => {
		const ctx = context([{ json: {} }]);
		const error = await rejection(readInputFile(ctx, 0, '  '));
		expect(error).toBeInstanceOf(NodeOperationError);
		expect(error.message).toBe('Input Binary Field (binaryPropertyName) is required [item 0]');
		expect((await rejection(readInputFile(ctx, 0, '', 'File (file)'))).message).toBe('File (file) is required [item 0]');
		expect(ctx.reads).toEqual([]);
	});

	test('a missing property names what the item has, or that it has no binary data; nothing is read', async () => {
		const ctx = context([{ json: {}, binary: { a: { data: '' }, b: { data: '' } } }, { json: {} }]);
		const listed = await rejection(readInputFile(ctx, 0, 'file', 'File (file)'));
		expect(listed.message).toBe('File (file) names "file", but the item has no binary property "file" (it has: a, b) [item 0]');
		expect(listed.description).toBe(
			'Connect a node that outputs the file (e.g. Read/Write Files from Disk, HTTP Request with response format File) or change the field name.',
		);
		expect((await rejection(readInputFile(ctx, 1, 'file'))).message).toBe(
			'Input Binary Field (binaryPropertyName) names "file", but the item has no binary property "file" (it has no binary data) [item 1]',
		);
		expect((await rejection(readInputFile(ctx, 5, 'file'))).message).toContain('(it has no binary data) [item 5]');
		expect(ctx.reads).toEqual([]);
	});

	test('an empty file is refused', async () => {
		const ctx = context([{ json: {}, binary: { data: { fileName: 'x', data: '' } } }], { data: Buffer.alloc(0) });
		expect((await rejection(readInputFile(ctx, 0, 'data'))).message).toBe(
			'Input Binary Field (binaryPropertyName) names "data", but that file is empty [item 0]',
		);
	});
});

describe('fileItem', () => {
	test('the json, and the prepared file under the property', async () => {
		const ctx = context([]);
		const item = await fileItem(ctx, Buffer.from('hi'), { property: 'file', fileName: 'a.txt', mimeType: 'text/plain', json: { id: 1 } });
		expect(item).toEqual({ json: { id: 1 }, binary: { file: { data: 'aGk=', fileName: 'a.txt', mimeType: 'text/plain', prepared: true } } });
	});
});

describe('download headers', () => {
	test.each([
		[{ 'content-disposition': 'attachment; filename="report 1.pdf"' }, 'report 1.pdf'],
		[{ 'content-disposition': 'attachment; filename=report.pdf' }, 'report.pdf'],
		[{ 'content-disposition': 'attachment; filename=report.pdf; size=3' }, 'report.pdf'],
		[{ 'content-disposition': 'attachment;filename = "a.txt" ' }, 'a.txt'],
		[{ 'content-disposition': "attachment; filename=\"plain.pdf\"; filename*=UTF-8''%E5%90%88%E5%90%8C.pdf" }, '合同.pdf'],
		[{ 'content-disposition': "attachment; filename*=utf-8''a%20b.pdf ; x=1" }, 'a b.pdf'],
		[{ 'content-disposition': "attachment; filename*= UTF-8''\"q.pdf\"" }, 'q.pdf'],
		[{ 'content-disposition': "attachment; filename* =UTF-8''s.pdf" }, 's.pdf'],
		[{ 'content-disposition': "attachment; filename*=UTF-8''\"a\"b\".pdf\"" }, 'a"b".pdf'],
		[{ 'content-disposition': "attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E5%90" }, 'fallback.pdf'],
		[{ 'content-disposition': ['attachment; filename="first.pdf"', 'attachment; filename="second.pdf"'] }, 'first.pdf'],
		[{ 'Content-Disposition': 'attachment; filename="upper.pdf"' }, undefined],
		[{ 'content-disposition': 'attachment; filename=""' }, undefined],
		[{ 'content-disposition': 'attachment; filename=  ' }, undefined],
		[{ 'content-disposition': 'inline' }, undefined],
		[{}, undefined],
	])('%j: %j', (headers, name) => {
		expect(fileNameOf(headers)).toBe(name);
	});

	test('the MIME type without parameters, lower-cased', () => {
		expect(mimeTypeOf({ 'content-type': 'Application/PDF; charset=binary' })).toBe('application/pdf');
		expect(mimeTypeOf({ 'content-type': ' text/csv ' })).toBe('text/csv');
		expect(mimeTypeOf({ 'content-type': ['image/png', 'text/plain'] })).toBe('image/png');
		expect(mimeTypeOf({ 'content-type': ';charset=utf-8' })).toBeUndefined();
		expect(mimeTypeOf({})).toBeUndefined();
	});
});

describe('buildMultipart', () => {
	test('text fields first, then the file with its quoted and RFC 5987 names, one boundary throughout', () => {
		const data = Buffer.from([0, 255, 13, 10, 45, 45]);
		const { body, contentType } = buildMultipart(
			{ type: 'contract', 'na"me': 'v\r\n' },
			{ field: 'file', fileName: '合同 "1"\\.pdf', contentType: 'application/pdf', data },
		);
		const boundary = /^multipart\/form-data; boundary=(----n8nFormBoundary[0-9a-f]{24})$/.exec(contentType)[1];
		const expected = Buffer.concat([
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\ncontract\r\n` +
					`--${boundary}\r\nContent-Disposition: form-data; name="na%22me"\r\n\r\nv\r\n\r\n` +
					`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="合同 %221%22%5C.pdf"; ` +
					`filename*=UTF-8''${encodeURIComponent('合同 "1"\\.pdf')}\r\nContent-Type: application/pdf\r\n\r\n`,
				'utf8',
			),
			data,
			Buffer.from(`\r\n--${boundary}--\r\n`),
		]);
		expect(body.equals(expected)).toBe(true);
	});

	test('without fields: the file part only; each body has its own boundary', () => {
		const file = { field: 'f', fileName: 'a\rb\n.txt', contentType: 'text/plain', data: Buffer.from('x') };
		const one = buildMultipart({}, file);
		const two = buildMultipart({}, file);
		expect(one.contentType).not.toBe(two.contentType);
		const boundary = one.contentType.split('boundary=')[1];
		expect(one.body.toString()).toBe(
			`--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="a%0Db%0A.txt"; filename*=UTF-8''a%0Db%0A.txt\r\nContent-Type: text/plain\r\n\r\nx\r\n--${boundary}--\r\n`,
		);
	});
});
