// Walks a node's description: its resources, each resource's operations, and the parameters shown for an
// operation (displayOptions evaluated against the values chosen so far, defaults otherwise), so that cases can be
// generated for every operation — an operation added later is covered without writing a test.

/** Whether `displayOptions` show a parameter for these values (conditions it cannot evaluate count as met). */
function shown(property, values) {
	const options = property.displayOptions;
	if (!options) return true;
	const matches = (key, allowed) => {
		if (key.startsWith('@')) return true; // @version and other meta keys
		const value = values[key];
		return allowed.some((a) => (a && typeof a === 'object' ? true : a === value));
	};
	for (const [key, allowed] of Object.entries(options.show || {})) if (!matches(key, /** @type {any[]} */ (allowed))) return false;
	for (const [key, allowed] of Object.entries(options.hide || {})) if (matches(key, /** @type {any[]} */ (allowed)) && !key.startsWith('@')) return false;
	return true;
}

/** The values of the parameters shown for resource + operation: defaults, with `chosen` on top. */
function valuesFor(properties, chosen) {
	const values = { ...chosen };
	// Two passes: a parameter's visibility can depend on another's default.
	for (let pass = 0; pass < 2; pass++) {
		for (const p of properties) {
			if (p.name in chosen) continue;
			if (shown(p, values)) values[p.name] = p.default;
			else delete values[p.name];
		}
	}
	return values;
}

/** [{ resource, operation, properties (shown, without resource/operation) }] of a node description. */
function operationsOf(description) {
	const properties = description.properties;
	const resourceProperty = properties.find((p) => p.name === 'resource');
	const resources = resourceProperty ? resourceProperty.options.map((o) => o.value) : [undefined];
	const out = [];
	for (const resource of resources) {
		const base = resource === undefined ? {} : { resource };
		for (const opProperty of properties.filter((p) => p.name === 'operation' && shown(p, base))) {
			for (const option of opProperty.options || []) {
				const chosen = { ...base, operation: option.value };
				const values = valuesFor(properties, chosen);
				const visible = properties.filter((p) => p.name !== 'resource' && p.name !== 'operation' && shown(p, values) && p.type !== 'notice');
				out.push({ resource, operation: option.value, name: option.name, values, properties: visible });
			}
		}
	}
	return out;
}

module.exports = { operationsOf, shown, valuesFor };
