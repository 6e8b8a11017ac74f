// Link check of the real site, independent of the C++ one: every internal link, anchor, asset and search entry resolves.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, removeSite, sourceDir, here } from './helpers.mjs';
import { checkSite, startTags, resolve } from './link_check.mjs';

describe('the tokenizer', () => {
  test('reads quoted, unquoted and repeated attributes, and skips comments and raw text', () => {
    const tags = startTags(
      `<!DOCTYPE html><!-- <a href="no"> --><p id=one class='x y'><a href="a.html#b&amp;c" HREF="second">` +
        `<script>let s = "<a href='no'>";</script><img src=pic.png alt="a > b"><style>a{}</style></p>`
    );
    assert.deepEqual(tags.map((t) => t.name), ['p', 'a', 'script', 'img', 'style']);
    assert.equal(tags[0].attrs.get('id'), 'one');
    assert.equal(tags[0].attrs.get('class'), 'x y');
    assert.equal(tags[1].attrs.get('href'), 'a.html#b&c');
    assert.equal(tags[3].attrs.get('src'), 'pic.png');
    assert.equal(tags[3].attrs.get('alt'), 'a > b');
  });

  test('resolves relative URLs inside the site', () => {
    assert.deepEqual(resolve('a/b/c.html', '../../index.html#x'), { file: 'index.html', fragment: 'x', query: '' });
    assert.equal(resolve('a/c.html', '../../up.html').file, '');
    assert.equal(resolve('a.html', 'b%20c.html').file, 'b c.html');
  });
});

for (const [name, project] of [
  ['the repository', sourceDir],
  ['the XSS fixture', path.join(here, 'fixtures/xss')],
]) {
  describe(`links of ${name}`, () => {
    let built;
    before(() => {
      built = buildSite(project);
    });
    after(() => removeSite(built));

    test('every internal link, anchor, CSS url() and search document resolves, and every page is reachable', () => {
      const r = checkSite(built.site);
      console.log(`# ${name}: ${r.pages} pages, ${r.links} internal URLs, ${r.anchors} anchors, ${r.docs} search documents`);
      assert.deepEqual(r.problems, []);
      assert.ok(r.pages > 10 && r.links > r.pages * 10 && r.anchors > 0 && r.docs > 0, JSON.stringify(r));
    });
  });
}

describe('the checker finds broken links', () => {
  let built;
  before(() => {
    built = buildSite(sourceDir);
  });
  after(() => removeSite(built));

  test('a missing anchor, a missing page, a repeated id, an orphan page and a bad search entry', () => {
    const site = built.site;
    const standards = path.join(site, 'example-borough/standards.html');
    const html = fs.readFileSync(standards, 'utf8');
    assert.ok(html.includes('id="standard-1.1"'));
    // Break things the way a renderer bug would.
    fs.writeFileSync(standards, html.replace('id="standard-1.1"', 'id="standard-1-1"').replace('</main>', '<p id="main">x</p></main>'));
    fs.rmSync(path.join(site, 'example-borough/scales.html'));
    fs.writeFileSync(path.join(site, 'orphan.html'), '<!DOCTYPE html><title>x</title><a href="index.html">home</a>');
    const doc = path.join(site, 'search/docs/0.js');
    fs.writeFileSync(doc, fs.readFileSync(doc, 'utf8').replace(/"url":"[^"]*"/, '"url":"nowhere.html"'));
    const problems = checkSite(site).problems;
    const has = (re) => assert.ok(problems.some((p) => re.test(p)), `${re} in:\n${problems.join('\n')}`);
    has(/missing anchor '#standard-1\.1' in example-borough\/standards\.html/);
    has(/example-borough\/scales\.html' names a missing file/);
    has(/example-borough\/standards\.html: id 'main' is used twice/);
    has(/orphan\.html: no link leads to it/);
    has(/search document \(search\/docs\/0\.js\) 'nowhere\.html'/);
  });
});
