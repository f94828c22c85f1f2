#!/usr/bin/env node
// `npm run bench [-- --quick | --full] [--only id,id [--merge]] [--merge-file partial.json] [--rounds N] [--no-n8n] [--profile dir] [--verbose]`: runs every row in bench/rows/
// (files sorted by name), prints one table, writes bench/results/latest.json and latest.md.
// Every figure is a ratio (or a count per fixed amount of work) measured side by side in this run; see
// docs/performance.md. Not part of `npm test`.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
require('./lib/ts-register');
require('../test/helpers/env');
const { createContext } = require('./lib/context');
const { formatTable, formatMarkdown } = require('./lib/report');

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : undefined;
};
if (option('profile')) process.env.BENCH_PROFILE = path.resolve(option('profile'));
const size = flag('quick') ? 'quick' : 'full';
const only = option('only')?.split(',').filter(Boolean);
// `--merge-file <partial.json>`: runs nothing; puts the rows of an earlier `--only` run (e.g. a `--full` row beside
// a quick table) into latest.json and the tables, with that run's date, size and load.
const saved = option('merge-file') ? JSON.parse(readFileSync(path.resolve(option('merge-file')), 'utf8')) : undefined;
const rows = readdirSync(path.join(here, 'rows'))
	.filter((f) => f.endsWith('.js'))
	.sort()
	.map((f) => require(path.join(here, 'rows', f)))
	.filter((row) => !saved && (!only || only.some((o) => row.id.includes(o))));

const ctx = createContext({
	size,
	rounds: option('rounds') ? Number(option('rounds')) : undefined,
	n8n: !flag('no-n8n'),
	verbose: flag('verbose'),
	rows,
});
const started = new Date();
const results = [];
for (const row of rows) {
	const t0 = Date.now();
	process.stderr.write(`▶ ${row.id}: ${row.title}\n`);
	let figures;
	try {
		figures = await ctx.runRow(row);
	} catch (error) {
		process.stderr.write(`  ✗ ${row.id} failed: ${error && error.stack}\n`);
		figures = [{ figure: 'error', error: String((error && error.message) || error) }];
	}
	results.push({ id: row.id, title: row.title, seconds: Math.round((Date.now() - t0) / 1000), figures });
	process.stderr.write(`  done in ${Math.round((Date.now() - t0) / 1000)} s\n`);
}
await ctx.close();
if (saved) results.push(...saved.rows);

const report = {
	date: started.toISOString(),
	size,
	rounds: ctx.rounds,
	machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, load: os.loadavg().map((l) => Number(l.toFixed(2))) },
	rows: results,
};
const table = formatTable(report);
process.stdout.write(`${table}\n`);
const out = path.join(here, 'results');
mkdirSync(out, { recursive: true });
// `--only … --merge`: the rows just run replace theirs in latest.json (and the tables), the rest are kept.
const merging = (only && flag('merge')) || saved;
if (merging && existsSync(path.join(out, 'latest.json'))) {
	const latest = JSON.parse(readFileSync(path.join(out, 'latest.json'), 'utf8'));
	const fresh = new Map(results.map((r) => [r.id, saved ? { ...r, date: saved.date, size: saved.size, load: saved.machine.load } : { ...r, date: report.date, size, load: report.machine.load }]));
	latest.rows = latest.rows.map((r) => fresh.get(r.id) ?? r);
	for (const r of results) if (!latest.rows.some((x) => x.id === r.id)) latest.rows.push(fresh.get(r.id));
	Object.assign(report, latest);
}
if (!only || merging) {
	writeFileSync(path.join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
	const markdown = formatMarkdown(report);
	writeFileSync(path.join(out, 'latest.md'), markdown);
	// docs/performance.md shows the latest table between these markers.
	const docs = path.join(here, '..', 'docs', 'performance.md');
	const [open, close] = ['<!-- bench:latest -->', '<!-- /bench:latest -->'];
	const text = existsSync(docs) ? readFileSync(docs, 'utf8') : '';
	if (text.includes(open) && text.includes(close)) {
		writeFileSync(docs, `${text.slice(0, text.indexOf(open) + open.length)}\n${markdown}${text.slice(text.indexOf(close))}`);
	}
	process.stdout.write(`wrote bench/results/latest.json, latest.md and the table in docs/performance.md\n`);
} else {
	writeFileSync(path.join(out, 'partial.json'), `${JSON.stringify(report, null, 2)}\n`);
	process.stdout.write(`--only: wrote bench/results/partial.json (latest.json is for full runs)\n`);
}
process.exit(0);
