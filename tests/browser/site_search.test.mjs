// Search on the real site (the repository built by qaf): typed queries, highlighted results, keyboard to the right anchor; file:// and HTTP.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, fileBase, launch, openPage, removeSite, serve, sourceDir, typeSearch } from './helpers.mjs';

let browser;
let built;
let web;

before(async () => {
  built = buildSite(sourceDir);
  web = await serve(built.site);
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (web) await web.close();
  removeSite(built);
});

// The results as the reader sees them: title, tag line, snippet, marked words, href.
const results = (page) =>
  page.$$eval('.qaf-search-result', (items) =>
    items.map((li) => {
      const a = li.querySelector('a.qaf-search-link');
      return {
        title: a.textContent,
        href: a.getAttribute('href'),
        url: a.href,
        tag: li.querySelector('.qaf-search-tag')?.textContent || '',
        snippet: li.querySelector('.qaf-search-snippet')?.textContent || '',
        marks: Array.from(li.querySelectorAll('mark'), (m) => m.textContent.toLowerCase()),
        snippetMarks: Array.from(li.querySelectorAll('.qaf-search-snippet mark'), (m) => m.textContent.toLowerCase()),
      };
    })
  );

// After following a link: the element named by the address's #fragment, where it sits, and what it says.
const landing = (page) =>
  page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(id);
    return el
      ? { id, top: el.getBoundingClientRect().top, text: el.textContent.replace(/\s+/g, ' '), target: document.querySelector(':target') === el, scrollY }
      : { id, missing: true };
  });

// The page's own files only: no request leaves the site (no CDN, no network).
function assertLocal(requests, origin) {
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), [], 'no request leaves the site');
}

for (const mode of ['file', 'http']) {
  describe(`the real site over ${mode}`, () => {
    const base = () => (mode === 'file' ? fileBase(built.site) : web.base);

    test('"seen alone" typed on the home page: ranked results with <mark>ed words; the keyboard follows the first to its anchor', async () => {
      const { page, errors, requests, close } = await openPage(browser, base() + 'index.html');
      await typeSearch(page, 'seen alone');
      const found = await results(page);
      assert.ok(found.length >= 3, `${found.length} results`);
      // Ranked: the best hits are the standards whose titles say "seen alone".
      assert.match(found[0].title, /seen alone/i, JSON.stringify(found.slice(0, 3), null, 1));
      assert.match(found[0].tag, /^Standard · /);
      for (const r of found.slice(0, 3)) {
        assert.ok(r.marks.includes('seen') && r.marks.includes('alone'), `marks of ${r.title}: ${r.marks}`);
        assert.ok(r.snippetMarks.some((m) => m === 'seen' || m === 'alone'), `the snippet of ${r.title} marks a word: ${r.snippet}`);
      }
      const status = await page.textContent('.qaf-search-status');
      assert.match(status, /^\d+ results? for “seen alone”/);

      // Down from the box to the first result, Enter follows it.
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), found[0].title);
      const [path, hash] = found[0].url.split('#');
      assert.ok(hash, `the first result links to an anchor: ${found[0].url}`);
      await Promise.all([page.waitForURL(found[0].url), page.keyboard.press('Enter')]);
      assert.equal(page.url(), found[0].url);
      assert.ok(path.startsWith(base()), path);
      const at = await landing(page);
      assert.ok(!at.missing, `#${at.id} exists`);
      assert.ok(at.target, 'the anchor is the :target');
      assert.ok(at.scrollY > 0, 'the page scrolled to it');
      assert.ok(at.top >= 0 && at.top < 20, `#${at.id} is at the top of the viewport (top ${at.top})`);
      assert.match(at.text, /seen alone/i);
      assert.match(await page.title(), /^Practice standards – /);
      assertLocal(requests, mode === 'file' ? 'file://' : web.base);
      assert.deepEqual(errors, []);
      await close();
    });

    test('from a page two folders deep, the third result is followed with Down, Down, Down, Enter', async () => {
      const { page, errors, close } = await openPage(browser, base() + 'riverside/rubrics/practice-matrix.html');
      await typeSearch(page, 'seen alone');
      // Riverside's pages search Riverside first; widened to every framework, focus returns to the box.
      await page.click('.qaf-search-all');
      await page.waitForFunction(() => document.querySelectorAll('.qaf-search-result').length >= 3);
      const found = await results(page);
      assert.ok(found.length >= 3);
      assert.ok(found.every((r) => r.href.startsWith('../../')), 'links are relative to the page');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => document.activeElement.textContent), found[2].title);
      await Promise.all([page.waitForURL(found[2].url), page.keyboard.press('Enter')]);
      const at = await landing(page);
      if (at.id) {
        assert.ok(!at.missing && at.target, `#${at.id} exists and is the target`);
        assert.ok(at.top >= 0 && at.top < 20, `#${at.id} at the top (top ${at.top})`);
      }
      assert.deepEqual(errors, []);
      await close();
    });

    test('"1.4" finds standard 1.4 first, and it opens at standard 1.4', async () => {
      const { page, errors, close } = await openPage(browser, base() + 'pages/glossary.html');
      await typeSearch(page, '1.4');
      const found = await results(page);
      assert.ok(found.length >= 1);
      assert.match(found[0].title, /^1\.4 /, found.map((r) => r.title).join(' | '));
      assert.match(found[0].tag, /^Standard · /);
      assert.ok(found[0].marks.includes('1.4'), `marks: ${found[0].marks}`);
      // Every standard numbered 1.4 comes before anything else; nothing numbered 1.40 or 11.4 comes in.
      const firstOther = found.findIndex((r) => !/^1\.4 /.test(r.title));
      if (firstOther >= 0) assert.ok(found.slice(firstOther).every((r) => !/^1\.4 /.test(r.title)));
      assert.ok(found.every((r) => !/^(1\.4\d|\d1\.4) /.test(r.title)));
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(found[0].url), page.keyboard.press('Enter')]);
      const at = await landing(page);
      assert.equal(at.id, 'standard-1.4');
      assert.ok(at.target && at.top >= 0 && at.top < 20, JSON.stringify(at));
      assert.deepEqual(errors, []);
      await close();
    });

    test('the search page runs the query in its address and filters by framework', async () => {
      const { page, errors, close } = await openPage(browser, base() + 'search.html?q=supervision');
      await page.waitForSelector('.qaf-search-result');
      const all = await results(page);
      assert.ok(all.length >= 5);
      assert.equal(await page.inputValue('#q'), 'supervision');
      await page.selectOption('select[name="framework"]', 'riverside');
      // The list is emptied, then refilled as the documents load: wait for a full, filtered list.
      await page.waitForFunction(() => {
        const tags = Array.from(document.querySelectorAll('.qaf-search-tag'));
        return tags.length > 0 && tags.every((t) => /Safety, Strengths and Voice/.test(t.textContent));
      });
      const narrowed = await results(page);
      assert.ok(narrowed.length > 0 && narrowed.length < all.length, `${narrowed.length} of ${all.length}`);
      assert.deepEqual(errors, []);
      await close();
    });

    test('submitting the form with Enter goes to the search page, which shows the results', async () => {
      const { page, errors, close } = await openPage(browser, base() + 'example-borough/standards.html');
      await page.focus('#q');
      await page.keyboard.type('45 days', { delay: 10 });
      await page.keyboard.press('Enter');
      // The client searches in place; the results are on this page, no navigation needed.
      await page.waitForFunction(() => (document.querySelector('.qaf-search-status') || {}).textContent?.includes('45 days'));
      const found = await results(page);
      assert.ok(found.length >= 1 && found[0].marks.includes('45') && found[0].marks.includes('days'), JSON.stringify(found[0]));
      assert.deepEqual(errors, []);
      await close();
    });
  });
}

