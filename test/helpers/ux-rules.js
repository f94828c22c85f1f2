'use strict';
// n8n's UX guidelines for verified community nodes (docs.n8n.io "UX guidelines for community nodes" and
// "Node UI design"), as checks over a node's or credential's description. Each check returns the places that
// break it as strings `<where>: <what>`, so a test prints every offender at once; a node or parameter added
// later is held to the same rules without a new test.

// Words Title Case leaves in lower case (articles, conjunctions, short prepositions) and tokens that are
// lower case by nature (units, "e.g.").
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'per', 'as', 'vs', 'via', 'into', 'e.g.', 'i.e.']);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Every property of a description, nested ones included, with a readable path. */
function walkProperties(properties, path = '') {
	const out = [];
	for (const property of properties || []) {
		const where = `${path}${property.name}`;
		out.push({ property, where });
		for (const option of property.options || []) {
			if (option.values) {
				out.push({ group: option, where: `${where}.${option.name}` });
				out.push(...walkProperties(option.values, `${where}.${option.name}.`));
			} else if (option.type) {
				out.push(...walkProperties([option], `${where}.`));
			}
		}
	}
	return out;
}

/** The plain options (value + name) of an options / multiOptions property. */
const plainOptions = (property) => (property.options || []).filter((o) => !o.values && !o.type && 'value' in o);

/**
 * The words of a label that Title Case should capitalise but are not. CJK terms are left alone, and so is a
 * vendor's camelCase field name in brackets ("Order No. (orderNo)"); a snake_case name that Title Case
 * mangled ("Out_id", "End_city_rule") counts as a miss: such codes belong in the description.
 */
