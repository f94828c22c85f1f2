// Fixtures of the DiDi workflow tests beyond helpers.js: a run after token revocation, a travel approval's
// parameters from the sandbox's seed, and a linear workflow of DiDi nodes.
const { unwrap } = require('./helpers');

/**
 * Token expiry through a whole run: after the sandbox revokes every token, the operation meets DiDi's errno 401
 * once, the credential re-authorizes once, and the run succeeds.
 */
async function runAfterRevoke(didi, run) {
	// A first call so the credential holds a token that the revoke then kills.
	const warm = await didi.run({ resource: 'role', operation: 'getMany', returnAll: true });
	if (warm.error) throw warm.error;
	await didi.revokeTokens();
	const revokedAt = Math.max(0, ...(await didi.log()).map((e) => e.seq));
	didi.harness.credentials.resetStats();
	const result = await run();
	const after = (await didi.log()).filter((e) => e.seq > revokedAt);
	return {
		result,
		expired: after.filter((e) => Number(e.errno) === 401).length,
		authorized: after.filter((e) => e.path === '/river/Auth/authorize').length,
		preAuthentications: didi.harness.credentials.count('preAuthentication', 'didiEnterpriseApi'),
	};
}

/** Approval → Create parameters of a strict travel approval (type 1) by a seeded applicant. */
async function travelApproval(didi, extra = {}) {
	const regulation = unwrap(await didi.state('regulations')).find((r) => Number(r.approval_type) === 1);
	const applicant = unwrap(await didi.control('GET', '/state/didi/members?_limit=1'))[0];
	const [from, to] = unwrap(await didi.state('cities'));
	return {
		resource: 'approval',
		operation: 'create',
		approvalType: 1,
		regulationId: String(regulation.regulation_id),
		memberType: 0,
		applicantPhone: applicant.phone,
		reason: '出差',
		travelStartDate: '2030-05-01',
		travelEndDate: '2030-05-03',
		cityControlMode: 'strict',
		trips: { trip: [{ departureCity: String(from.city_id), destinationCity: String(to.city_id), tripType: ['2'] }] },
		...extra,
	};
}

/** A manual trigger followed by DiDi nodes in a row: `steps` are [name, parameters]. */
function didiChain(didi, steps) {
	const nodes = [{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} }];
	const connections = {};
	steps.forEach(([name, parameters], k) => {
		nodes.push({ name, type: 'n8n-nodes-cn-enterprise.didiEnterprise', typeVersion: 1, position: [200 * (k + 1), 0], credentials: { didiEnterpriseApi: didi.credential }, parameters });
		connections[nodes[k].name] = { main: [[{ node: name, type: 'main', index: 0 }]] };
	});
	return { nodes, connections };
}

module.exports = { runAfterRevoke, travelApproval, didiChain };