test("from a framework's page results come from that framework, a draft's labelled Draft, and one click searches all", async () => {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'northgate/standards.html');
  await typeSearch(page, 'supervision');
  let found = await results(page);
  assert.ok(found.length >= 3, `${found.length} results`);
  // Northgate is a draft: every result says so after the framework's title.
  for (const r of found) assert.match(r.tag, / · Children's Services Practice Standards and Quality Framework · Draft$/, r.tag);
  assert.equal(await page.inputValue('select[name="framework"]'), 'northgate');
  const widen = page.locator('.qaf-search-all');
  assert.ok(await widen.isVisible(), 'a "Search all frameworks" button shows');
  await widen.click();
  await page.waitForFunction(() => document.querySelector('select[name="framework"]').value === '');
  await page.waitForFunction(() => [...document.querySelectorAll('.qaf-search-tag')].some((t) => !/Draft$/.test(t.textContent)));
  found = await results(page);
  assert.ok(found.some((r) => !/Draft$/.test(r.tag)), 'results from the other frameworks');
  assert.equal(await widen.isVisible(), false);
  // The filter names the draft as such too.
  const option = await page.$eval('select[name="framework"] option[value="northgate"]', (o) => o.textContent);
  assert.match(option, /\(draft\)$/);
  // From a page outside any framework nothing is scoped.
  await page.goto(fileBase(built.site) + 'pages/glossary.html');
  await typeSearch(page, 'supervision');
  assert.equal(await page.inputValue('select[name="framework"]'), '');
  assert.deepEqual(errors, []);
  await close();
});

test('a question of a template is found on its own and opens the long template page at that question', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'example-borough/index.html', {
    viewport: { width: 1280, height: 800 },
  });
  await typeSearch(page, 'seen alone within 5 working days');
  const found = await results(page);
  const hit = found.find((r) => /templates\/case-audit\.html#q-/.test(r.href));
  assert.ok(hit, `a case-audit question among: ${found.map((r) => r.title).join(' | ')}`);
  // Named as the form numbers it, with its template, and tagged as a template of this framework.
  assert.match(hit.title, /^1\.2 Was each child seen alone .* — Case audit$/);
  assert.match(hit.tag, /^Template · /);
  await page.goto(hit.url);
  const at = await landing(page);
  assert.ok(!at.missing && at.target, `#${at.id} exists and is the target`);
  assert.ok(at.scrollY > 1000, `the page scrolled down to the question (scrollY ${at.scrollY})`);
  // Within a pixel: the scroll lands on whole pixels, the page's boxes may not.
  assert.ok(at.top > -1 && at.top < 800, `the question's top is inside the viewport (top ${at.top})`);
  assert.match(at.text, /^\s*1\.2\s*Was each child seen alone/);
  assert.deepEqual(errors, []);
  await close();
});

