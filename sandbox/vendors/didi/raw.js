'use strict';
// A route's answer that is not DiDi's JSON envelope (a file download): the core sends it as it is.
const RAW = Symbol('didi raw answer');

const raw = (status, headers, body) => ({ [RAW]: { status, headers, body } });

module.exports = { RAW, raw };
