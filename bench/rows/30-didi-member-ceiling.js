'use strict';
// Vendor ceiling: DiDi allows one member write per company every 150 ms ("连续添加员工，需要间隔 150ms"); the
// sandbox refuses closer writes (errno 10001). N member creates through the node: the achieved write rate as
// a share of that ceiling (from the arrival times the sandbox logged) and the rate-limit refusals seen.
const { rawDidi } = require('../lib/didi');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

module.exports = {
	id: 'didi-member-ceiling',
	title: 'Vendor ceiling: DiDi member creates (150 ms rule), achieved share of the ceiling',
	async run(ctx) {
		const n = ctx.pick({ quick: 25, full: 80 });
		const sandbox = await ctx.sandbox({});
		const { memberWriteIntervalMs: interval } = await sandbox.control('GET', '/config').then((c) => c.didi || c);
		const harness = ctx.harness();
		const ref = harness.credentials.set('didiEnterpriseApi', { ...sandbox.credentials('didi'), accessToken: '' }, { id: 'bench-didi-ceiling' });
		// Where the time between two writes goes (node side): each paced write's start and answer as the pacer sees
		// them, paired in order with the sandbox's arrivals (writes are serial): the pacer's wait after the previous
		// answer (the rule: 150 ms), from the start to the arrival (credential read, n8n-core's request work, a new
		// connection), from the arrival to the answer back in the pacer (the sandbox's work, the answer's way back).
		const { didiPacer } = require('../../nodes/DidiEnterprise/transport.ts');
		const original = didiPacer.run;
		let paced = [];
		didiPacer.run = function (key, bucket, task) {
			if (bucket !== 'memberWrite') return original.call(this, key, bucket, task);
			return original.call(this, key, bucket, async () => {
				const entry = { start: Date.now() };
				paced.push(entry);
				try {
					return await task();
				} finally {
					entry.end = Date.now();
				}
			});
		};
		ctx.after(() => (didiPacer.run = original));
		const parts = { wait: [], out: [], back: [] };
		let batch = 0;
		let refusals = 0;
		let userErrors = 0;
		const share = await ctx.repeat({
			warmup: 1,
			rounds: ctx.pick({ quick: 3, full: 5 }),
			async run() {
				const b = ++batch;
				await sandbox.clearLog();
				paced = [];
				const items = Array.from({ length: n }, (_, i) => ({ json: { name: `压测${b}-${i}`, phone: `139${String(b).padStart(3, '0')}${String(i).padStart(5, '0')}` } }));
				const run = await harness.runNode({
					type: 'didiEnterprise',
					name: 'DiDi',
					parameters: { resource: 'member', operation: 'create', realname: '={{ $json.name }}', phone: '={{ $json.phone }}' },
					items,
					credentials: { didiEnterpriseApi: ref },
					settings: { onError: 'continueRegularOutput' },
				});
				const out = run.json('DiDi');
				userErrors += out.filter((j) => j.error).length;
				const writes = (await sandbox.log('didi', '/river/Member/single')).filter((e) => e.method === 'POST');
				refusals += writes.filter((e) => String(e.errno) === '10001').length;
				if (writes.length < n) throw new Error(`expected ${n} member writes, the sandbox saw ${writes.length}`);
				const times = writes.map((e) => Date.parse(e.time)).sort((x, y) => x - y);
				if (paced.length === times.length) {
					for (let i = 0; i + 1 < times.length; i++) {
						parts.wait.push(paced[i + 1].start - paced[i].end);
						parts.out.push(times[i + 1] - paced[i + 1].start);
						parts.back.push(paced[i].end - times[i]);
					}
				}
				const span = times[times.length - 1] - times[0];
				return ((times.length - 1) * interval) / span;
			},
		});
		// The same creates from hand-written loops (bench/lib/didi.js), measured the same way: (1) the node's safe
		// rule — wait 150 ms after each answer — on a keep-alive connection, and (2) on a new connection per request
		// (as n8n-core sends); (3) starts spaced 150 ms apart, which ignores when requests arrive (no goal: a request
		// that leaves late lands closer than 150 ms to the next one).
		const keepAlive = ctx.rawClient(sandbox.url + '/didi', { concurrency: 1 });
		const fresh = ctx.rawClient(sandbox.url + '/didi', { concurrency: 1 });
		const credential = sandbox.credentials('didi');
		const rawKeepAlive = await rawDidi(keepAlive, credential);
		const rawFresh = await rawDidi({ request: (o) => fresh.request({ ...o, headers: { ...o.headers, connection: 'close' } }) }, credential);
		const rawHelper = await rawDidi(ctx.n8nCoreClient(credential.baseUrl), credential);
		const rawFailures = {};
		// Per raw loop: how much later than the one after it each write reached the sandbox, counted from when the
		// loop let it go (d_i − d_{i+1}, d = arrival − start). Starts spaced 150 ms apart are refused exactly when
		// this exceeds the sandbox's 10 ms tolerance: the figure that decides whether pacing by starts is safe.
		const lateness = {};
		const rawShare = (name, call, rule) =>
			ctx.repeat({
				rounds: ctx.pick({ quick: 3, full: 5 }),
				async run() {
					const b = ++batch;
					await sandbox.clearLog();
					// The previous round's last write (or the node's) was just now: the first write waits too.
					let nextStart = Date.now() + interval;
					const starts = [];
					for (let i = 0; i < n; i++) {
						const wait = nextStart - Date.now();
						if (wait > 0) await sleep(wait);
						const started = Date.now();
						starts.push(started);
						const data = JSON.stringify({ realname: `压测${b}-${i}`, phone: `138${String(b).padStart(3, '0')}${String(i).padStart(5, '0')}` });
						await call('POST', '/river/Member/single', { data, send_message: 0 }).catch((error) => (rawFailures[name] = [...(rawFailures[name] || []), /10001/.test(String(error && error.message)) ? '10001' : String(error && error.message).slice(0, 80)]));
						nextStart = (rule === 'start' ? started : Date.now()) + interval;
					}
					const writes = (await sandbox.log('didi', '/river/Member/single')).filter((e) => e.method === 'POST');
					const times = writes.map((e) => Date.parse(e.time)).sort((x, y) => x - y);
					if (times.length === starts.length) {
						const delay = times.map((t, i) => t - starts[i]);
						for (let i = 0; i + 1 < delay.length; i++) (lateness[name] ||= []).push(delay[i] - delay[i + 1]);
					}
					return ((times.length - 1) * interval) / (times[times.length - 1] - times[0]);
				},
			});
		const sortedOf = (list) => [...list].sort((x, y) => x - y);
		const median = (list) => sortedOf(list)[Math.floor((list.length - 1) / 2)];
		const p95 = (list) => sortedOf(list)[Math.floor(0.95 * (list.length - 1))];
		const percent = (x) => ({ ...x, median: x.median * 100, min: x.min * 100, max: x.max * 100 });
		const safeKeepAlive = await rawShare('keep-alive', rawKeepAlive, 'end');
		const safeFresh = await rawShare('new connection', rawFresh, 'end');
		const safeHelper = await rawShare("n8n-core's helper", rawHelper, 'end');
		const fromStart = await rawShare('starts 150 ms apart', rawKeepAlive, 'start');
		const fromStartHelper = await rawShare("starts 150 ms apart, through n8n-core's helper", rawHelper, 'start');
		keepAlive.close();
		fresh.close();
		return [
			ctx.figure({ figure: `achieved member-write rate ÷ the ${interval} ms ceiling (${n} creates per round)`, stats: { ...share, median: share.median * 100, min: share.min * 100, max: share.max * 100 }, unit: '%', goal: ['>=', 95] }),
			ctx.figure({ figure: 'rate-limit refusals (errno 10001) the sandbox answered, all rounds', value: refusals, goal: ['=', 0] }),
			...(parts.wait.length
				? [
						ctx.figure({
							figure: "node: time between two writes' arrivals, median ms — the pacer's wait after the previous answer + its start → the sandbox's arrival + the sandbox's arrival → the answer back in the pacer",
							value: median(parts.wait) + median(parts.out) + median(parts.back),
							unit: ' ms',
							note: `wait ${median(parts.wait)} (p95 ${p95(parts.wait)}), start → arrival ${median(parts.out)} (p95 ${p95(parts.out)}), arrival → answer ${median(parts.back)} (p95 ${p95(parts.back)})`,
						}),
					]
				: []),
			ctx.figure({ figure: 'items that failed for the user, all rounds', value: userErrors, goal: ['=', 0] }),
			ctx.figure({ figure: 'raw loop, same rule (150 ms after each answer), keep-alive: share of the ceiling', stats: percent(safeKeepAlive), unit: '%' }),
			ctx.figure({ figure: 'raw loop, same rule, new connection per request (as n8n-core sends): share', stats: percent(safeFresh), unit: '%' }),
			ctx.figure({ figure: "raw loop, same rule, each request through n8n-core's HTTP helper (what a node's request goes through): share", stats: percent(safeHelper), unit: '%' }),
			ctx.figure({ figure: 'raw loop, starts 150 ms apart (ignores arrival times; unsafe): share', stats: percent(fromStart), unit: '%' }),
			ctx.figure({ figure: "raw loop, starts 150 ms apart through n8n-core's helper (unsafe): share", stats: percent(fromStartHelper), unit: '%' }),
			...Object.entries(lateness).map(([name, values]) => {
				const sorted = [...values].sort((x, y) => x - y);
				const p95 = sorted[Math.floor(0.95 * (sorted.length - 1))];
				return ctx.figure({ figure: `raw loop "${name}": how much later a write arrived than the next, after their starts (d_i − d_(i+1)), max ms`, value: sorted[sorted.length - 1], unit: ' ms', note: `p95 ${p95} ms; ${values.filter((v) => v > 10).length} of ${values.length} pairs over the sandbox's 10 ms tolerance` });
			}),
			ctx.figure({ figure: 'raw loops: failed writes, all rounds', value: Object.values(rawFailures).reduce((a, b) => a + b.length, 0), note: Object.entries(rawFailures).map(([k, v]) => `${k}: ${v.join(' ')}`).join('; ') || 'none' }),
		];
	},
};
