'use strict';
// The least a node can do for Hose staff Upsert Many of new staff: a bench-only node whose execute() reads the
// four per-item parameters (the same expressions as the Hose node's workflow: code, name, cellphone, default
// department) and sends, per 100 items, the raw loop's 查询员工 lookup and 批量新增员工 batch create through
// `this.helpers.httpRequestWithAuthentication` with the Hose credential — the request path every community node
// must use. No validation, no per-item outcomes beyond "created", no transport, no retries: what remains between
// it and the raw loop is n8n-core's cost (engine, expressions, credential read + authenticate per request,
// n8n-core's HTTP helper).
const { NodeConnectionTypes } = require('n8n-workflow');

const TYPE = 'bench.minimalHoseUpsert';
const BATCH = 100;

class MinimalHoseUpsert {
	constructor() {
		this.description = {
			displayName: 'Minimal Hose Upsert (bench)',
			name: 'minimalHoseUpsert',
			group: ['transform'],
			version: 1,
			description: 'Bench baseline',
			defaults: { name: 'Minimal' },
			inputs: [NodeConnectionTypes.Main],
			outputs: [NodeConnectionTypes.Main],
			credentials: [{ name: 'hoseApi', required: true }],
			properties: [
				{ displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
				{ displayName: 'Code', name: 'code', type: 'string', default: '' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Cellphone', name: 'cellphone', type: 'string', default: '' },
				{ displayName: 'Default Department', name: 'defaultDepartment', type: 'string', default: '' },
			],
		};
	}

	/** @this {import('n8n-workflow').IExecuteFunctions} */
	async execute() {
		const items = this.getInputData();
		const base = String(this.getNodeParameter('baseUrl', 0)).replace(/\/+$/, '');
		const people = items.map((_, i) => ({
			code: String(this.getNodeParameter('code', i)),
			name: String(this.getNodeParameter('name', i)),
			cellphone: String(this.getNodeParameter('cellphone', i)),
			dept: String(this.getNodeParameter('defaultDepartment', i)),
		}));
		const send = async (method, path, body) => {
			const res = await this.helpers.httpRequestWithAuthentication.call(this, 'hoseApi', {
				method,
				url: `${base}${path}`,
				body,
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			});
			if (res.statusCode !== 200) throw new Error(`Hose refused ${path}: ${res.statusCode} ${JSON.stringify(res.body)}`);
			return res.body;
		};
		const out = [];
		for (let at = 0; at < people.length; at += BATCH) {
			const part = people.slice(at, at + BATCH);
			await send('POST', '/api/openapi/v1/staffs/getStaffIds', { type: 'CODE', conditionIds: part.map((p) => p.code) });
			await send('POST', '/api/openapi/v1.1/staffs/batch/create', {
				staffList: part.map((p) => ({ name: p.name, code: p.code, cellphone: p.cellphone, defaultDepartment: p.dept, departments: [p.dept] })),
			});
			for (let k = 0; k < part.length; k++) out.push({ json: { status: 'created', code: part[k].code }, pairedItem: { item: at + k } });
		}
		return [out];
	}
}

module.exports = { TYPE, extraNodes: () => ({ [TYPE]: new MinimalHoseUpsert() }) };
