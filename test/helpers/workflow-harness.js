// Runs real workflows through n8n-core's engine in-process, with this package's nodes and credentials
// loaded from source. See README.md beside this file for the API.
require('./env');
const { Workflow, createDeferredPromise, NodeHelpers } = require('n8n-workflow');
const {
	WorkflowExecute,
	ExecutionLifecycleHooks,
	WebhookContext,
	HookContext,
	LoadOptionsContext,
} = require('n8n-core');
const {
	httpRequest,
} = require('n8n-core/dist/execution-engine/node-execution-context/utils/request-helper-functions');
const { TestCredentialsHelper } = require('./credentials-helper');
const {
	NodeTypes,
	CredentialTypes,
	PACKAGE_PREFIX,
	loadPackageNodes,
	loadPackageCredentials,
} = require('./node-types');
const { fixtureNodes } = require('../fixtures/nodes');
const { fakeRequest, fakeResponse } = require('./http-fakes');

let executionCounter = 0;

/** Full node type name: `didiEnterprise` → `n8n-nodes-cn-enterprise.didiEnterprise`. */
const typeName = (type) => (type.includes('.') ? type : PACKAGE_PREFIX + type);

function createHarness({ extraNodes = {}, extraCredentials = [], webhookWaitingBaseUrl = 'http://localhost:5678/webhook-waiting' } = {}) {
	const nodeTypes = new NodeTypes(loadPackageNodes(), { ...fixtureNodes(), ...extraNodes });
	const credentialTypes = new CredentialTypes([...loadPackageCredentials(), ...extraCredentials]);
	const credentials = new TestCredentialsHelper(credentialTypes);
	const staticDataByWorkflow = new Map();

	/** @returns {import('n8n-workflow').IWorkflowExecuteAdditionalData} */
	function additionalData(hooks, extra = {}) {
		return /** @type {any} */ ({
			hooks,
			credentialsHelper: credentials,
			executionId: String(++executionCounter),
			restApiUrl: 'http://localhost:5678/rest',
			instanceBaseUrl: 'http://localhost:5678/',
			webhookBaseUrl: 'http://localhost:5678/webhook',
			webhookWaitingBaseUrl,
			webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
			formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
			variables: {},
			userId: 'test-user',
			currentNodeParameters: undefined,
			executionTimeoutTimestamp: undefined,
			setExecutionStatus: () => {},
			sendDataToUI: () => {},
			logAiEvent: () => {},
			externalSecretsProxy: { hasProvider: () => false, listProviders: () => [] },
			...extra,
		});
	}

	function makeWorkflow(definition, { staticDataCopy = false } = {}) {
		const id = definition.id || 'test-workflow';
		if (!staticDataByWorkflow.has(id)) staticDataByWorkflow.set(id, definition.staticData || {});
		// A webhook call gets its own copy, as n8n loads static data per request (see callWebhook).
		const staticData = staticDataCopy ? JSON.parse(JSON.stringify(staticDataByWorkflow.get(id))) : staticDataByWorkflow.get(id);
		return new Workflow({
			id,
			name: definition.name || 'Test workflow',
			nodes: definition.nodes.map((node) => ({
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
				id: node.name,
				...node,
				type: typeName(node.type),
			})),
			connections: definition.connections || {},
			nodeTypes,
			staticData,
			settings: definition.settings || {},
			active: false,
		});
	}

	/**
	 * Runs a workflow definition ({ nodes, connections }) from its start node, feeding `items` to it.
	 * Resolves with the run; never throws for node errors (inspect `result.error`).
	 */
	/**
	 * @param {any} definition
	 * @param {{ items?: any[], startNode?: string, mode?: import('n8n-workflow').WorkflowExecuteMode }} [options]
	 */
	async function runWorkflow(definition, { items = [{ json: {} }], startNode, mode = 'manual' } = {}) {
		const workflow = makeWorkflow(definition);
		const start = startNode ? workflow.getNode(startNode) : workflow.getStartNode();
		if (!start) throw new Error('Workflow has no start node');
		const hooks = new ExecutionLifecycleHooks(mode, String(executionCounter + 1), {
			id: workflow.id,
			name: workflow.name,
			nodes: definition.nodes,
			connections: definition.connections || {},
			active: false,
			activeVersionId: null,
			isArchived: false,
			createdAt: new Date(),
			updatedAt: new Date(),
		});
		/** @type {import('n8n-workflow').IDeferredPromise<import('n8n-workflow').IRun>} */
		const done = createDeferredPromise();
		hooks.addHandler('workflowExecuteAfter', (run) => done.resolve(run));
		/** @type {import('n8n-workflow').IRunExecutionData} */
		const runExecutionData = /** @type {any} */ ({
			startData: {},
			resultData: { runData: {} },
			executionData: {
				contextData: {},
				metadata: {},
				waitingExecution: {},
				waitingExecutionSource: null,
				nodeExecutionStack: [
					{
						node: start,
						data: { main: [items.map((item) => ('json' in item ? item : { json: item }))] },
						source: null,
					},
				],
			},
		});
		const execute = new WorkflowExecute(additionalData(hooks), mode, runExecutionData);
		await execute.processRunExecutionData(workflow);
		const run = await done.promise;
		// Like n8n: static data is saved (as JSON) after the execution, and the next one loads that copy. Handing
		// the same object to the next Workflow would wrap n8n's change-tracking proxies around it once more per run.
		staticDataByWorkflow.set(workflow.id, JSON.parse(JSON.stringify(workflow.staticData)));
		return wrapRun(run, workflow);
	}

	/**
	 * Resumes a run that a node put to wait (status "waiting"), as n8n's waiting-webhook endpoint does: calls
	 * the waiting node's restart webhook (`restartWebhook: true`) with the request; when it returns
	 * workflowData, the node is passed through with that data and the execution continues. Resolves
	 * `{ resumed, response, run }` (run as from runWorkflow) — `run` only when resumed.
	 */
	async function resumeWaiting(waiting, { body = {}, headers = {}, query = {}, method = 'POST' } = {}) {
		const { workflow } = waiting;
		const runExecutionData = waiting.run.data;
		const name = runExecutionData.resultData.lastNodeExecuted;
		const node = workflow.getNode(name);
		const nodeType = nodeTypes.getByName(node.type);
		const description = (nodeType.description.webhooks || []).find((w) => w.restartWebhook === true);
		if (!description) throw new Error(`${node.type} has no restart webhook`);
		const webhookData = /** @type {any} */ ({ httpMethod: method, node: name, path: '', webhookDescription: description, workflowId: workflow.id, workflowExecuteAdditionalData: {}, isTest: false });
		const raw = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
		const req = fakeRequest({ method, headers: { 'content-type': 'application/json', ...headers }, query, body: /** @type {any} */ (raw), params: {}, path: '', requestPath: '' });
		const res = fakeResponse();
		const context = new WebhookContext(workflow, node, additionalData(undefined, { httpRequest: req, httpResponse: res }), 'webhook', webhookData, [], runExecutionData);
		const result = await nodeType.webhook.call(context);
		if (!result || !result.workflowData) return { resumed: false, response: res.captured() };
		const entry = runExecutionData.executionData.nodeExecutionStack[0];
		runExecutionData.waitTill = undefined;
		entry.node = { ...entry.node, disabled: true };
		entry.data = { main: result.workflowData };
		const hooks = new ExecutionLifecycleHooks('webhook', String(executionCounter + 1), { id: workflow.id, name: workflow.name, nodes: [], connections: {}, active: false, activeVersionId: null, isArchived: false, createdAt: new Date(), updatedAt: new Date() });
		/** @type {import('n8n-workflow').IDeferredPromise<import('n8n-workflow').IRun>} */
		const done = createDeferredPromise();
		hooks.addHandler('workflowExecuteAfter', (run) => done.resolve(run));
		const execute = new WorkflowExecute(additionalData(hooks), 'webhook', runExecutionData);
		await execute.processRunExecutionData(workflow);
		return { resumed: true, response: { status: 200, body: { message: 'Workflow was resumed' } }, run: wrapRun(await done.promise, workflow) };
	}

	/**
	 * Continues a waiting run whose wait time has passed, as n8n's WaitTracker does: the execution runs again
	 * with `waitTill` still set, so n8n-core passes the waiting node through with its (saved) input.
	 */
	async function resumeAfterTimeout(waiting) {
		const { workflow } = waiting;
		const runExecutionData = waiting.run.data;
		if (!runExecutionData.waitTill) runExecutionData.waitTill = new Date(Date.now() - 1000);
		const hooks = new ExecutionLifecycleHooks('webhook', String(executionCounter + 1), { id: workflow.id, name: workflow.name, nodes: [], connections: {}, active: false, activeVersionId: null, isArchived: false, createdAt: new Date(), updatedAt: new Date() });
		/** @type {import('n8n-workflow').IDeferredPromise<import('n8n-workflow').IRun>} */
		const done = createDeferredPromise();
		hooks.addHandler('workflowExecuteAfter', (run) => done.resolve(run));
		const execute = new WorkflowExecute(additionalData(hooks), 'webhook', runExecutionData);
		await execute.processRunExecutionData(workflow);
		return wrapRun(await done.promise, workflow);
	}

	/** Runs one node of this package (or a fixture) on `items`; `credentials` maps type → data or ref. */
	async function runNode({
		type,
		parameters = {},
		items = [{ json: {} }],
		credentials: creds = {},
		typeVersion = 1,
		settings = {},
		name = 'Node',
	}) {
		const nodeCredentials = {};
		for (const [credType, value] of Object.entries(creds)) {
			nodeCredentials[credType] =
				value && value.id ? value : credentials.set(credType, value);
		}
		return await runWorkflow(
			{
				nodes: [{ name, type, typeVersion, parameters, credentials: nodeCredentials, ...settings }],
				connections: {},
			},
			{ items },
		);
	}

	function wrapRun(run, workflow) {
		const { runData, error } = run.data.resultData;
		// The whole-suite secret scan (test/helpers/secret-scan.js) sees every run's items and errors.
		const scanRun = /** @type {any} */ (globalThis).__cnEnterpriseScanRun;
		if (typeof scanRun === 'function') scanRun(run.data.resultData);
		const outputItems = (nodeName, output = 0, runIndex = 0) => {
			const task = runData[nodeName] && runData[nodeName][runIndex];
			if (!task) return undefined;
			if (!task.data) return [];
			return task.data.main[output] || [];
		};
		return {
			run,
			workflow,
			status: run.status,
			error: error || undefined,
			nodeError: (nodeName) => {
				const task = runData[nodeName] && runData[nodeName][0];
				return task && task.error;
			},
			items: outputItems,
			json: (nodeName, output = 0) => (outputItems(nodeName, output) || []).map((i) => i.json),
			staticData: workflow.staticData,
		};
	}

	/** @returns {import('n8n-workflow').IWebhookData} */
	function webhookDataFor(workflow, node, nodeType, webhookName, method) {
		const descriptions = nodeType.description.webhooks || [];
		const description = descriptions.find((w) => (w.name || 'default') === webhookName) || descriptions[0];
		if (!description) throw new Error(`${node.type} declares no webhooks`);
		const resolve = (value) =>
			typeof value === 'string' && value.startsWith('=')
				? workflow.expression.getSimpleParameterValue(node, value, 'internal', {}, undefined, undefined)
				: value;
		return {
			httpMethod: method || resolve(description.httpMethod),
			node: node.name,
			path: resolve(description.path),
			webhookDescription: description,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: /** @type {any} */ ({}), // n8n fills this in when it runs the webhook
			webhookId: node.webhookId,
			isTest: false,
		};
	}

	/** @param {{ type: string, parameters?: object, credentials?: object, typeVersion?: number, id?: string, webhookId?: string, [key: string]: any }} options */
	function triggerWorkflow({ type, parameters = {}, credentials: creds = {}, typeVersion = 1, id, webhookId, staticDataCopy = false }) {
		const nodeCredentials = {};
		for (const [credType, value] of Object.entries(creds)) {
			nodeCredentials[credType] =
				value && value.id ? value : credentials.set(credType, value);
		}
		const definition = {
			id: id || `trigger-${type}`,
			nodes: [
				{
					name: 'Trigger',
					type,
					typeVersion,
					parameters,
					credentials: nodeCredentials,
					webhookId: webhookId || 'd1a2b3c4-0000-4000-8000-000000000001',
				},
			],
		};
		const workflow = makeWorkflow(definition, { staticDataCopy });
		return { workflow, node: workflow.getNode('Trigger'), nodeType: nodeTypes.getByName(typeName(type)) };
	}

	/**
	 * Calls a trigger's webhook() as n8n's webhook server would: raw body bytes, headers (lower-cased),
	 * query. Returns what the caller (the vendor) sees and whether an execution would start.
	 */
	/** @param {{ type: string, parameters?: object, credentials?: object, webhookName?: string, method?: string, headers?: Record<string, string>, query?: object, body?: string, params?: object, requestPath?: string, ip?: string, workflowId?: string }} options */
	async function callWebhook({
		type,
		parameters,
		credentials: creds,
		webhookName = 'default',
		method = 'POST',
		headers = {},
		query = {},
		body = '',
		params = {},
		requestPath,
		ip,
		workflowId,
	}) {
		const { workflow, node, nodeType } = triggerWorkflow({
			type,
			parameters,
			credentials: creds,
			id: workflowId,
			staticDataCopy: true,
		});
		// n8n reads the workflow (and its static data) from the database before webhook() runs: calls that
		// arrive together each hold their own copy by then.
		await new Promise((resolve) => setTimeout(resolve, 20));
		const webhookData = webhookDataFor(workflow, node, nodeType, webhookName, method);
		const req = fakeRequest({ method, headers, query, body, params, path: webhookData.path, requestPath, ip });
		const res = fakeResponse();
		const context = new WebhookContext(
			workflow,
			node,
			additionalData(undefined, { httpRequest: req, httpResponse: res }),
			'webhook',
			webhookData,
			[],
			null,
		);
		const result = await nodeType.webhook.call(context);
		// Like n8n: changed static data is saved after webhook() returns — the last writer wins.
		if (workflow.staticData.__dataChanged !== false) staticDataByWorkflow.set(workflow.id, JSON.parse(JSON.stringify(workflow.staticData)));
		const started = Boolean(result && result.workflowData);
		let response;
		if (result && result.noWebhookResponse) {
			response = res.captured();
		} else if (result && result.webhookResponse !== undefined) {
			response = { status: 200, headers: {}, body: result.webhookResponse };
		} else {
			// What n8n answers itself for responseMode onReceived with no custom data.
			response = { status: 200, headers: {}, body: { message: 'Workflow was started' } };
		}
		return {
			result,
			response,
			started,
			items: started ? result.workflowData[0].map((i) => i.json) : [],
			staticData: workflow.staticData,
			webhookPath: webhookData.path,
		};
	}

	/** Runs webhookMethods[webhookName][method] (checkExists | create | delete) as on (de)activation. */
	async function runWebhookMethod({
		type,
		parameters,
		credentials: creds,
		method,
		webhookName = 'default',
		workflowId,
	}) {
		const { workflow, node, nodeType } = triggerWorkflow({
			type,
			parameters,
			credentials: creds,
			id: workflowId,
		});
		const webhookData = webhookDataFor(workflow, node, nodeType, webhookName);
		const context = new HookContext(
			workflow,
			node,
			additionalData(undefined),
			'trigger',
			method === 'delete' ? 'manual' : 'activate',
			webhookData,
		);
		const fn = nodeType.webhookMethods && nodeType.webhookMethods[webhookName] && nodeType.webhookMethods[webhookName][method];
		if (!fn) throw new Error(`${type} has no webhookMethods.${webhookName}.${method}`);
		const value = await fn.call(context);
		return { value, staticData: workflow.staticData };
	}

	/** Calls methods.loadOptions[name] or methods.listSearch[name] for a node configured with `parameters`. */
	async function loadOptions({ type, method, parameters = {}, credentials: creds = {}, kind = 'loadOptions', filter, paginationToken }) {
		const nodeCredentials = {};
		for (const [credType, value] of Object.entries(creds)) {
			nodeCredentials[credType] = value && value.id ? value : credentials.set(credType, value);
		}
		const workflow = makeWorkflow({
			id: 'load-options',
			nodes: [{ name: 'Node', type, parameters, credentials: nodeCredentials }],
		});
		const node = workflow.getNode('Node');
		const nodeType = nodeTypes.getByName(typeName(type));
		const context = new LoadOptionsContext(
			workflow,
			node,
			additionalData(undefined, { currentNodeParameters: parameters }),
			'',
		);
		const fn = nodeType.methods && nodeType.methods[kind] && nodeType.methods[kind][method];
		if (!fn) throw new Error(`${type} has no methods.${kind}.${method}`);
		return kind === 'listSearch'
			? await fn.call(context, filter, paginationToken)
			: await fn.call(context);
	}

	/**
	 * Runs a credential type's `test` the way n8n's credential tester does (checked on n8n 2.41.1, #17): through
	 * httpRequestWithAuthentication's rules — preAuthentication only when the token field is empty (a token the
	 * credential already holds is used as is: n8n's "is testing" exception does not apply to its temp node),
	 * then authenticate and the request; an HTTP 401, or an error carrying one, fetches a token once and
	 * retries. Then the rules.
	 */
	async function testCredential(type, data) {
		const ref = credentials.set(type, data, { id: `${type}-test` });
		const credentialType = credentialTypes.getByName(type);
		/** @type {import('n8n-workflow').INode} */
		const node = {
			id: 'temp-node',
			name: 'Temp-Node',
			type: 'n8n-nodes-base.noOp',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			credentials: { [type]: ref },
		};
		const workflow = makeWorkflow({ id: 'credential-test', nodes: [{ name: 'Temp-Node', type: 'n8n-nodes-base.noOp', parameters: { temp: '' } }] });
		const decrypted = await credentials.getDecrypted({}, ref, type, 'internal');
		const resolve = (value) => {
			if (typeof value === 'string' && value.startsWith('=')) {
				return workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: decrypted }, undefined, undefined);
			}
			if (value && typeof value === 'object' && !Array.isArray(value)) {
				return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
			}
			return value;
		};
		try {
			const helpers = { helpers: { httpRequest } };
			const send = async () => {
				const request = resolve({ ...credentialType.test.request });
				const options = {
					method: request.method || 'GET',
					url: `${request.baseURL || ''}${request.url || ''}`,
					qs: request.qs,
					body: request.body,
					headers: request.headers || {},
					json: true,
				};
				const signed = await credentials.authenticate(decrypted, type, options, workflow, node);
				return /** @type {import('n8n-workflow').IN8nHttpFullResponse} */ (await httpRequest({ ...signed, returnFullResponse: true }));
			};
			await credentials.preAuthentication(helpers, decrypted, type, node, false);
			let response;
			try {
				response = await send();
			} catch (error) {
				if (/** @type {any} */ (error)?.response?.status !== 401) throw error;
				await credentials.preAuthentication(helpers, decrypted, type, node, true);
				response = await send();
			}
			for (const rule of credentialType.test.rules || []) {
				if (rule.type === 'responseCode' && response.statusCode === rule.properties.value) {
					return { status: 'Error', message: rule.properties.message };
				}
				if (rule.type === 'responseSuccessBody') {
					const actual = rule.properties.key
						.split('.')
						.reduce((acc, key) => (acc == null ? acc : acc[key]), response.body);
					if (actual === rule.properties.value) {
						return { status: 'Error', message: rule.properties.message };
					}
				}
			}
			return { status: 'OK', message: 'Connection successful!' };
		} catch (error) {
			return { status: 'Error', message: error.message, error };
		}
	}

	return {
		credentials,
		nodeTypes,
		credentialTypes,
		runWorkflow,
		runNode,
		resumeWaiting,
		resumeAfterTimeout,
		callWebhook,
		runWebhookMethod,
		loadOptions,
		testCredential,
		typeName,
		NodeHelpers,
	};
}

module.exports = { createHarness, typeName };
