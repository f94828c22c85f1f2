'use strict';
// The nodes as a person sees them: Debian's Chromium (playwright-core, no browser download) against the demo
// n8n of `npm start` (the same bootEnvironment: sandbox, one sandbox credential per vendor, the examples),
// signed in through the sign-in page as its owner. Per vendor: the node panel finds the trigger and the node
// by their English and Chinese names; the trigger shows its production URL and setup notice; the node opens
// from its first action with the sandbox credential selected and no parameter issue; the credential test that
// the modal's button calls (POST /rest/credentials/test) succeeds with the sandbox secret and fails with a
// message on a wrong one. Screenshots of
// each node's panel, each trigger's setup and each example's canvas go to docs/images/ with
// `npm run screenshots` (elsewhere to .test-results/editor/). No browser console error may name our package.
//
//   npm run test:editor                    (E2E_N8N_PORT / E2E_SANDBOX_PORT pick the ports)
//   npm run screenshots                    same run, pictures into docs/images/
// Without /usr/bin/chromium the suite is skipped, except under CI=true where that fails.

const fs = require('node:fs');
const path = require('node:path');
const { packRepo, removePack } = require('../../scripts/n8n/instance.js');
const { bootEnvironment, exampleWorkflows } = require('../../scripts/n8n/environment.js');
const { REPO_ROOT } = require('../../scripts/n8n/package-info.js');

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
const REQUIRED = process.env.CI === 'true';
const ENABLED = process.env.E2E !== '0' && (HAS_CHROMIUM || REQUIRED);
const N8N_PORT = Number(process.env.E2E_N8N_PORT || 5688);
const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT || 8797);
const IMAGES = process.env.SCREENSHOTS === '1' ? path.join(REPO_ROOT, 'docs', 'images') : path.join(REPO_ROOT, '.test-results', 'editor');
const log = (m) => process.stderr.write(`[editor] ${m}\n`);

/** What a person types and sees, per vendor (the sandbox credential is named "<vendor> (sandbox)"). */
const VENDORS = [
	{ vendor: 'didi', en: 'DiDi', zh: '滴滴', node: 'DiDi Enterprise', wrongField: 'clientSecret', triggerCredential: true },
	{ vendor: 'hose', en: 'Hose', zh: '合思', node: 'Hose', wrongField: 'appSecurity' },
	{ vendor: 'zhenling', en: 'Zhenling', zh: '甄零', node: 'Zhenling', wrongField: 'clientSecret' },
	{ vendor: 'zhiguanche', en: 'ZhiGuanChe', zh: '智管车', node: 'ZhiGuanChe', wrongField: 'appSecret', triggerCredential: true },
	{ vendor: 'zeyi', en: 'Zeyi', zh: '则一', node: 'Zeyi', wrongField: 'appSecret', triggerCredential: true },
];

const describeEditor = ENABLED ? describe : describe.skip;

