// Token expiry through a whole run: after the sandbox revokes every token, the operation meets DiDi's
// errno 401 once, the credential re-authorizes once, and the run succeeds.
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

module.exports = { runAfterRevoke };
