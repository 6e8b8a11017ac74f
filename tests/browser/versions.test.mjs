// The refresh in the browser: a framework published, then a standard edited, a question added, an
// option removed and a rubric cell reworded; search's "only what changed" finds exactly those four,
// the "what changed" page passes axe, and "Updated in version" links to it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { axeViolations, fileBase, launch, openPage, qafBinary, typeSearch } from './helpers.mjs';

let browser;
let dir;
let site;

function qaf(...args) {
  return execFileSync(qafBinary(), args, { cwd: path.join(dir, 'project'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function replace(file, from, to) {
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qaf-versions-'));
  fs.mkdirSync(path.join(dir, 'project'));
  qaf('new', 'framework', 'demo');
  const fw = path.join(dir, 'project', 'frameworks', 'demo');
  fs.writeFileSync(path.join(fw, 'matrix.yaml'), `rubric:
  id: recording
  title: Recording
  shape: matrix
  scale: grades
  areas:
    - id: words
      title: The child's words
      standards: ["1.1"]
      cells:
        outstanding: The child's words are quoted and shape every decision.
        good: The child's words are quoted after every visit.
        requires-improvement: The record summarises what the child said.
        inadequate: The child's words cannot be found.
`);
  qaf('publish', 'demo');
  replace(path.join(fw, 'standards.yaml'), 'within 5 working days of the case', 'within 3 working days of the case');
  replace(path.join(fw, 'templates', 'case-audit.yaml'), '        - id: evidence\n',
    '        - id: plan-shared\n          text: Has the child been given a copy of their plan?\n          type: choice\n' +
    '          scale: yes-no\n        - id: evidence\n');
  replace(path.join(fw, 'scales.yaml'), '      - { id: na, label: Not applicable, not_applicable: true }\n', '');
  replace(path.join(fw, 'matrix.yaml'), 'good: The child\'s words are quoted after every visit.',
    'good: The child\'s own words are quoted after every visit and in every review.');
  replace(path.join(fw, 'framework.yaml'), 'version: "0.1"', 'version: "0.2"');
  site = path.join(dir, 'site');
  qaf('build', '--out', site, '--no-packs');
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const found = (page) =>
  page.$$eval('.qaf-search-result', (items) =>
    items.map((li) => ({
      href: li.querySelector('a.qaf-search-link').getAttribute('href'),
      tag: li.querySelector('.qaf-search-tag').textContent,
    }))
  );

test('"only what changed in the latest version" keeps exactly the four changed items', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(site) + 'demo/standards.html');
  await typeSearch(page, 'the');
  const all = await found(page);
  assert.ok(all.length > 4, `${all.length} results without the filter`);
  const status = await page.textContent('.qaf-search-status');
  await page.check('input[name="changed"]');
  await page.waitForFunction((before) => document.querySelector('.qaf-search-status').textContent !== before, status);
  const changed = await found(page);
  const where = changed.map((r) => r.href.replace(/^(\.\.\/)+/, '')).sort();
  assert.deepEqual(where, [
    'demo/rubrics/recording.html#area-words',
    'demo/scales.html',
    'demo/standards.html#standard-1.1',
    'demo/templates/case-audit.html#q-plan-shared',
  ]);
  for (const r of changed) assert.match(r.tag, /Updated in version 0\.2/, r.href);
  for (const r of all.filter((a) => !changed.some((c) => c.href === a.href))) assert.doesNotMatch(r.tag, /Updated in/, r.href);
  // The label names the box for screen readers; unticked, everything is back.
  assert.equal(await page.textContent('label[for^="qaf-search-changed-"]'), 'Only what changed in the latest version');
  await page.uncheck('input[name="changed"]');
  await page.waitForFunction((n) => document.querySelectorAll('.qaf-search-result').length === n, all.length);
  assert.deepEqual(errors, []);
  await close();
});

test('the filter comes from the address too (?q=the&changed=1), as the search page submits it', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(site) + 'search.html?q=the&changed=1');
  await page.waitForFunction(() => /result/.test(document.querySelector('.qaf-search-status')?.textContent || ''));
  assert.equal((await found(page)).length, 4);
  assert.equal(await page.isChecked('input[name="changed"]'), true);
  assert.deepEqual(errors, []);
  await close();
});

test('"What changed in version 0.2" passes axe; each flag on a changed item links to it', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(site) + 'demo/changes/0.2.html');
  assert.deepEqual(await axeViolations(page), []);
  assert.equal(await page.locator('.qaf-change').count(), 4);
  // A screen reader hears which words went and which came.
  const diff = await page.textContent('.qaf-diff');
  assert.match(diff, /\[removed: 5\]\s*\[added: 3\]/);
  await close();
  const standards = await openPage(browser, fileBase(site) + 'demo/standards.html');
  const flag = standards.page.locator('#standard-1\\.1 .qaf-updated a');
  assert.equal(await flag.textContent(), 'Updated in version 0.2');
  await Promise.all([standards.page.waitForURL(/changes\/0\.2\.html$/), flag.click()]);
  assert.deepEqual(errors.concat(standards.errors), []);
  await standards.close();
});
