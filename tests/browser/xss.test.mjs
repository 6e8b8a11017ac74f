// XSS: the fixture's titles, texts, labels, Markdown and links carry script-injection payloads; no page runs any of them in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, fileBase, filesUnder, here, launch, openPage, removeSite, serve, typeSearch } from './helpers.mjs';

const FIXTURE = path.join(here, 'fixtures/xss');
// The first payload, as the fixture's plain-text values carry it: it must show as text.
const VISIBLE = "<script>window.__xss='A'</script>";
// Mustache tags in content stay text: the template engine never sees them as tags.
const MUSTACHE = '{{#a}}{{{b}}}{{/a}}{{&c}}{{> _contents}}{{=<% %>=}}';

let browser;
let built;
let web;

before(async () => {
  built = buildSite(FIXTURE);
  web = await serve(built.site);
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (web) await web.close();
  removeSite(built);
});

// Everything on the page that could run script: set by the payloads, or able to run on a click,
// a hover or a focus. Our own scripts are search.js, menu.js, form.js (with a form's JSON definition) and the
// search index files search.js loads.
function inspect(page) {
  return page.evaluate(() => {
    const found = [];
    if (window.__xss !== undefined) found.push(`window.__xss = ${window.__xss}`);
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      for (const { name, value } of Array.from(el.attributes)) {
        if (/^on/i.test(name)) found.push(`<${tag} ${name}="${value}">`);
        if (/^(href|src|action|formaction|xlink:href|data|srcdoc|poster)$/i.test(name)) {
          const v = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (/^(javascript|vbscript|data:text|data:application)/.test(v) || name.toLowerCase() === 'srcdoc') {
            found.push(`<${tag} ${name}="${value}">`);
          }
        }
      }
      // A fill-in form's own text boxes are built by form.js inside its form.
      const formBox = tag === 'textarea' && el.classList.contains('qaf-textarea') && el.closest('#qaf-form');
      if (['iframe', 'frame', 'object', 'embed', 'svg', 'math', 'details', 'textarea', 'base'].includes(tag) && !el.closest('.qaf-chart-wrap') && !formBox) {
        found.push(`<${tag}> element`);
      }
      if (tag === 'script') {
        const src = el.getAttribute('src') || '';
        // A form's definition is data, never run: it must be JSON, in its one place.
        if (el.id === 'qaf-form-definition' && el.type === 'application/json' && !src) {
          try { JSON.parse(el.textContent); continue; } catch { found.push('<script id="qaf-form-definition"> that is not JSON'); }
        }
        if (!/(^|\/)assets\/js\/(search|menu|form)\.js$|(^|\/)search\/(manifest|terms\/\d+|docs\/\d+)\.js$/.test(src)) found.push(`<script src="${src}">${el.textContent.slice(0, 60)}`);
      }
      if (tag === 'style' && el.textContent.replace(/:root \{ --qaf-primary: #[0-9a-fA-F]{6}; \}/, '').trim()) found.push('<style> with content');
    }
    return found;
  });
}

// The dashboard's charts are our own SVG: they may hold no script, handlers or links.
function inspectCharts(page) {
  return page.$$eval('.qaf-chart-wrap *', (els) =>
    els.filter((el) => ['script', 'foreignobject', 'a', 'use', 'image', 'iframe'].includes(el.tagName.toLowerCase())).map((el) => el.tagName)
  );
}

describe('the XSS fixture', () => {
  test('builds, and every page shows the payloads as text and runs none of them', async () => {
    const pages = filesUnder(built.site, '.html');
    assert.ok(pages.length >= 15, `${pages.length} pages`);
    const { page, dialogs, errors, close } = await openPage(browser);
    const problems = [];
    for (const f of pages) {
      await page.goto(fileBase(built.site) + f);
      // Give any image error, load or autofocus handler time to run.
      await page.waitForTimeout(50);
      await page.keyboard.press('Tab');
      await page.mouse.move(200, 300);
      for (const p of await inspect(page)) problems.push(`${f}: ${p}`);
      for (const p of await inspectCharts(page)) problems.push(`${f}: chart holds <${p}>`);
      const text = await page.evaluate(() => document.body.textContent);
      if (!text.includes(VISIBLE)) problems.push(`${f}: the payload is not shown as text`);
      if (!text.includes(MUSTACHE)) problems.push(`${f}: the Mustache payload is not shown as text`);
      if (!(await page.title()).includes(VISIBLE)) problems.push(`${f}: the payload is not in the <title> as text`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await close();
  });

  test('the payloads reached every kind of page', () => {
    const kinds = ['index.html', 'pages/guide.html', 'search.html', 'x/index.html', 'x/pages/story.html', 'x/standards.html',
      'x/rubrics/ind.html', 'x/rubrics/mat.html', 'x/rubrics/mea.html', 'x/skills/lev.html', 'x/skills/cap.html',
      'x/templates/audit.html', 'x/scales.html', 'x/rules.html', 'x/programmes.html', 'x/roles.html', 'x/dashboard.html'];
    for (const k of kinds) {
      const html = fs.readFileSync(path.join(built.site, k), 'utf8');
      assert.ok(html.includes('&lt;script&gt;window.__xss=&apos;A&apos;&lt;/script&gt;'), `${k} carries the escaped payload`);
    }
  });

  for (const mode of ['file', 'http']) {
    test(`search results for payload queries run nothing (${mode})`, async () => {
      const base = mode === 'file' ? fileBase(built.site) : web.base;
      const { page, dialogs, errors, close } = await openPage(browser, base + 'x/standards.html');
      // Words of the payloads find the documents that carry them; their titles and snippets are text.
      await typeSearch(page, 'onerror window xss');
      const titles = await page.$$eval('.qaf-search-link', (a) => a.map((x) => x.textContent));
      assert.ok(titles.length >= 5, `${titles.length} results`);
      assert.ok(titles.some((t) => t.includes(VISIBLE)), titles.join('\n'));
      assert.ok((await page.$$('.qaf-search-result mark')).length > 0);
      assert.deepEqual(await inspect(page), []);
      // The payload itself as the query: echoed in the status line as text.
      await page.fill('#q', '');
      await typeSearch(page, `<img src=x onerror="window.__xss='Q'">`, { delay: 0 });
      assert.match(await page.textContent('.qaf-search-status'), /<img src=x onerror=/);
      assert.deepEqual(await inspect(page), []);
      // Follow a result from the keyboard; the page it opens is as safe.
      await page.fill('#q', '');
      await typeSearch(page, 'onerror');
      await page.keyboard.press('ArrowDown');
      const href = await page.evaluate(() => document.activeElement.href);
      await Promise.all([page.waitForURL(href), page.keyboard.press('Enter')]);
      assert.deepEqual(await inspect(page), []);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(errors, []);
      await close();
    });

    test(`a payload in the search page's address runs nothing (${mode})`, async () => {
      const base = mode === 'file' ? fileBase(built.site) : web.base;
      const q = encodeURIComponent(`"><script>window.__xss='U'</script><img src=x onerror="window.__xss='V'">`);
      const { page, dialogs, errors, close } = await openPage(browser, `${base}search.html?q=${q}&framework=${q}&kind=${q}`);
      await page.waitForFunction(() => (document.querySelector('.qaf-search-status') || {}).textContent);
      await page.waitForTimeout(100);
      assert.deepEqual(await inspect(page), []);
      assert.deepEqual(dialogs, []);
      assert.deepEqual(errors, []);
      await close();
    });
  }
});

test('the detector itself catches a payload that runs (control)', async () => {
  const control = path.join(built.site, 'control.html');
  fs.writeFileSync(control, `<!DOCTYPE html><title>c</title><p><img src=x onerror="window.__xss='ctl'"><a href="javascript:void 0">j</a></p>`);
  const { page, close } = await openPage(browser, fileBase(built.site) + 'control.html');
  await page.waitForFunction(() => window.__xss === 'ctl');
  const found = await inspect(page);
  assert.ok(found.includes('window.__xss = ctl'), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('<img onerror=')), found.join('\n'));
  assert.ok(found.some((f) => f.startsWith('<a href="javascript:')), found.join('\n'));
  await close();
  fs.rmSync(control);
});