function titleCaseMisses(label) {
	const words = [];
	let depth = 0;
	for (const raw of String(label).split(/\s+/)) {
		const inBrackets = depth > 0 || raw.startsWith('(');
		depth += (raw.match(/\(/g) || []).length - (raw.match(/\)/g) || []).length;
		const word = raw.replace(/^[("'“‘/[]+|[)"'”’:,;/\].]+$/g, '');
		if (word && !CJK.test(word)) words.push({ word, inBrackets });
	}
	return words
		.filter(({ word, inBrackets }, i) => {
			if (/^[A-Z][a-z0-9]*_/.test(word)) return true; // Title-Cased snake_case: Out_id
			if (!/^[a-z]/.test(word)) return false; // capitalised, a digit, a symbol
			if (inBrackets && /^[a-z]+[A-Z]/.test(word)) return false; // a vendor field name: orderNo
			if (i > 0 && SMALL_WORDS.has(word.toLowerCase())) return false;
			return true;
		})
		.map(({ word }) => word);
}

/** Problems of a free text (description, hint, notice, placeholder, action). */
function textProblems(text) {
	const problems = [];
	const t = String(text);
	if (/\t/.test(t)) problems.push('contains a tab');
	if (/ {2,}/.test(t.replace(/<[^>]*>/g, '').replace(/\s*\n\s*/g, '\n'))) problems.push('contains a double space');
	if (t !== t.trim()) problems.push('has leading or trailing white space');
	if (/\b(\w{2,})\s+\1\b/i.test(t)) problems.push(`repeats the word "${t.match(/\b(\w{2,})\s+\1\b/i)[1]}"`);
	const sentences = t
		.split(/(?<=[.!?])\s+/)
		.map((s) => s.trim().toLowerCase())
		.filter((s) => s.length > 12);
	const seen = new Set();
	for (const s of sentences) {
		if (seen.has(s)) problems.push(`repeats the sentence "${s}"`);
		seen.add(s);
	}
	return problems;
}

/** A sentence-case text starts with a capital (or a digit, symbol, CJK, or a code identifier such as `out_id`). */
function startsSentenceCase(text) {
	const first = String(text).trim().split(/\s+/)[0] || '';
	if (!/^[a-z]/.test(first)) return true;
	return /[_.A-Z/=]/.test(first.slice(1)) || first === 'e.g.' || first.endsWith(':'); // codes: out_id, sourceDocumentNumber, "ebot:", e.g.
}

/** The checks of one description (node, trigger or credential). */
function checkDescription(description) {
	const problems = [];
	const at = (where, what) => problems.push(`${description.name}.${where}: ${what}`);
	if (titleCaseMisses(description.displayName).length) at('displayName', 'is not Title Case');
	if (description.description && !startsSentenceCase(description.description)) at('description', 'does not start in sentence case');

	for (const { property, group, where } of walkProperties(description.properties)) {
		if (group) {
			const misses = titleCaseMisses(group.displayName);
			if (misses.length) at(where, `group label "${group.displayName}" is not Title Case (${misses.join(', ')})`);
			continue;
		}
		const isNotice = property.type === 'notice';
		if (!isNotice) {
			const misses = titleCaseMisses(property.displayName);
			if (misses.length) at(where, `label "${property.displayName}" is not Title Case (${misses.join(', ')})`);
		}
		for (const key of ['description', 'hint', 'placeholder', ...(isNotice ? ['displayName'] : [])]) {
			if (property[key] === undefined || property[key] === '') continue;
			for (const p of textProblems(property[key])) at(`${where}.${key}`, p);
			if (key !== 'placeholder' && !startsSentenceCase(property[key])) at(`${where}.${key}`, `does not start in sentence case: "${property[key]}"`);
		}
		if (property.type === 'boolean' && !/^Whether\b/.test(property.description || '')) {
			at(where, `boolean "${property.displayName}" is not described with "Whether …": "${property.description || ''}"`);
		}
		if (property.placeholder !== undefined && property.placeholder !== '') {
			const isButton = ['collection', 'fixedCollection'].includes(property.type);
			if (isButton && (!/^Add /.test(property.placeholder) || titleCaseMisses(property.placeholder).length)) {
				at(`${where}.placeholder`, `the add button "${property.placeholder}" should read "Add …" in Title Case`);
			}
			if (!isButton && !/^e\.g\. /.test(property.placeholder)) {
				at(`${where}.placeholder`, `example "${property.placeholder}" should start with "e.g. "`);
			}
		}
		if (property.type === 'resourceLocator') {
			const modes = (property.modes || []).map((m) => m.name);
			if (modes.includes('list') && (!property.default || property.default.mode !== 'list')) {
				at(where, `resource locator defaults to "${property.default && property.default.mode}", not "From list"`);
			}
			for (const mode of property.modes || []) {
				if (titleCaseMisses(mode.displayName).length) at(`${where}.modes.${mode.name}`, `mode "${mode.displayName}" is not Title Case`);
				if (mode.placeholder && !/^e\.g\. /.test(mode.placeholder)) at(`${where}.modes.${mode.name}`, `example "${mode.placeholder}" should start with "e.g. "`);
			}
		}
		for (const option of plainOptions(property)) {
			const misses = property.name === 'outputFields' ? [] : titleCaseMisses(option.name); // the field picker lists the vendor's field names
			if (misses.length) at(`${where}[${JSON.stringify(option.value)}]`, `option "${option.name}" is not Title Case (${misses.join(', ')})`);
			for (const key of ['description', 'action']) {
				if (!option[key]) continue;
				for (const p of textProblems(option[key])) at(`${where}[${JSON.stringify(option.value)}].${key}`, p);
				if (!startsSentenceCase(option[key])) at(`${where}[${JSON.stringify(option.value)}].${key}`, `does not start in sentence case: "${option[key]}"`);
			}
			if (property.name === 'operation') {
				if (!option.action) at(`${where}[${option.value}]`, 'operation has no action (the node panel would show its bare name)');
				if (!option.description) at(`${where}[${option.value}]`, 'operation has no description');
				const later = option.action ? option.action.split(/\s+/).slice(1).filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && !CJK.test(w)) : [];
				if (later.length >= 2 && later.every((w) => /^[A-Z][a-z]/.test(w))) {
					at(`${where}[${option.value}].action`, `action "${option.action}" is Title Case; n8n writes actions in sentence case`);
				}
			}
		}
	}
	return problems;
}

/**
 * Simplify as n8n's guidelines spell it, and the AI-tool Output choice beside every Simplify: a `simplify` boolean
 * hidden in the tool variant (`@tool`), an `output` (simple / raw / selected) and an `outputFields` picker shown
 * there, for the same resource and operation.
 */
function checkOutputChoice(description) {
	const problems = [];
	const top = description.properties || [];
	const scope = (p) => JSON.stringify({ resource: p.displayOptions?.show?.resource, operation: p.displayOptions?.show?.operation });
	for (const simplify of top.filter((p) => p.name === 'simplify')) {
		const where = `${description.name}.simplify ${scope(simplify)}`;
		if (simplify.type !== 'boolean' || simplify.default !== true) problems.push(`${where}: Simplify is a boolean, on by default`);
		if (!/^Whether to return a simplified version of the response instead of the raw data\b/.test(simplify.description || '')) problems.push(`${where}: description is not n8n's standard Simplify wording`);
		if (!(simplify.displayOptions?.hide?.['@tool'] || []).includes(true)) problems.push(`${where}: not hidden in the tool variant (@tool), where Output replaces it`);
		const output = top.find((p) => p.name === 'output' && scope(p) === scope(simplify) && (p.displayOptions?.show?.['@tool'] || []).includes(true));
		if (!output) problems.push(`${where}: no Output choice for the tool variant`);
		else if (JSON.stringify((output.options || []).map((o) => o.value)) !== JSON.stringify(['simple', 'raw', 'selected'])) problems.push(`${where}: Output offers ${(output.options || []).map((o) => o.value)}, not simple / raw / selected`);
		if (!top.some((p) => p.name === 'outputFields' && scope(p) === scope(simplify))) problems.push(`${where}: no Fields picker for Output = Selected Fields`);
	}
	return problems;
}

/** The event dropdown n8n's node panel turns into one entry per event ("On …"), as n8n's editor finds it. */
function eventProperty(description) {
	return (description.properties || []).find((p) => ['event', 'events', 'trigger on'].includes(String(p.displayName).toLowerCase()));
}

/**
 * Trigger events as a person meets them in the node panel. Without an `action` n8n shows "On " + the
 * lower-cased name with dots split ("EBot Node Reached" → "On e bot node reached"), so each event carries its
 * own action; vendor codes belong in the description, the name is readable English with the Chinese term.
 */
function checkTriggerEvents(description) {
	const problems = [];
	const events = eventProperty(description);
	if (!events) return problems;
	for (const option of plainOptions(events)) {
		const at = (what) => problems.push(`${description.name}.${events.name}[${JSON.stringify(option.value)}]: ${what}`);
		if (!option.action || !/^On [a-zA-Z]/.test(option.action)) at(`has no panel action "On …" (n8n would show "On ${String(option.name).toLowerCase()}")`);
		if (!option.description) at('has no description (the vendor code and what the event means)');
		if (/[a-z]\.[a-z]/i.test(String(option.name).replace(/\be\.g\./g, ''))) at(`name "${option.name}" carries a vendor code: move it to the description`);
		if (!CJK.test(option.name)) at(`name "${option.name}" has no Chinese term`);
		if (option.description && !String(option.description).includes(String(option.value)) && !/\(\/[\w/]+\)/.test(option.description)) at(`description names neither the vendor code ${option.value} nor the vendor's path`);
	}
	return problems;
}

module.exports = { checkOutputChoice, walkProperties, titleCaseMisses, textProblems, startsSentenceCase, checkDescription, checkTriggerEvents, eventProperty, plainOptions };
