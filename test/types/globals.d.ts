// Type-check support for the JavaScript tests, sandbox and scripts (tsconfig.test.json), not used at run time.
// A vendor's JSON answer is whatever the vendor sent: `await res.json()` is `any` here (Node's own typing says
// `unknown`, which would need a cast on every line that reads an answer).
export {};

declare global {
	interface Response {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a vendor's answer has no static type
		json(): Promise<any>;
	}
}
