// The sandbox's request log (`GET /_sandbox/log`) is an array of entries. A reader that fell back to `[]` on any
// other shape would let "no request was sent" assertions pass vacuously, so every test helper reads it here.

/**
 * @param {unknown} log the parsed answer of GET /_sandbox/log
 * @returns {Array<Record<string, any>>}
 */
function logEntries(log) {
	if (!Array.isArray(log)) throw new Error(`sandbox log has an unexpected shape: ${JSON.stringify(log).slice(0, 200)}`);
	return log;
}

module.exports = { logEntries };