describeEditor('editor: the nodes in a real browser', () => {
	/** @type {any} */
	let env = null;
	/** @type {string | null} */
	let tarball = null;
	/** @type {any} */
	let browser = null;
	/** @type {any} */
	let page = null;
	/** @type {string[]} */
	const consoleErrors = [];
	const base = `http://localhost:${N8N_PORT}`;

	beforeAll(async () => {
		if (!HAS_CHROMIUM) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium (CI=true requires this suite)`);
		tarball = await packRepo({ build: !process.env.E2E_NO_BUILD, log });
		env = await bootEnvironment({
			port: N8N_PORT,
			sandboxPort: SANDBOX_PORT,
			tarball,
			workflows: exampleWorkflows().map((e) => ({ workflow: e.workflow, file: e.file })),
			log,
		});
		fs.mkdirSync(IMAGES, { recursive: true });
		const pw = require('playwright-core');
		pw.selectors.setTestIdAttribute('data-test-id');
		browser = await pw.chromium.launch({
			executablePath: CHROMIUM,
			args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run', '--disable-sync'],
		});
		page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
		page.setDefaultTimeout(30000);
		page.on('console', (/** @type {any} */ m) => m.type() === 'error' && consoleErrors.push(m.text()));
		page.on('pageerror', (/** @type {Error} */ e) => consoleErrors.push(String(e.stack || e.message)));

		// Sign in as a person does.
		await page.goto(`${base}/signin`);
		await page.locator('[data-test-id=emailOrLdapLoginId] input, input[data-test-id=emailOrLdapLoginId]').first().fill(env.n8n.owner.email);
		await page.locator('[data-test-id=password] input, input[data-test-id=password]').first().fill(env.n8n.owner.password);
		await page.getByTestId('form-submit-button').click();
		await page.waitForURL(/\/home|\/workflows/, { timeout: 60000 });
	}, 15 * 60 * 1000);

	afterAll(async () => {
		if (browser) await browser.close();
		if (env) await env.stop();
		removePack(tarball);
	}, 120000);

	/** @param {string} name */
	const shot = (name) => page.screenshot({ path: path.join(IMAGES, `${name}.png`) });

	/** Type into the node panel's search and return the node names it lists. */
	async function search(/** @type {string} */ text, /** @type {string} */ expected) {
		const bar = page.getByTestId('node-creator-search-bar');
		await bar.fill('');
		await bar.fill(text);
		const item = page.getByTestId('node-creator').getByTestId('node-creator-item-name').filter({ hasText: new RegExp(`^${expected}$`) });
		await item.first().waitFor({ timeout: 15000 }).catch(() => {});
		return page.getByTestId('node-creator').getByTestId('node-creator-item-name').allTextContents();
	}

	/** Pick a node from the search results, then its first action / event. */
	async function pickFirstAction(/** @type {string} */ name) {
		const creator = page.getByTestId('node-creator');
		await creator.getByTestId('node-creator-item-name').filter({ hasText: new RegExp(`^${name}$`) }).first().click();
		// the node's page lists category headers ("… Actions", "Triggers") and, in a workflow that has a trigger,
		// the trigger itself first: the first action is the first other entry
		const actions = creator.getByTestId('item-iterator-item').filter({ hasNotText: /Actions$|^Triggers|Starts the workflow/ });
		await actions.first().waitFor();
		const first = (await actions.first().innerText()).trim();
		await actions.first().click();
		await page.getByTestId('ndv').waitFor();
		return first;
	}

	const ndvIssues = () => page.getByTestId('ndv').locator('[data-test-id=parameter-issues]').count();

	for (const v of VENDORS) {
		describe(v.node, () => {
			test(
				`the trigger: found as "${v.en}" and "${v.zh}", shows its production URL and setup notice`,
				async () => {
					await page.goto(`${base}/workflow/new`);
					await page.getByTestId('canvas-add-button').click();
					const trigger = `${v.node}`;
					expect(await search(v.en, trigger)).toContain(trigger);
					expect(await search(v.zh, trigger)).toContain(trigger);
					await pickFirstAction(trigger);
					const ndv = page.getByTestId('ndv');
					// triggers verified by a path secret (Hose, Zhenling) have no credential
					if (v.triggerCredential) {
						await expect(ndv.getByTestId('node-credentials-select').locator('input').inputValue()).resolves.toBe(`${v.vendor} (sandbox)`);
					}
					await ndv.getByText('Webhook URLs').first().click();
					await ndv.getByText('Production URL').first().click();
					const urls = await ndv.innerText();
					expect(urls).toMatch(new RegExp(`http://localhost:${N8N_PORT}/webhook/[0-9a-f-]{36}`));
					// the setup notice (an n8n Notice in the parameters)
					const notice = ndv.locator('.notice, [class*="notice"]').filter({ hasText: /\S{10}/ });
					expect(await notice.count()).toBeGreaterThan(0);
					expect(await ndvIssues()).toBe(0);
					await shot(`${v.vendor}-trigger`);
					await ndv.getByTestId('ndv-close-button').click();
				},
				180000,
			);

			test(
				`the node: found as "${v.en}" and "${v.zh}", opens with the sandbox credential and no parameter issue`,
				async () => {
					await page.getByTestId('canvas-handle-plus').first().click();
					expect(await search(v.en, v.node)).toContain(v.node);
					expect(await search(v.zh, v.node)).toContain(v.node);
					await pickFirstAction(v.node);
					const ndv = page.getByTestId('ndv');
					await expect(ndv.getByTestId('node-credentials-select').locator('input').inputValue()).resolves.toBe(`${v.vendor} (sandbox)`);
					// resource and operation are the first two parameters, each a filled dropdown
					for (const p of ['resource', 'operation']) {
						const value = await ndv.getByTestId(`parameter-input-${p}`).locator('input').first().inputValue();
						expect(value.length).toBeGreaterThan(0);
					}
					await shot(`${v.vendor}-node`);
					expect(await ndvIssues()).toBe(0);
				},
				180000,
			);

			test(
				"the credential's Test (what the modal's button calls) succeeds with the sandbox secret and fails clearly with a wrong one",
				async () => {
					const cred = env.credentials[v.vendor];
					const ok = await env.n8n.rest('POST', '/credentials/test', { credentials: { id: cred.id, name: cred.name, type: cred.type, data: cred.data } });
					expect(ok).toEqual(expect.objectContaining({ status: 'OK' }));
					const wrong = { ...cred.data, [v.wrongField]: 'wrong-secret-from-the-editor-suite' };
					const bad = await env.n8n.rest('POST', '/credentials/test', { credentials: { id: cred.id, name: cred.name, type: cred.type, data: wrong } });
					expect(bad.status).toBe('Error');
					expect(String(bad.message).length).toBeGreaterThan(10);
					expect(bad.message).not.toContain('wrong-secret-from-the-editor-suite');
				},
				120000,
			);
		});
	}

	test('each example workflow opens on the canvas (pictures for the docs)', async () => {
		const shots = [];
		for (const w of env.workflows) {
			await page.goto(`${base}/workflow/${w.workflow.id}`);
			await page.getByTestId('canvas-wrapper').waitFor();
			await page.waitForTimeout(1500);
			await page.getByTestId('zoom-to-fit').click();
			await page.waitForTimeout(1000);
			const nodes = await page.locator('[data-test-id=canvas-node]').count();
			expect(nodes).toBe(w.workflow.nodes.filter((/** @type {any} */ n) => n.type !== 'n8n-nodes-base.stickyNote').length);
			const name = `example-${path.basename(w.file, '.json')}`;
			await shot(name);
			shots.push(name);
		}
		expect(shots).toHaveLength(env.workflows.length);
	}, 300000);

	test('no browser console error names our package or nodes', () => {
		const ours = consoleErrors.filter((e) => /cn-enterprise|didi|hose|zhenling|zhiguanche|zeyi/i.test(e));
		expect(ours).toEqual([]);
	});
});
