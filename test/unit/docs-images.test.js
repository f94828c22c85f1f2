'use strict';
// The docs show the editor screenshots that `npm run screenshots` makes: every picture the README and the
// docs link exists in docs/images/, and each vendor page shows its node, its trigger and its credential's test
// refusing a wrong secret.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const markdown = (/** @type {string} */ dir) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.md')).map((f) => path.join(dir, f));
const docs = ['README.md', 'CHANGELOG.md', ...markdown('docs'), ...markdown(path.join('docs', 'vendors'))];

test.each(docs)('%s links only pictures that exist', (doc) => {
	const text = fs.readFileSync(path.join(root, doc), 'utf8');
	const links = [...text.matchAll(/\(((?:\.\.\/|docs\/)images\/[^)]+\.png)\)/g)].map((m) => path.normalize(path.join(path.dirname(path.join(root, doc)), m[1])));
	const missing = links.filter((file) => !fs.existsSync(file)).map((file) => path.relative(root, file));
	expect(missing).toEqual([]);
	if (doc.startsWith(path.join('docs', 'vendors'))) {
		const vendor = path.basename(doc, '.md');
		expect(links.map((l) => path.basename(l))).toEqual(expect.arrayContaining([`${vendor}-node.png`, `${vendor}-trigger.png`, `${vendor}-credential-error.png`]));
	}
});
