// nodes/common/emptyChoice.ts: the wrapped loadOptions method lists the empty choice first, then the method's own
// options, called with the same `this`; the wrapper is marked with the choice's name.
const { withEmptyChoice } = require('../../../nodes/common/emptyChoice');

describe('withEmptyChoice', () => {
	test('the empty choice, then the options of the method called on the same context', async () => {
		const contexts = [];
		const method = async function () {
			contexts.push(this);
			return [{ name: 'A', value: 'a' }];
		};
		const wrapped = withEmptyChoice(method, 'No Regulation', 'Apply none');
		expect(wrapped.emptyChoice).toBe('No Regulation');
		const context = { id: 'ctx' };
		expect(await wrapped.call(context)).toEqual([
			{ name: 'No Regulation', value: '', description: 'Apply none' },
			{ name: 'A', value: 'a' },
		]);
		expect(contexts).toEqual([context]);
		expect(contexts[0]).toBe(context);
	});
});
