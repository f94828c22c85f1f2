'use strict';
// Zhenling (issue 13): a 20 MB contract file uploaded (3.4, multipart from n8n binary data) and downloaded
// again (3.11, n8n binary out) through the Zhenling node in a real workflow — the node's memory peak over the
// run (a fresh process's max RSS over its RSS just before the run, the input item already built) divided by the file size (goal ≤ 3×: read/buffer once, never Base64 twice), bytes equal
// after the round trip; and a 1,000-row counterparty sync (2.2) — Zhenling calls per 1,000 rows (goal 10:
// the batch endpoint, 100 per call). The sandbox runs in its own process, so its copies are not counted.
const crypto = require('node:crypto');
const { execFile } = require('node:child_process');

const MB = 1024 * 1024;

/**
 * The memory probe: one upload or download through the node in a fresh process. The peak is the process's
 * maximum resident set (getrusage maxRSS, so no transient peak is missed) after the run minus its resident
 * set just before it (input item built, garbage collected) — an upper bound of what the run added.
 */
async function probe({ mode, baseUrl, size, fileKey }) {
	require('../lib/ts-register');
	const { createHarness } = require('../../test/helpers/workflow-harness');
	const credentials = require('../../sandbox/credentials.json').zhenling;
	const harness = createHarness();
	const ref = harness.credentials.set('zhenlingApi', { ...credentials, baseUrl, grantEncoding: 'form', accessToken: '' }, { id: 'bench-zhenling' });
	const run = async (parameters, items) => {
		const r = await harness.runNode({ type: 'zhenling', name: 'Zhenling', parameters, items, credentials: { zhenlingApi: ref } });
		if (r.error) throw r.error;
		return r;
	};
	await run({ resource: 'valueSet', operation: 'getValues', code: 'CONTRACT_TYPE' }); // token, code paths warm
	let items = [{ json: {} }];
	let digest;
	if (mode === 'upload') {
		// The Base64 text built directly (a repeated "%PDF-1" unit): no second copy of the file exists before
		// the run, so the process's peak so far stays below what the run adds on top of the item.
		const data = 'JVBERi0x'.repeat(Math.ceil(size / 6)).slice(0, Math.ceil(size / 3) * 4);
		digest = crypto.createHash('sha256').update(Buffer.from(data, 'base64')).digest('hex');
		items = [{ json: {}, binary: { data: { data, mimeType: 'application/pdf', fileName: 'contract.pdf' } } }];
	}
	global.gc();
	const before = process.memoryUsage().rss;
	const r = await (mode === 'upload'
		? run({ resource: 'file', operation: 'upload', binaryPropertyName: 'data', sourceDocumentNumber: `BENCH-ZL-${Date.now()}` }, items)
		: run({ resource: 'file', operation: 'download', fileKey }, items));
	const peak = process.resourceUsage().maxRSS * 1024 - before;
	if (mode === 'download') {
		const binary = r.items('Zhenling')[0].binary.data;
		digest = crypto.createHash('sha256').update(Buffer.from(binary.data, 'base64')).digest('hex');
	}
	return { peak, digest, fileKey: mode === 'upload' ? r.json('Zhenling')[0].fileKey : fileKey };
}

function probeInChild(args) {
	return new Promise((resolve, reject) => {
		execFile(process.execPath, ['--expose-gc', __filename, JSON.stringify(args)], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
			if (error) return reject(new Error(`probe failed: ${stderr || error.message}`));
			resolve(JSON.parse(stdout.trim().split('\n').pop()));
		});
	});
}

if (require.main === module) {
	probe(JSON.parse(process.argv[2])).then(
		// Exit at once: n8n-core's keep-alive sockets and timers would keep the probe process alive.
		(out) => process.stdout.write(`${JSON.stringify(out)}\n`, () => process.exit(0)),
		(error) => {
			process.stderr.write(String(error && error.stack));
			process.exit(1);
		},
	);
}

module.exports = {
	id: 'zhenling-files-and-sync',
	title: 'Zhenling: 20 MB contract file upload / download memory ÷ file size; counterparty sync calls per 1,000 rows',
	async run(ctx) {
		const size = ctx.pick({ quick: 20, full: 20 }) * MB;
		const rows = ctx.pick({ quick: 1000, full: 1000 });
		const sandbox = await ctx.sandbox();
		const harness = ctx.harness();
		const ref = harness.credentials.set('zhenlingApi', { ...sandbox.credentials('zhenling'), grantEncoding: 'form', accessToken: '' }, { id: 'bench-zhenling' });
		const run = async (parameters, items) => {
			const r = await harness.runNode({ type: 'zhenling', name: 'Zhenling', parameters, items, credentials: { zhenlingApi: ref } });
			if (r.error) throw r.error;
			return r;
		};
		await run({ resource: 'valueSet', operation: 'getValues', code: 'CONTRACT_TYPE' }); // token fetched before measuring

		const baseUrl = sandbox.credentials('zhenling').baseUrl;
		const uploads = [];
		const downloads = [];
		for (let round = 0; round < ctx.pick({ quick: 1, full: 3 }); round++) {
			const up = await probeInChild({ mode: 'upload', baseUrl, size });
			const down = await probeInChild({ mode: 'download', baseUrl, size, fileKey: up.fileKey });
			if (down.digest !== up.digest) throw new Error('the downloaded bytes differ from the uploaded ones');
			uploads.push(up.peak / size);
			downloads.push(down.peak / size);
		}

		await sandbox.clearLog();
		const items = Array.from({ length: rows }, (_, k) => ({ json: { code: `CP-BENCH-${k}`, name: `基准相对方${k}有限公司` } }));
		const synced = await run({ resource: 'counterparty', operation: 'upsert', code: '={{ $json.code }}', name: '={{ $json.name }}' }, items);
		if (synced.json('Zhenling').filter((o) => o.status === 'accepted').length !== rows) throw new Error('not every counterparty was accepted');
		const calls = (await sandbox.log('zhenling')).filter((e) => String(e.path).endsWith('/counterparty/save')).length;

		const mb = size / MB;
		return [
			ctx.figure({ figure: `upload ${mb} MB contract file (3.4): node memory peak ÷ file size`, stats: ctx.stats(uploads), unit: '×', goal: ['<=', 3], note: 'max RSS of a fresh process over its RSS before the run; the input item (Base64) already built' }),
			ctx.figure({ figure: `download ${mb} MB contract file (3.11): node memory peak ÷ file size (bytes equal)`, stats: ctx.stats(downloads), unit: '×', goal: ['<=', 3], note: 'includes the n8n binary item (Base64) the node outputs' }),
			ctx.figure({ figure: `counterparty sync (2.2): Zhenling calls per ${rows} rows`, value: calls * (1000 / rows), goal: ['<=', 10], note: 'batch endpoint, 100 entries per call' }),
		];
	},
};
