'use strict';
// The table: one line per figure — row, figure, median, spread (min–max over the rounds), goal, met.

const GOAL_SIGNS = { '>=': '≥', '<=': '≤', '=': '=' };
const number = (v) => {
	if (v === undefined || v === null || Number.isNaN(v)) return '–';
	const abs = Math.abs(v);
	return abs >= 100 ? v.toFixed(0) : abs >= 10 ? v.toFixed(1) : abs >= 1 ? v.toFixed(2) : v.toFixed(3);
};

function lines(report) {
	const out = [];
	for (const row of report.rows) {
		// A row merged from a run of another size (e.g. `--full` beside a quick table) says so.
		const id = row.size && row.size !== report.size ? `${row.id} (${row.size})` : row.id;
		for (const f of row.figures) {
			if (f.error || f.skipped) {
				out.push({ row: id, figure: f.error ? `ERROR: ${f.error}` : f.figure, median: '', spread: '', goal: '', met: '' });
				continue;
			}
			const unit = Number.isFinite(f.median) ? f.unit || '' : '';
			out.push({
				row: id,
				figure: f.figure + (f.note ? ` — ${f.note}` : ''),
				median: `${number(f.median)}${unit}`,
				spread: f.n > 1 ? `${number(f.min)}–${number(f.max)}${unit} (n=${f.n})` : '',
				goal: f.goal ? `${GOAL_SIGNS[f.goal.op]} ${f.goal.value}${unit}` : '',
				met: f.met === undefined ? '' : f.met ? 'yes' : 'NO',
			});
		}
	}
	return out;
}

const HEADERS = { row: 'row', figure: 'figure', median: 'median', spread: 'spread', goal: 'goal', met: 'met' };

function formatTable(report) {
	const all = [HEADERS, ...lines(report)];
	const keys = Object.keys(HEADERS);
	const width = Object.fromEntries(keys.map((k) => [k, Math.max(...all.map((l) => [...String(l[k])].length))]));
	const pad = (text, w) => text + ' '.repeat(Math.max(0, w - [...text].length));
	const header = `bench (${report.size}, ${report.rounds} rounds, ${report.machine.cpus} CPUs, load ${report.machine.load.join(' ')}, node ${report.machine.node}) ${report.date}`;
	return [header, ...all.map((l) => keys.map((k) => pad(String(l[k]), width[k])).join('  ').trimEnd())].join('\n');
}

function formatMarkdown(report) {
	const keys = Object.keys(HEADERS);
	const escape = (t) => String(t).replace(/\|/g, '\\|');
	const body = lines(report).map((l) => `| ${keys.map((k) => escape(l[k])).join(' | ')} |`);
	return [
		`Measured ${report.date}, \`${report.size}\` size, ${report.rounds} rounds, ${report.machine.cpus} CPUs (load ${report.machine.load.join(' ')}), Node ${report.machine.node}.`,
		'',
		`| ${keys.map((k) => HEADERS[k]).join(' | ')} |`,
		`| ${keys.map(() => '---').join(' | ')} |`,
		...body,
		'',
	].join('\n');
}

module.exports = { formatTable, formatMarkdown };