test('a misspelt word is searched as the nearest word the site holds, said so, with a way back to the words as typed', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'pages/glossary.html');
  for (const [typed, meant] of [['chronolgy', 'chronology'], ['supervison', 'supervision'], ['visits recrod', 'visits record']]) {
    await page.fill('#q', '');
    await page.focus('#q');
    await page.keyboard.type(typed, { delay: 15 });
    await page.waitForFunction((m) => document.querySelector('.qaf-search-status')?.textContent.includes(`“${m}”`), meant);
    await page.waitForSelector('.qaf-search-suggestion:not([hidden])');
    // The status line (the live region) says both: nothing for the words typed, results for the words meant.
    const status = await page.textContent('.qaf-search-status');
    // "visits recrod" found pages with "visits": the status names the word no page has.
    const lead = typed.includes(' ') ? `No page has “${typed.split(' ').pop()}”` : `No results for “${typed}”`;
    assert.match(status, new RegExp(`^${lead}\\. \\d+ results? for “${meant}”`), status);
    assert.equal(await page.textContent('.qaf-search-suggestion'), `Showing results for ${meant}. Search instead for ${typed}.`);
    const found = await results(page);
    assert.ok(found.length > 0, `results for ${meant}`);
    const fixed = meant.split(' ').pop();
    assert.ok(found.some((r) => r.marks.some((m) => m.startsWith(fixed.slice(0, 5)))), `a result marks ${fixed}: ${JSON.stringify(found[0])}`);
    // "Search instead for": the words as typed, not corrected again.
    await page.click('.qaf-search-suggest');
    await page.waitForFunction(() => document.querySelector('.qaf-search-suggestion').hidden);
    assert.equal(await page.inputValue('#q'), typed);
    const exact = await page.textContent('.qaf-search-status');
    assert.match(exact, typed.includes(' ') ? /no page has every word/ : new RegExp(`^No results for “${typed}”\\.$`), exact);
  }
  // A word too far from any in the site gets no suggestion.
  await page.fill('#q', '');
  await typeSearch(page, 'zzqxjv');
  await page.waitForFunction(() => /^No results/.test(document.querySelector('.qaf-search-status').textContent));
  assert.equal(await page.isVisible('.qaf-search-suggestion'), false);
  assert.deepEqual(errors, []);
  await close();
});

test("a framework's glossary makes an abbreviation find what it stands for, and back, in that framework only", async () => {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'search.html');
  const ask = async (query, framework) => {
    await page.goto(fileBase(built.site) + 'search.html?q=' + encodeURIComponent(query) + '&framework=' + framework);
    await page.waitForFunction(() => /results? for|No results for/.test(document.querySelector('.qaf-search-status')?.textContent || ''));
    return results(page);
  };
  const has = (found, target) => found.find((r) => r.href.replace(/^\.\//, '') === target);
  // Example Borough's glossary: IRO stands for "independent reviewing officer"; the role never says IRO.
  const iro = await ask('IRO', 'example-borough');
  const role = has(iro, 'example-borough/roles.html#role-iro');
  assert.ok(role, `the reviewing officer's role: ${JSON.stringify(iro.map((r) => r.href))}`);
  assert.ok(['independent', 'reviewing', 'officer'].every((w) => role.marks.includes(w)), `marked: ${role.marks}`);
  // Its CLA entry names LAC and "child looked after": a question that says "looked after" is found by LAC.
  assert.ok(has(await ask('LAC', 'example-borough'), 'example-borough/templates/case-audit.html#q-cla-visits'));
  // And back: what an abbreviation stands for finds a page that writes only the abbreviation.
  const pep = await ask('personal education plan', 'example-borough');
  assert.ok(has(pep, 'example-borough/rubrics/good-practice.html#area-children-in-care'), JSON.stringify(pep.map((r) => r.href)));
  // A name of a glossary ("CiCC", in Riverside's synonyms) is meant as typed: never "corrected" to a word
  // of another framework's glossary ("CiC"), even where no page of Riverside's writes it or its long form.
  assert.deepEqual(await ask('CiCC', ''), []);
  assert.equal(await page.textContent('.qaf-search-status'), 'No results for \u201cCiCC\u201d.');
  assert.equal(await page.isVisible('.qaf-search-suggestion'), false);
  // Harbourside and Riverside have no such entries: their pages that spell the words out are not found by the letters.
  assert.ok(!has(await ask('IRO', 'harbourside'), 'harbourside/programmes.html#programme-focus-by-service'));
  assert.ok(!has(await ask('LAC', 'riverside'), 'riverside/templates/case-audit.html#q-care-plan-grade'));
  assert.deepEqual(errors, []);
  await close();
});
