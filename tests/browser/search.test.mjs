// Browser test of the site search: Debian's Chromium runs search.js on a generated site, from file:// and over HTTP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch {
  throw new Error('playwright-core is not installed: run `npm ci` in tests/browser');
}

// The C++ tool that writes the fixture site and its index (built by CMake; ctest passes its path).
function fixtureTool() {
  const candidates = [
    process.env.QAF_SEARCH_FIXTURE,
    path.join(repo, 'build/tests/make_search_fixture'),
    path.join(repo, 'build-search/tests/make_search_fixture'),
  ].filter(Boolean);
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('make_search_fixture not found; build it or set QAF_SEARCH_FIXTURE');
  return found;
}

function makeSite(extraArgs = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qaf-search-'));
  execFileSync(fixtureTool(), [dir, ...extraArgs], { stdio: 'inherit' });
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.copyFileSync(path.join(repo, 'themes/default/js/search.js'), path.join(dir, 'assets/search.js'));
  fs.copyFileSync(path.join(repo, 'themes/default/css/search.css'), path.join(dir, 'assets/search.css'));
  return dir;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

// A static file server on 127.0.0.1 (random port) that logs the bytes of every response.
function serve(dir) {
  const log = [];
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    const file = path.resolve(dir, rel || 'index.html');
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const body = fs.readFileSync(file);
    log.push({ path: rel, bytes: body.length });
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, log, base: `http://127.0.0.1:${server.address().port}/` }));
  });
}

let browser;
let site;
let web;

