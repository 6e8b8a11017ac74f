// The page frame on the real site: at phone width the menu opens from a button in the header; printing drops buttons and puts the version on top.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { axeViolations, buildSite, fileBase, launch, openPage, removeSite, sourceDir, typeSearch } from './helpers.mjs';

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

// Where an element is on screen and whether it shows at all.
const placed = (page, selector) =>
  page.$eval(selector, (n) => {
    const r = n.getBoundingClientRect();
    return { top: r.top, height: r.height, shown: getComputedStyle(n).display !== 'none' && r.height > 0 };
  });

test('at 375px the side menu is behind a Menu button that opens it at the top of the page', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'example-borough/templates/case-audit.html', {
    viewport: { width: 375, height: 800 },
  });
  const button = page.locator('.qaf-menu-button');
  assert.ok((await placed(page, '.qaf-menu-button')).shown, 'the Menu button shows');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await button.getAttribute('role'), 'button');
  assert.equal((await placed(page, '#site-menu')).shown, false, 'the menu is closed');

  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  const menu = await placed(page, '#site-menu');
  assert.ok(menu.shown && menu.top >= 0 && menu.top < 800, `the open menu starts in the viewport (top ${menu.top})`);
  // It sits above the page's own content, and focus has moved into it.
  assert.ok(menu.top < (await placed(page, '#main')).top);
  assert.ok(await page.evaluate(() => document.getElementById('site-menu').contains(document.activeElement)));
  assert.deepEqual(await axeViolations(page), []);

  await page.keyboard.press('Escape');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal((await placed(page, '#site-menu')).shown, false);
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('qaf-menu-button')), 'focus back on the button');
  // The space bar opens it too, as on any button.
  await page.keyboard.press(' ');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(errors, []);
  await close();
});

test('on a wide screen the menu is a column and there is no Menu button', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'example-borough/templates/case-audit.html', {
    viewport: { width: 1280, height: 800 },
  });
  assert.equal((await placed(page, '.qaf-menu-button')).shown, false);
  assert.ok((await placed(page, '#site-menu')).shown);
  assert.deepEqual(errors, []);
  await close();
});

test('a printed page has no buttons or menu, and says which version it is at the top', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'northgate/standards.html', {
    viewport: { width: 1280, height: 800 },
  });
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.qaf-button', '.qaf-menu-button', '#site-menu', '.qaf-search'])
    assert.equal((await placed(page, hidden)).shown, false, `${hidden} is not printed`);
  const header = await placed(page, '.qaf-print-header');
  assert.ok(header.shown && header.top < (await placed(page, '#main')).top, 'the version line comes before the content');
  const text = await page.$eval('.qaf-print-header', (n) => n.textContent);
  assert.match(text, /version 3\.0 draft \(draft\)/);
  // An @page rule sets the paper and its margins (read from the file: a page from file:// may not read its rules).
  assert.match(fs.readFileSync(path.join(built.site, 'assets/css/print.css'), 'utf8'), /@page \{[^}]*size: A4/);
  // On screen the version line is not shown (the footer carries it).
  await page.emulateMedia({ media: 'screen' });
  assert.equal((await placed(page, '.qaf-print-header')).shown, false);
  assert.deepEqual(errors, []);
  await close();
});

test('search results show inside <main>: at its top on a page, under the heading and help on the search page', async () => {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'example-borough/standards.html');
  await typeSearch(page, 'supervision');
  assert.ok(await page.$('main .qaf-search-result'), 'results are inside main');
  assert.ok(await page.evaluate(() => document.querySelector('main').firstElementChild.id === 'search-results'));
  await close();

  const search = await openPage(browser, fileBase(built.site) + 'search.html?q=supervision');
  await search.page.waitForSelector('.qaf-search-result');
  // Document order: the page's heading, its help text, then the results; no heading before the h1.
  const order = await search.page.evaluate(() => {
    const main = document.querySelector('main');
    const h1 = main.querySelector('h1');
    const results = main.querySelector('#search-results');
    return { h1First: main.querySelector('h1, h2, h3') === h1,
             after: Boolean(h1.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING) };
  });
  assert.deepEqual(order, { h1First: true, after: true });
  // "More results" is styled as a button of the site, not the browser's default.
  const more = await search.page.$eval('.qaf-search-more', (b) => getComputedStyle(b).boxShadow);
  assert.notEqual(more, 'none');
  assert.deepEqual([...errors, ...search.errors], []);
  await search.close();
});
