'use strict';
// Tokens: DiDi access-token fetches for 10,000 calls (1,000 with --quick) made by 10 executions running at the same time on one
// fresh credential (no token yet). Every call is one item of Member → Get Many with Limit 1. Counted two
// ways: preAuthentication runs (the harness's credentials helper) and token requests the sandbox received.
module.exports = {
	id: 'token-fetches',
	title: 'Tokens: DiDi token fetches for 10,000 calls across 10 concurrent executions',
	async run(ctx) {
		const perExecution = ctx.pick({ quick: 100, full: 1000 });
		const executions = 10;
		const sandbox = await ctx.sandbox({});
		const harness = ctx.harness();
		const ref = harness.credentials.set('didiEnterpriseApi', { ...sandbox.credentials('didi'), accessToken: '' }, { id: 'bench-didi-tokens' });
		await sandbox.clearLog();
		const items = Array.from({ length: perExecution }, (_, i) => ({ json: { i } }));
		const runs = await Promise.all(
			Array.from({ length: executions }, () =>
				harness.runNode({ type: 'didiEnterprise', name: 'DiDi', parameters: { resource: 'member', operation: 'getMany', returnAll: false, limit: 1 }, items, credentials: { didiEnterpriseApi: ref } }),
			),
		);
		const failed = runs.find((r) => r.error);
		if (failed) throw failed.error;
		const calls = executions * perExecution;
		const out = (run) => run.json('DiDi').length;
		if (runs.some((r) => out(r) !== perExecution)) throw new Error('an execution did not answer every item');
		const figures = [
			ctx.figure({ figure: `token fetches (preAuthentication runs) for ${calls} calls in ${executions} concurrent executions`, value: harness.credentials.count('preAuthentication', 'didiEnterpriseApi'), goal: ['=', 1] }),
		];
		// The sandbox keeps its last 5,000 log entries: its own count is only complete below that.
		if (calls < 4900) {
			const fetches = (await sandbox.log('didi')).filter((e) => e.path === '/river/Auth/authorize').length;
			figures.push(ctx.figure({ figure: 'token requests the sandbox received in that run', value: fetches, goal: ['=', 1] }));
		}
		return figures;
	},
};