before(async () => {
  site = makeSite();
  web = await serve(site);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (web) web.server.close();
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

// A fresh page that fails the test on any script error and records every request.
async function openPage(url) {
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, errors, requests };
}

// Types a query into the search box and waits until the status line reports it.
async function search(page, query, { typeIt = true, delay = 20 } = {}) {
  await page.focus('#q');
  if (typeIt) await page.keyboard.type(query, { delay });
  else await page.fill('#q', query);
  await page.waitForFunction(
    (q) => (document.querySelector('.qaf-search-status') || {}).textContent?.includes(q.trim()),
    query
  );
}

const titles = (page) => page.$$eval('.qaf-search-link', (links) => links.map((a) => a.textContent));

for (const mode of ['file', 'http']) {
  describe(`search over ${mode}`, () => {
    const base = () => (mode === 'file' ? pathToFileURL(site).href + '/' : web.base);

    test('ranked results with highlighted words, from a page three folders deep', async () => {
      const { page, errors, requests } = await openPage(base() + 'frameworks/ofsted/rubrics/visits.html');
      await search(page, 'seen alone');
      const found = await titles(page);
      assert.equal(found[0], '1.4 Children are seen alone', 'the title hit ranks first');
      assert.ok(found.includes('Statutory visits rubric'));
      const marks = await page.$$eval('.qaf-search-list mark', (m) => m.map((x) => x.textContent.toLowerCase()));
      assert.ok(marks.includes('seen') && marks.includes('alone'), `marks: ${marks}`);
      const tag = await page.textContent('.qaf-search-result .qaf-search-tag');
      assert.equal(tag, 'Standard \u00b7 Ofsted SCCIF');
      const href = await page.getAttribute('.qaf-search-link', 'href');
      assert.equal(href, '../../../frameworks/ofsted/standards.html#s1-4', 'links are relative to the page');
      const origin = mode === 'file' ? 'file://' : web.base;
      assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'no request leaves the site');
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('the keyboard moves through results and follows one to its anchor', async () => {
      const { page, errors } = await openPage(base() + 'pages/about.html');
      await search(page, 'seen alone');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '1.4 Children are seen alone');
      await page.keyboard.press('ArrowDown');
      const second = await page.evaluate(() => document.activeElement.textContent);
      assert.notEqual(second, '1.4 Children are seen alone');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'Up from the first result returns to the box');
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(/standards\.html#s1-4$/), page.keyboard.press('Enter')]);
      assert.ok(page.url().startsWith(base()), page.url());
      const top = await page.evaluate(() => document.getElementById('s1-4').getBoundingClientRect().top);
      assert.ok(Math.abs(top) < 2, `the anchor is scrolled to the top (${top})`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('Tab reaches the results and the filters', async () => {
      const { page } = await openPage(base() + 'index.html');
      await search(page, 'plan');
      const seen = [];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        seen.push(await page.evaluate(() => document.activeElement.tagName + ':' + (document.activeElement.name || document.activeElement.textContent)));
      }
      assert.ok(seen.some((s) => s === 'SELECT:framework'), seen.join(' | '));
      assert.ok(seen.some((s) => s === 'SELECT:kind'), seen.join(' | '));
      assert.ok(seen.some((s) => s.startsWith('A:')), seen.join(' | '));
      await page.close();
    });

    test('standard numbers match exactly', async () => {
      const { page } = await openPage(base() + 'index.html');
      await search(page, '2.10');
      assert.deepEqual(await titles(page), ['2.10 Missing from care']);
      await page.fill('#q', '');
      await search(page, '1.4');
      assert.deepEqual(await titles(page), ['1.4 Children are seen alone']);
      await page.close();
    });

    test('quoted phrases need adjacent words; unquoted words do not', async () => {
      const { page } = await openPage(base() + 'index.html');
      await search(page, 'child seen');
      assert.ok((await titles(page)).length >= 2);
      await page.fill('#q', '');
      await search(page, '"child was seen"');
      assert.deepEqual(await titles(page), ['Statutory visits rubric']);
      await page.fill('#q', '');
      await search(page, '"45 days"');
      assert.deepEqual((await titles(page)).sort(), ['1.4 Children are seen alone', 'Statutory visits rubric']);
      await page.close();
    });

    test('the word being typed matches as a prefix and is marked whole', async () => {
      const { page } = await openPage(base() + 'index.html');
      await search(page, 'safeg');
      assert.equal((await titles(page))[0], 'Safeguarding conversations');
      const marks = await page.$$eval('.qaf-search-list mark', (m) => m.map((x) => x.textContent));
      assert.ok(marks.includes('Safeguarding') && marks.includes('safeguarding'), `marks: ${marks}`);
      await page.close();
    });

    test('framework and kind filters narrow the results', async () => {
      const { page } = await openPage(base() + 'index.html');
      await search(page, 'care');
      const all = await titles(page);
      await page.selectOption('select[name="kind"]', 'template');
      await page.waitForFunction(() => document.querySelectorAll('.qaf-search-link').length === 1);
      assert.deepEqual(await titles(page), ['Pathway plan template']);
      await page.selectOption('select[name="kind"]', '');
      await page.selectOption('select[name="framework"]', 'ofsted');
      await page.waitForFunction((n) => document.querySelectorAll('.qaf-search-link').length < n, all.length);
      const tags = await page.$$eval('.qaf-search-tag', (t) => t.map((x) => x.textContent));
      assert.ok(tags.length > 0 && tags.every((t) => t.endsWith('Ofsted SCCIF')), tags.join(' | '));
      await page.close();
    });

    test('text from the index is shown as text, never as markup', async () => {
      const { page, errors } = await openPage(base() + 'index.html');
      await search(page, 'bold');
      assert.deepEqual(await titles(page), ['About <img src=x onerror="window.pwned=1">']);
      assert.equal(await page.$('.qaf-search-results img, .qaf-search-results b, .qaf-search-results script'), null);
      assert.equal(await page.evaluate(() => window.pwned), undefined);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('a q parameter in the address runs the search on load', async () => {
      const { page } = await openPage(base() + 'pages/about.html?q=pathway&kind=template');
      await page.waitForSelector('.qaf-search-link');
      assert.deepEqual(await titles(page), ['Pathway plan template']);
      assert.equal(await page.inputValue('select[name="kind"]'), 'template');
      await page.close();
    });

    test('the search form and results pass axe', async () => {
      const { page } = await openPage(base() + 'index.html');
      await search(page, 'seen alone');
      await page.addScriptTag({ content: fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
      const result = await page.evaluate(() => window.axe.run(document.querySelector('header')));
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.help}`), []);
      await page.close();
    });
  });
}

test('the client tokenizes exactly like the C++ builder', async () => {
  const samples = JSON.parse(fs.readFileSync(path.join(site, 'tokens.json'), 'utf8'));
  const { page } = await openPage(web.base + 'index.html');
  for (const sample of samples) {
    const js = await page.evaluate((t) => window.qafSearch.tokenize(t).map((w) => [w.term, w.pos]), sample.text);
    assert.deepEqual(js, sample.tokens, `tokens of ${JSON.stringify(sample.text.slice(0, 60))}`);
  }
  await page.close();
});

describe('a 10,000-document site', () => {
  let big;
  let bigWeb;
  before(async () => {
    big = makeSite(['--synthetic', '10000']);
    bigWeb = await serve(big);
  });
  after(() => {
    bigWeb.server.close();
    fs.rmSync(big, { recursive: true, force: true });
  });

  // Bytes served for one search, the client script included.
  async function measure(query, typeIt, delay) {
    const { page, errors } = await openPage(bigWeb.base + 'index.html');
    const client = bigWeb.log.filter((e) => e.path === 'assets/search.js').reduce((n, e) => n + e.bytes, 0);
    bigWeb.log.length = 0;
    await search(page, query, { typeIt, delay });
    const files = bigWeb.log.length;
    const bytes = client + bigWeb.log.reduce((n, e) => n + e.bytes, 0);
    const count = (await titles(page)).length;
    console.log(`# 10k docs, ${typeIt ? 'typed' : 'pasted'} '${query}': ${bytes} bytes in ${files + 1} files, ${count} shown`);
    assert.deepEqual(errors, []);
    await page.close();
    bigWeb.log.length = 0;
    return { bytes, count };
  }

  test('a first query transfers under 300 kB, client included', async () => {
    for (const q of ['safeguarding', '"seen alone"', '2.10', 'missing from care']) {
      const { bytes, count } = await measure(q, false);
      assert.ok(count > 0, `${q} finds something`);
      assert.ok(bytes < 300_000, `${q}: ${bytes} bytes`);
    }
  });

  test('More results adds the next page and moves focus to it', async () => {
    const { page } = await openPage(bigWeb.base + 'index.html');
    await search(page, 'safeguarding', { typeIt: false });
    assert.equal((await titles(page)).length, 10);
    await page.click('.qaf-search-more');
    await page.waitForFunction(() => document.querySelectorAll('.qaf-search-link').length === 20);
    assert.equal(await page.evaluate(() => Array.from(document.querySelectorAll('.qaf-search-link')).indexOf(document.activeElement)), 10);
    await page.close();
    bigWeb.log.length = 0;
  });

  test('the typo index: the nearest word within the limit, from at most three term shards, never a bare stem', async () => {
    const { page, errors } = await openPage(bigWeb.base + 'index.html');
    const internals = (fn, ...args) => page.evaluate(([f, a]) => window.qafSearch.internals[f](...a), [fn, args]);
    // Edit distance counts a swap of neighbours as one edit and stops past the limit.
    assert.equal(await internals('editDistance', 'seen', 'sene', 2), 1);
    assert.equal(await internals('editDistance', 'alone', 'along', 2), 1);
    assert.equal(await internals('editDistance', 'review', 'reviewing', 2), 3);
    assert.equal(await internals('editDistance', 'xyz', 'abcdef', 2), 3);
    // No correction under four letters or with a digit; 1 edit up to seven letters, 2 from eight.
    for (const [term, limit] of [['cp', 0], ['pep', 0], ['s47x', 0], ['2.10', 0], ['care', 1], ['contact', 1], ['siblings', 2]]) {
      assert.equal(await internals('typoLimit', term), limit, term);
    }
    await internals('nearestTerm', 'care'); // loads the manifest, so that what follows counts term shards only
    for (const [typed, meant] of [['safegaurding', 'safeguarding'], ['supervison', 'supervision'], ['assesment', 'assessment'],
      ['permanance', 'permanence'], ['siblngs', 'siblings'], ['zzqxjvw', null]]) {
      bigWeb.log.length = 0;
      assert.equal(await internals('nearestTerm', typed), meant, typed);
      const shards = new Set(bigWeb.log.filter((e) => e.path.startsWith('search/terms/')).map((e) => e.path));
      assert.ok(shards.size <= 3, `${typed}: ${[...shards].join(', ')}`);
    }
    // "safeguard" is only a stem (the site says "safeguarding"): it is never offered.
    assert.equal(await internals('nearestTerm', 'safeguardx'), null);
    assert.deepEqual(errors, []);
    await page.close();
    bigWeb.log.length = 0;
  });

  test('a misspelt query is answered for the word meant, still under 300 kB', async () => {
    const { bytes, count } = await measure('safegaurding', false);
    assert.ok(count > 0 && bytes < 300_000, `${count} shown, ${bytes} bytes`);
  });

  test('typing a word letter by letter transfers under 300 kB', async () => {
    // Slower than the client's debounce, so every keystroke runs a query: the worst case.
    const { bytes } = await measure('safeguarding', true, 250);
    assert.ok(bytes < 300_000, `${bytes} bytes`);
  });
});
