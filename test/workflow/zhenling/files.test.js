// Zhenling files through the harness against the sandbox: 3.4 upload from n8n binary data, 3.15 attachment
// upload, 3.5 preview link, 3.7 contract body and attachments and 3.11 download by fileKey as binary output
// (file name, MIME type, bytes equal), 3.26 clearing; bad input sends nothing; vendor errors; token expiry.
jest.setTimeout(30000);

const { setup } = require('./helpers');

let env;
beforeAll(async () => {
	env = await setup();
});
afterAll(async () => env && (await env.close()));
beforeEach(() => env.reset());

const pdf = (text = '%PDF-1.4 合同正文 ') => Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from(Array.from({ length: 3000 }, (_, k) => k % 256))]);
const fileItem = (bytes, fileName = '采购合同.pdf', mimeType = 'application/pdf', json = {}) => ({
	json,
	binary: { data: { data: bytes.toString('base64'), mimeType, fileName, fileExtension: fileName.split('.').pop() } },
});
const upload = (over = {}) => ({ resource: 'file', operation: 'upload', binaryPropertyName: 'data', sourceDocumentNumber: 'OA-HT-9001', fileType: 'MAIN', ...over });
const bytesOf = async (run, nodeName = 'Zhenling', index = 0, property = 'data') => {
	const item = run.items(nodeName)[index];
	const binary = item.binary[property];
	return { bytes: Buffer.from(binary.data, 'base64'), binary };
};

