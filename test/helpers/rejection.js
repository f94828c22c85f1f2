'use strict';
// The error a promise rejects with; fails when it resolves (so a test cannot pass on a call that did not throw).

/**
 * @param {Promise<unknown>} promise
 * @returns {Promise<any>}
 */
async function rejection(promise) {
	try {
		await promise;
	} catch (error) {
		return error;
	}
	throw new Error('expected a rejection');
}

module.exports = { rejection };
