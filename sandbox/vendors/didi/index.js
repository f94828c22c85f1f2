'use strict';
// DiDi endpoints emulated beside the core (../didi.js), one module per area, each written from
// ../shared/vendors/didi-operations.txt. The core hands every module the same helpers (fail, paging, …) and
// mounts their routes; a route may answer raw bytes (a file download) with `raw()`.
const { RAW, raw } = require('./raw');

const AREAS = [require('./travel-orders'), require('./ranks'), require('./legal-entities'), require('./quota'), require('./bills'), require('./travelers'), require('./approval-pass')];

/** `${METHOD} ${path}` → handler, for the core's route table. */
function routes(helpers) {
	return Object.assign({}, ...AREAS.map((area) => area.routes({ ...helpers, raw })));
}

/** Adds each area's collections to a freshly created DiDi state (so a reset resets them too). */
function extendState(state, data) {
	for (const area of AREAS) if (area.state) Object.assign(state, area.state(data, state));
	return state;
}

module.exports = { routes, extendState, RAW };
