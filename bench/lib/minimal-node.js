'use strict';
// The least a node can do for a Zeyi bill: a bench-only node whose execute() reads the per-item `code` and
// `orderCode` parameters (the same expressions the Zeyi node's workflow has) and sends the raw loop's bill body
// through `this.helpers.httpRequestWithAuthentication` with the Zeyi credential — the request path every
// community node must use (n8n's lint: a node that reads a credential signs through it). No validation, no exact
// arithmetic, no exactly-once ledger, no transport: what remains between it and the loop through n8n-core's
// helper is n8n-core's cost (engine, expressions, credential read + authenticate per request).
const { NodeConnectionTypes } = require('n8n-workflow');
const { rawBillBody } = require('./zeyi');

const TYPE = 'bench.minimalZeyiPush';

class MinimalZeyiPush {
	constructor() {
		this.description = {
			displayName: 'Minimal Zeyi Push (bench)',
			name: 'minimalZeyiPush',
			group: ['transform'],
			version: 1,
			description: 'Bench baseline',
			defaults: { name: 'Minimal' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'zeyiApi', required: true }],
			properties: [
				{ displayName: 'URL', name: 'url', type: 'string', default: '' },
				{ displayName: 'Code', name: 'code', type: 'string', default: '' },
				{ displayName: 'Order Code', name: 'orderCode', type: 'string', default: '' },
			],
		};
	}

	/** @this {import('n8n-workflow').IExecuteFunctions} */
	async execute() {
		const items = this.getInputData();
		const url = this.getNodeParameter('url', 0);
		const out = [];
		for (let i = 0; i < items.length; i++) {
			const body = rawBillBody(String(this.getNodeParameter('code', i)), String(this.getNodeParameter('orderCode', i)));
			const res = await this.helpers.httpRequestWithAuthentication.call(this, 'zeyiApi', {
				method: 'POST',
				url,
				body,
				headers: { 'content-type': 'application/json' },
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			});
			if (!res.body || res.body.success !== true) throw new Error(`Zeyi refused: ${JSON.stringify(res.body)}`);
			out.push({ json: { success: true }, pairedItem: { item: i } });
		}
		return [out];
	}
}

module.exports = { TYPE, extraNodes: () => ({ [TYPE]: new MinimalZeyiPush() }) };
