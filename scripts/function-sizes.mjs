#!/usr/bin/env node
// Function sizes of the product code (nodes/ and credentials/): lines and branches of every function, read with
// the TypeScript compiler API. Prints the functions issue #10 names (each trigger's webhook(),
// collectApprovalParams, the approval create execute, billOperation) and the largest functions, as a Markdown
// table; with --base REV, each beside its size at REV (read from git, nothing checked out).
//
//   node scripts/function-sizes.mjs                  sizes in the working tree
//   node scripts/function-sizes.mjs --base f26c4db   before (f26c4db) / after (working tree)
//   node scripts/function-sizes.mjs --top 20 --json  more rows; JSON instead of Markdown
//
// lines: from the function's first to its last line. branches: decision points inside its own body (nested
// functions count on their own): if, ?:, case, for / for-in / for-of / while / do, catch, &&, ||, ?? (and
// their assignment forms).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['nodes', 'credentials'];

/** The functions issue #10 names: a label, the file they live in (a pattern), the function's name. */
const NAMED = [
	{ label: 'DiDi webhook', file: /DidiEnterpriseTrigger\.node\.ts$/, name: 'DidiEnterpriseTrigger.webhook' },
	{ label: 'Zeyi webhook', file: /ZeyiTrigger\.node\.ts$/, name: 'ZeyiTrigger.webhook' },
	{ label: 'Hose webhook', file: /HoseTrigger\.node\.ts$/, name: 'HoseTrigger.webhook' },
	{ label: 'Zhenling webhook', file: /ZhenlingTrigger\.node\.ts$/, name: 'ZhenlingTrigger.webhook' },
	{ label: 'ZhiGuanChe webhook', file: /ZhiguancheTrigger\.node\.ts$/, name: 'ZhiguancheTrigger.webhook' },
	{ label: 'collectApprovalParams', file: /DidiEnterprise\/actions\/approval\//, name: 'collectApprovalParams' },
	{ label: 'approval create execute', file: /DidiEnterprise\/actions\/approval\/create\.operation\.ts$/, name: 'execute' },
	{ label: 'Zeyi billOperation', file: /Zeyi\//, name: 'billOperation' },
];

function parseArgs(argv) {
	const args = { top: 10, base: undefined, json: false };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--top') args.top = Number(argv[++i]);
		else if (argv[i] === '--base') args.base = argv[++i];
		else if (argv[i] === '--json') args.json = true;
		else throw new Error(`unknown argument ${argv[i]} (use --base REV, --top N, --json)`);
	}
	return args;
}

/** The .ts files below DIRS: from the working tree, or from git at `rev`. */
function sources(rev) {
	if (rev) {
		const names = execFileSync('git', ['ls-tree', '-r', '--name-only', rev, '--', ...DIRS], { cwd: root, encoding: 'utf8' })
			.split('\n')
			.filter((name) => name.endsWith('.ts'));
		return names.map((name) => ({
			name,
			text: execFileSync('git', ['show', `${rev}:${name}`], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 }),
		}));
	}
	const files = [];
	const walk = (dir) => {
		for (const entry of readdirSync(path.join(root, dir))) {
			const rel = path.join(dir, entry);
			if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
			else if (rel.endsWith('.ts')) files.push(rel);
		}
	};
	DIRS.forEach(walk);
	return files.map((name) => ({ name, text: readFileSync(path.join(root, name), 'utf8') }));
}