describe('upload → download round trip', () => {
	it('3.4 uploads the binary as multipart; 3.11 downloads the same bytes with file name and MIME type', async () => {
		const original = pdf();
		const up = await env.run(upload(), [fileItem(original)]);
		expect(up.error).toBeUndefined();
		const uploaded = up.json('Zhenling')[0];
		expect(uploaded).toMatchObject({ fileKey: expect.stringMatching(/^fk_/), sourceDocumentNumber: 'OA-HT-9001', fileType: 'MAIN', fileName: '采购合同.pdf', size: original.length });
		const stored = (await env.state('files', `?fileKey=${uploaded.fileKey}`)).records[0];
		expect(stored).toMatchObject({ fileName: '采购合同.pdf', contentType: 'application/pdf', size: original.length, sourceDocumentNumber: 'OA-HT-9001' });
		const [sent] = (await env.calls()).filter((c) => c.path.endsWith('/contract/file/upload'));
		expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(sent.rawBody).toContain('name="sourceDocumentNumber"\r\n\r\nOA-HT-9001\r\n');

		const down = await env.run({ resource: 'file', operation: 'download', fileKey: uploaded.fileKey, outputBinaryPropertyName: 'contract' });
		expect(down.error).toBeUndefined();
		const { bytes, binary } = await bytesOf(down, 'Zhenling', 0, 'contract');
		expect(bytes.equals(original)).toBe(true);
		expect(binary).toMatchObject({ fileName: '采购合同.pdf', mimeType: 'application/pdf' });
		expect(down.json('Zhenling')[0]).toEqual({ fileKey: uploaded.fileKey, fileName: '采购合同.pdf', mimeType: 'application/pdf', size: original.length });
	});

	it('3.15 attachment upload from another binary field; 3.5 preview link of it', async () => {
		const bytes = Buffer.from('附件内容 attachment');
		const item = { json: {}, binary: { scan: { data: bytes.toString('base64'), mimeType: 'image/png', fileName: 'scan.png' } } };
		const up = await env.run({ resource: 'file', operation: 'uploadAttachment', binaryPropertyName: 'scan' }, [item]);
		expect(up.error).toBeUndefined();
		const { fileKey } = up.json('Zhenling')[0];
		expect(up.json('Zhenling')[0]).toMatchObject({ fileKey: expect.any(String), fileName: 'scan.png', mimeType: 'image/png', size: bytes.length });
		const link = await env.run({ resource: 'file', operation: 'getPreviewLink', fileKey });
		expect(link.json('Zhenling')[0]).toMatchObject({ fileKey, url: expect.stringContaining(fileKey), expiresIn: 3600 });
		const down = await env.run({ resource: 'file', operation: 'download', fileKey });
		expect((await bytesOf(down)).bytes.equals(bytes)).toBe(true);
	});

	it('3.7 downloads the body and the attachments of a contract, one binary item per file', async () => {
		const body = pdf('body');
		const att = Buffer.from('attachment bytes');
		await env.run(upload({ sourceDocumentNumber: 'OA-HT-000001' }), [fileItem(body)]);
		await env.run(upload({ sourceDocumentNumber: 'OA-HT-000001', fileType: 'ATTACHMENT' }), [fileItem(att, '报价单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]);
		const contract = (await env.state('contracts', '?sourceCode=OA-HT-000001')).records[0];
		const all = await env.run({ resource: 'file', operation: 'downloadContractFiles', contractCode: { mode: 'id', value: contract.contractCode }, scope: 'ALL' });
		expect(all.error).toBeUndefined();
		expect(all.json('Zhenling').map((j) => [j.fileName, j.fileType, j.contractCode])).toEqual([
			['采购合同.pdf', 'MAIN', contract.contractCode],
			['报价单.xlsx', 'ATTACHMENT', contract.contractCode],
		]);
		expect((await bytesOf(all, 'Zhenling', 0)).bytes.equals(body)).toBe(true);
		expect((await bytesOf(all, 'Zhenling', 1)).bytes.equals(att)).toBe(true);
		expect((await bytesOf(all, 'Zhenling', 1)).binary.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		const onlyBody = await env.run({ resource: 'file', operation: 'downloadContractFiles', contractCode: { mode: 'id', value: contract.contractCode }, scope: 'BODY' });
		expect(onlyBody.json('Zhenling').map((j) => j.fileName)).toEqual(['采购合同.pdf']);
	});

	it('3.26 clears the files of a source document number', async () => {
		await env.run(upload({ sourceDocumentNumber: 'OA-TMP-1' }), [fileItem(pdf())]);
		const r = await env.run({ resource: 'file', operation: 'clearSourceFiles', sourceDocumentNumber: 'OA-TMP-1' });
		expect(r.json('Zhenling')[0]).toEqual({ removed: 1, sourceDocumentNumber: 'OA-TMP-1' });
		expect((await env.state('files', '?sourceDocumentNumber=OA-TMP-1')).total).toBe(0);
	});

	it('token expiry during an upload: refreshed once, the same bytes arrive', async () => {
		await env.run({ resource: 'file', operation: 'getPreviewLink', fileKey: 'x' });
		await env.control('POST', '/tokens/revoke', { vendor: 'zhenling' });
		const original = pdf('after-revoke');
		const up = await env.run(upload(), [fileItem(original)]);
		expect(up.error).toBeUndefined();
		const uploads = (await env.calls()).filter((c) => c.path.endsWith('/contract/file/upload'));
		expect(uploads.map((c) => c.status)).toEqual([401, 200]);
		const stored = (await env.state('files', `?fileKey=${up.json('Zhenling')[0].fileKey}`)).records[0];
		expect(stored.size).toBe(original.length);
	});
});

describe('bad input sends nothing; vendor errors', () => {
	it('a missing binary property names the field, the item and what the item has', async () => {
		const r = await env.run(upload({ binaryPropertyName: 'contract' }), [{ json: {} }, fileItem(pdf())]);
		expect(r.error.message).toBe('Input Binary Field (binaryPropertyName) names "contract", but the item has no binary property "contract" (it has no binary data) [item 0]');
		const other = await env.run(upload({ binaryPropertyName: 'contract' }), [fileItem(pdf())]);
		expect(other.error.message).toBe('Input Binary Field (binaryPropertyName) names "contract", but the item has no binary property "contract" (it has: data) [item 0]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('an empty file and a missing Source Document Number fail before sending', async () => {
		const empty = await env.run(upload(), [fileItem(Buffer.alloc(0))]);
		expect(empty.error.message).toBe('Input Binary Field (binaryPropertyName) names "data", but that file is empty [item 0]');
		const noNumber = await env.run(upload({ sourceDocumentNumber: '={{ $json.id }}' }), [fileItem(pdf())]);
		expect(noNumber.error.message).toBe('Source Document Number (sourceDocumentNumber) is required [item 0]');
		expect(await env.calls()).toHaveLength(0);
	});

	it('an unknown fileKey is Zhenling error A0404 on download and preview', async () => {
		const down = await env.run({ resource: 'file', operation: 'download', fileKey: 'fk_nope' });
		expect(down.error.message).toBe('Zhenling error A0404: file fk_nope does not exist');
		expect(down.error.httpCode).toBe('404');
		const prev = await env.run({ resource: 'file', operation: 'getPreviewLink', fileKey: 'fk_nope' });
		expect(prev.error.message).toBe('Zhenling error A0404: file fk_nope does not exist');
	});

	it('3.26 after a contract was created from the files is refused by Zhenling', async () => {
		const r = await env.run({ resource: 'file', operation: 'clearSourceFiles', sourceDocumentNumber: 'OA-HT-000001' });
		expect(r.error.message).toBe('Zhenling error A0400: a contract was already created from these files');
	});
});
