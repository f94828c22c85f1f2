'use strict';
// Driving n8n's node panel (NDV) the way a person does, found by n8n's data-test-id attributes and parameter
// paths — never by the texts of our node descriptions, which change with the docs.

const DROPDOWN_ITEM = '.el-select-dropdown__item:visible';
const LIST_ITEM = '[data-test-id=rlc-item]:visible';

/**
 * Open a top-level options dropdown and pick the entry at `index` (the position in the description's
 * options: n8n lists them in that order). Returns the value the input then shows.
 * @param {any} page
 * @param {string} name
 * @param {number} index
 * @param {string} [expected]  the option's name: waits (≤ 5 s) until the input shows it
 */
async function pickOption(page, name, index, expected) {
	const input = page.getByTestId('ndv').getByTestId(`parameter-input-${name}`).locator('input').first();
	const pick = async () => {
		await input.click();
		await page.locator(DROPDOWN_ITEM).nth(index).click();
		await page.locator(DROPDOWN_ITEM).first().waitFor({ state: 'hidden' });
	};
	await pick();
	if (expected === undefined) return input.inputValue();
	// n8n re-renders the input after a pick (a new element when the resource changes). Right after a resource
	// switch, the new resource's Operation input sometimes keeps showing the raw value ("create") although the
	// value is right; a user picking it again sees the label. Read through the locator until it shows `expected`,
	// and pick once more (at most twice) when it does not settle.
	let shown = await input.inputValue();
	for (let attempt = 0; attempt < 3 && shown !== expected; attempt++) {
		// Picking the same value again changes nothing n8n re-renders (seen in CI: budgetCenter/create kept showing
		// "create" through two more picks): the last attempt picks a neighbouring entry first, then the wanted one.
		if (attempt === 2) {
			await input.click().catch(() => {});
			await page.locator(DROPDOWN_ITEM).nth(index === 0 ? 1 : 0).click().catch(() => {});
			await page.locator(DROPDOWN_ITEM).first().waitFor({ state: 'hidden' }).catch(() => {});
		}
		if (attempt > 0) await pick().catch(() => {});
		const until = Date.now() + 5000;
		shown = await input.inputValue().catch(() => shown);
		while (shown !== expected && Date.now() < until) {
			await page.waitForTimeout(100);
			shown = await input.inputValue().catch(() => shown);
		}
	}
	return shown;
}

/** A page script: no CSS transitions or animations — the suite waits for states, not for fades (faster). */
const NO_ANIMATIONS = `document.addEventListener('DOMContentLoaded', () => {
	const style = document.createElement('style');
	style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
	document.head.appendChild(style);
});`;

/**
 * What the panel shows: the parameter paths with an input (top level: `resource`, nested:
 * `additionalFields.parentId`), and the paths n8n marks with an issue (the red triangle).
 * @param {any} page
 */
function panelState(page) {
	return page.getByTestId('ndv').evaluate((/** @type {any} */ ndv) => {
		const strip = (/** @type {string | null} */ p) => String(p || '').replace(/^parameters\./, '');
		const inputs = [...ndv.querySelectorAll('[data-parameter-path^="parameters."]')].map((/** @type {any} */ e) => strip(e.getAttribute('data-parameter-path')));
		const issues = [...ndv.querySelectorAll('[data-test-id=parameter-issues]')].map((/** @type {any} */ e) => {
			const item = e.closest('[data-test-id=parameter-item]');
			const input = item && item.querySelector('[data-parameter-path^="parameters."]');
			return input ? strip(input.getAttribute('data-parameter-path')) : '?';
		});
		return { inputs: [...new Set(inputs)], issues: [...new Set(issues)] };
	});
}

/**
 * The panel state once it shows what `want` says (n8n re-renders asynchronously after a pick), or the last
 * state seen after `timeout` ms — the caller compares that and reports the difference.
 * @param {any} page
 * @param {{ inputs: string[], names: string[], issues: string[] }} want
 */
async function settledPanel(page, want, timeout = 10000) {
	const end = Date.now() + timeout;
	for (;;) {
		const state = await panelState(page);
		const diff = panelDiff(state, want);
		if (!diff || Date.now() > end) return { state, diff };
		await page.waitForTimeout(100);
	}
}

/**
 * What differs between the panel and the model: inputs missing, top-level inputs the model does not show,
 * and issues other than the expected ones. null when they agree.
 * @param {{ inputs: string[], issues: string[] }} state
 * @param {{ inputs: string[], names: string[], issues: string[] }} want
 */
function panelDiff(state, want) {
	const missing = want.inputs.filter((i) => !state.inputs.includes(i));
	const unexpected = state.inputs.filter((i) => !/[.[]/.test(i) && !want.names.includes(i));
	const issues = [...state.issues].sort().join(',');
	const wantIssues = [...want.issues].sort().join(',');
	if (!missing.length && !unexpected.length && issues === wantIssues) return null;
	return { missing, unexpected, issues: state.issues, wantIssues: want.issues };
}

/**
 * Open the dropdown of the parameter at `path` (loadOptions `options` or a resource locator's list) and
 * return the entries it lists once filled, or the error / empty text n8n shows instead.
 * @param {any} page
 * @param {{ path: string, kind: string }} dropdown
 */
async function dropdownEntries(page, dropdown) {
	const ndv = page.getByTestId('ndv');
	const field = ndv.locator(`[data-parameter-path="parameters.${dropdown.path}"]`).first();
	const itemSelector = dropdown.kind === 'list' ? LIST_ITEM : DROPDOWN_ITEM;
	const target = dropdown.kind === 'list' ? field.getByTestId('rlc-input') : field.locator('input').first();
	// a multi-select's tag area lies over its input: once it is enabled (n8n disables it while loading), click
	// where it is
	await target.click({ timeout: 5000 }).catch(() => target.click({ force: true }));
	let entries = [];
	let problem = '';
	try {
		await page.locator(itemSelector).first().waitFor({ timeout: 15000 });
		entries = await page.locator(itemSelector).allInnerTexts();
	} catch {
		problem = (await page.locator('.el-select-dropdown:visible, [data-test-id=resource-locator-dropdown]:visible, .el-popper:visible').allInnerTexts()).join(' | ');
	}
	await page.keyboard.press('Escape');
	await page.locator(itemSelector).first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => {});
	return { entries: entries.map((t) => t.trim()).filter(Boolean), problem };
}

/**
 * The text of the issue n8n shows for the parameter at `path` (its triangle's tooltip), for failure reports.
 * @param {any} page
 * @param {string} path
 */
async function issueText(page, path) {
	const item = page
		.getByTestId('ndv')
		.locator(`[data-parameter-path="parameters.${path}"]`)
		.first()
		.locator('xpath=ancestor::*[@data-test-id="parameter-item"][1]');
	await item.getByTestId('parameter-issues').locator('span').first().hover({ timeout: 3000 }).catch(() => {});
	await page.waitForTimeout(500);
	const text = (await page.locator('[data-reka-popper-content-wrapper]:visible, [role=tooltip]:visible').allInnerTexts()).join(' ').trim();
	await page.mouse.move(0, 0);
	return text.replace(/\s+/g, ' ');
}

module.exports = { issueText, NO_ANIMATIONS, pickOption, panelState, settledPanel, dropdownEntries };