const BRANCH_OPERATORS = new Set([
	ts.SyntaxKind.AmpersandAmpersandToken,
	ts.SyntaxKind.BarBarToken,
	ts.SyntaxKind.QuestionQuestionToken,
	ts.SyntaxKind.AmpersandAmpersandEqualsToken,
	ts.SyntaxKind.BarBarEqualsToken,
	ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

function isBranch(node) {
	switch (node.kind) {
		case ts.SyntaxKind.IfStatement:
		case ts.SyntaxKind.ConditionalExpression:
		case ts.SyntaxKind.CaseClause:
		case ts.SyntaxKind.ForStatement:
		case ts.SyntaxKind.ForInStatement:
		case ts.SyntaxKind.ForOfStatement:
		case ts.SyntaxKind.WhileStatement:
		case ts.SyntaxKind.DoStatement:
		case ts.SyntaxKind.CatchClause:
			return true;
		case ts.SyntaxKind.BinaryExpression:
			return BRANCH_OPERATORS.has(node.operatorToken.kind);
		default:
			return false;
	}
}

const isFunction = (node) =>
	ts.isFunctionDeclaration(node) ||
	ts.isMethodDeclaration(node) ||
	ts.isArrowFunction(node) ||
	ts.isFunctionExpression(node) ||
	ts.isConstructorDeclaration(node) ||
	ts.isGetAccessorDeclaration(node) ||
	ts.isSetAccessorDeclaration(node);

const nameText = (name) => (name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) ? name.text : undefined);

/** What the code calls a function: `Class.method`, `object.method`, a variable's name, or `(anonymous)` in its holder. */
function functionName(node, sourceFile) {
	const own = nameText(node.name);
	const parent = node.parent;
	let base = own;
	if (!base && parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) {
		base = nameText(parent.name);
	}
	const holder = holderName(ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) ? parent.parent : node.parent, sourceFile);
	if (ts.isConstructorDeclaration(node)) base = 'constructor';
	if (!base) {
		const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
		return `${holder ? `${holder} ` : ''}(anonymous, line ${line})`;
	}
	return holder ? `${holder}.${base}` : base;
}

/** The class or object (named by its variable) a member belongs to, if any. */
function holderName(node, sourceFile) {
	for (let at = node; at && at !== sourceFile; at = at.parent) {
		if (ts.isClassDeclaration(at) || ts.isClassExpression(at)) return nameText(at.name);
		if (ts.isVariableDeclaration(at)) return nameText(at.name);
		if (isFunction(at)) return undefined;
	}
	return undefined;
}

function measure(file) {
	const sourceFile = ts.createSourceFile(file.name, file.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const found = [];
	const countBranches = (fn) => {
		let branches = 0;
		const visit = (node) => {
			if (node !== fn && isFunction(node)) return;
			if (isBranch(node)) branches++;
			ts.forEachChild(node, visit);
		};
		visit(fn);
		return branches;
	};
	const visit = (node) => {
		if (isFunction(node) && node.body) {
			const start = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line;
			const end = sourceFile.getLineAndCharacterOfPosition(node.getEnd()).line;
			found.push({ file: file.name, name: functionName(node, sourceFile), line: start + 1, lines: end - start + 1, branches: countBranches(node) });
		}
		ts.forEachChild(node, visit);
	};
	visit(sourceFile);
	return found;
}

const measureAll = (rev) => sources(rev).flatMap(measure);

/** The named function of one row (the largest when several match), or undefined. */
function pick(functions, { file, name }) {
	const matches = functions.filter((f) => file.test(f.file) && (f.name === name || f.name.endsWith(`.${name}`)));
	return matches.sort((a, b) => b.lines - a.lines)[0];
}

const size = (f) => (f ? `${f.lines} / ${f.branches}` : '—');
const where = (f) => `\`${f.file}:${f.line}\``;

function main() {
	const args = parseArgs(process.argv.slice(2));
	const now = measureAll();
	const before = args.base ? measureAll(args.base) : undefined;
	const byLines = (a, b) => b.lines - a.lines || b.branches - a.branches;
	const top = [...now].sort(byLines).slice(0, args.top);
	const topBefore = before ? [...before].sort(byLines).slice(0, args.top) : undefined;

	if (args.json) {
		const named = NAMED.map((row) => ({ label: row.label, now: pick(now, row), before: before && pick(before, row) }));
		console.log(JSON.stringify({ base: args.base, named, top, topBefore }, null, 2));
		return;
	}
	const head = args.base ? `| function | ${args.base} | now | where (now) |\n|---|---|---|---|` : '| function | lines / branches | where |\n|---|---|---|';
	console.log(`Functions issue #10 names (lines / branches):\n\n${head}`);
	for (const row of NAMED) {
		const f = pick(now, row);
		const cells = args.base ? [row.label, size(pick(before, row)), size(f)] : [row.label, size(f)];
		console.log(`| ${cells.join(' | ')} | ${f ? where(f) : '—'} |`);
	}
	const table = (title, list) => {
		console.log(`\n${title}\n\n| # | function | lines / branches | where |\n|---|---|---|---|`);
		list.forEach((f, i) => console.log(`| ${i + 1} | ${f.name} | ${size(f)} | ${where(f)} |`));
	};
	table(`The ${args.top} largest functions in nodes/ and credentials/ now (${now.length} functions):`, top);
	if (topBefore) table(`The ${args.top} largest at ${args.base} (${before.length} functions):`, topBefore);
}

main();
