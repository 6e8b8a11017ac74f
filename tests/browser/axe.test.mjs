// axe-core with the WCAG 2.2 AA rules on every page of the real site, on one page of each kind at phone width, and with search results showing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, buildSite, fileBase, filesUnder, launch, openPage, removeSite, sourceDir, typeSearch } from './helpers.mjs';

// One page of every kind, with an element that proves it is that kind.
const KINDS = [
  ['home', 'index.html', '.qaf-cards'],
  ['content page (authoring reference)', 'pages/authoring-reference.html', '.qaf-prose table'],
  ['framework overview', 'example-borough/index.html', '.qaf-summary-list'],
  ['framework narrative page', 'riverside/pages/scaling.html', '.qaf-prose'],
  ['standards', 'example-borough/standards.html', '.qaf-standard'],
  ['rubric: indicators', 'example-borough/rubrics/good-practice.html', '.qaf-section .qaf-list--bullet'],
  ['rubric: matrix (riverside)', 'riverside/rubrics/practice-matrix.html', '.qaf-table--matrix'],
  ['rubric: measures', 'example-borough/rubrics/quality-measures.html', '.qaf-table--measures'],
  ['skills: levels', 'example-borough/skills/practice-skills.html', '.qaf-table--skills'],
  ['skills: capabilities', 'riverside/skills/practice-capabilities.html', '.qaf-skill'],
  ['template', 'example-borough/templates/case-audit.html', '.qaf-question'],
  ['scales', 'example-borough/scales.html', '.qaf-section .qaf-table'],
  ['rules', 'riverside/rules.html', '.qaf-rule'],
  ['programmes', 'northgate/programmes.html', '.qaf-table'],
  ['roles', 'example-borough/roles.html', '.qaf-section'],
  ['glossary', 'example-borough/glossary.html', '.qaf-glossary dt[id] dfn'],
  ['search page', 'search.html', 'form[role="search"]'],
  ['dashboard', 'example-borough/dashboard.html', '.qaf-chart'],
  ['what changed (word-level rewording)', 'example-borough/changes/2.1.html', '.qaf-diff ins'],
  ['an earlier version, archived', 'example-borough/versions/2.0/standards.html', '.qaf-banner--archive a'],
];

let browser;
let built;

before(async () => {
  built = buildSite(sourceDir);
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  removeSite(built);
});

// Pages run three at a time: Chromium checks each in its own renderer process.
describe('one page of every kind', { concurrency: 3 }, () => {
  for (const [kind, page, probe] of KINDS) {
    for (const width of [1280, 375]) {
      test(`${kind} (${page}) at ${width}px`, async () => {
        const { page: p, errors, close } = await openPage(browser, fileBase(built.site) + page, { viewport: { width, height: 900 } });
        assert.ok(await p.$(probe), `${page} has ${probe}`);
        assert.deepEqual(await axeViolations(p), []);
        assert.deepEqual(errors, []);
        await close();
      });
    }
  }
});

test('every other page of the site', async () => {
  const done = new Set(KINDS.map((k) => k[1]));
  const rest = filesUnder(built.site, '.html').filter((f) => !done.has(f));
  assert.ok(rest.length > 20, `${rest.length} pages`);
  const found = [];
  const queue = [...rest];
  const worker = async () => {
    const { page, close } = await openPage(browser);
    for (let f = queue.shift(); f; f = queue.shift()) {
      await page.goto(fileBase(built.site) + f);
      for (const v of await axeViolations(page)) found.push(`${f}: ${v}`);
    }
    await close();
  };
  await Promise.all([worker(), worker(), worker()]);
  assert.deepEqual(found.sort(), []);
});

describe('with search results showing', () => {
  for (const width of [1280, 375]) {
    test(`results typed into the header box on a standards page, at ${width}px`, async () => {
      const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'example-borough/standards.html', {
        viewport: { width, height: 900 },
      });
      await typeSearch(page, 'seen alone');
      assert.ok((await page.$$('.qaf-search-result mark')).length > 0);
      assert.deepEqual(await axeViolations(page), []);
      // And with a result focused from the keyboard (focus styles in place).
      await page.keyboard.press('ArrowDown');
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(errors, []);
      await close();
    });
  }

  test('the search page with a query and a filter in its address', async () => {
    const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'search.html?q=plan&kind=standard');
    await page.waitForSelector('.qaf-search-result');
    assert.equal(await page.inputValue('select[name="kind"]'), 'standard');
    assert.deepEqual(await axeViolations(page), []);
    await page.click('.qaf-search-more').catch(() => {});
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await close();
  });

  test('no results, and a query too short to run', async () => {
    const { page, close } = await openPage(browser, fileBase(built.site) + 'index.html');
    await typeSearch(page, 'zzyzzx');
    assert.match(await page.textContent('.qaf-search-status'), /No results/);
    assert.deepEqual(await axeViolations(page), []);
    await close();
  });
});
