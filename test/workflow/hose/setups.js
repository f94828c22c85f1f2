// One set-up for the Hose document, approval and EBot workflow tests: the seeded template, fee type and
// submitter, a Create parameter builder, drafts created through the node, seeded documents in approval, and an
// EBot message received from the sandbox's emit.
const http = require('node:http');

/** Receives one outbound message the sandbox emits; answers Hose's default success status 204. */
async function receiveOne(hose, emit) {
	let resolveBody;
	const body = new Promise((resolve) => (resolveBody = resolve));
	const server = http.createServer((req, res) => {
		let raw = '';
		req.on('data', (c) => (raw += c));
		req.on('end', () => {
			res.writeHead(204).end();
			resolveBody(JSON.parse(raw));
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	try {
		const address = /** @type {import('node:net').AddressInfo} */ (server.address());
		await hose.emit({ ...emit, url: `http://127.0.0.1:${address.port}/` });
		return await body;
	} finally {
		await new Promise((resolve) => server.close(() => resolve(undefined)));
	}
}

/**
 * @param {any} hose the context of startHose() (after reset)
 */
async function setUpDocuments(hose) {
	const spec = (await hose.state('specifications')).find((s) => s.type === 'expense');
	const fee = (await hose.state('feeTypes'))[0];
	const submitter = (await hose.state('staffs'))[1];
	const seeded = await hose.state('flows');
	const approving = seeded.filter((f) => f.state === 'approving');
	/** Document → Create parameters (one expense line); `extra` overrides. */
	const create = (extra = {}) => ({
		resource: 'document',
		operation: 'create',
		templateType: 'expense',
		specificationId: spec.id,
		title: '差旅报销-上海客户拜访',
		submitter: { mode: 'id', value: submitter.id },
		outerCode: 'OA-EXP-0001',
		details: { line: [{ feeTypeId: fee.id, amount: '1280.50', feeDate: '2026-05-01', consumptionReasons: '拜访客户' }] },
		...extra,
	});
	return {
		spec,
		fee,
		submitter,
		seeded,
		create,
		/** Seeded documents in approval, and the current approver of the first. */
		ids: approving.map((f) => f.id),
		approver: approving[0].currentApprovers[0],
		/** A draft created through the node. */
		async draft(outerCode) {
			const result = await hose.run(create({ outerCode }));
			if (result.error) throw result.error;
			return result.json('Node')[0];
		},
		/**
		 * `n` documents created and submitted through the node, all with the same approver (the submitter's
		 * department decides it); answers their ids and the approver. Clears the log.
		 */
		async inApproval(n, prefix = 'AP') {
			const items = Array.from({ length: n }, (_, k) => ({ json: { outerCode: `${prefix}-${k}` } }));
			const result = await hose.run(create({ title: '报销', outerCode: '={{ $json.outerCode }}', isCommit: true, details: { line: [{ feeTypeId: fee.id, amount: '10.00' }] } }), items);
			if (result.error) throw result.error;
			const ids = result.json('Node').map((d) => d.id);
			const flows = await hose.state('flows');
			const approver = flows.find((f) => f.id === ids[0]).currentApprovers[0];
			if (!ids.every((id) => flows.find((f) => f.id === id).currentApprovers[0] === approver)) throw new Error('documents in approval have different approvers');
			await hose.control('DELETE', '/log');
			return { ids, approver };
		},
		/** An EBot message as Hose posts it (the document waits at that EBot node). */
		ebotMessage: () => receiveOne(hose, { event: 'ebot' }),
	};
}

module.exports = { setUpDocuments, receiveOne };
