// The dashboards in Chromium: chart text is never smaller than the page's body text, at phone
// and desktop widths; the skills chart has a scale; hidden figures never draw a bar.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, fileBase, launch, openPage, removeSite, sourceDir } from './helpers.mjs';

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

for (const width of [375, 1280]) {
  describe(`example-borough dashboard at ${width} px`, () => {
    test('every piece of chart text is at least the body size', async () => {
      const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'example-borough/dashboard.html',
        { viewport: { width, height: 900 } });
      try {
        const sizes = await page.evaluate(() => {
          const px = (el) => parseFloat(getComputedStyle(el).fontSize);
          const body = px(document.querySelector('main p'));
          const texts = [];
          for (const chart of document.querySelectorAll('.qaf-chart')) {
            const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.textContent.trim()) continue;
              const rect = n.parentElement.getBoundingClientRect();
              texts.push({ text: n.textContent.trim(), size: px(n.parentElement), visible: rect.width > 0 && rect.height > 0 });
            }
          }
          return { body, texts, charts: document.querySelectorAll('.qaf-chart').length };
        });
        assert.ok(sizes.charts >= 3, `expected the grades, trend and skills charts, found ${sizes.charts}`);
        assert.ok(sizes.texts.length > 10, 'the charts have text');
        for (const t of sizes.texts) {
          assert.ok(t.visible, `chart text "${t.text}" is not visible`);
          assert.ok(t.size >= sizes.body, `chart text "${t.text}" is ${t.size}px, the body ${sizes.body}px`);
        }
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  });
}

test('the skills chart has a scale, and a bar is drawn only for a shown figure', async () => {
  const { page, close } = await openPage(browser, fileBase(built.site) + 'example-borough/dashboard.html');
  try {
    const info = await page.evaluate(() => {
      const ticks = [...document.querySelectorAll('#chart-skills .qaf-chart__tick')].map((t) => t.textContent);
      const rows = [...document.querySelectorAll('.qaf-chart__row:not(.qaf-chart__axis)')].map((r) => ({
        note: r.querySelector('.qaf-chart__note').textContent,
        bars: r.querySelectorAll('.qaf-chart__bar').length,
      }));
      return { ticks, rows };
    });
    assert.deepEqual(info.ticks, ['1', '2', '3', '4', '5']);
    assert.ok(info.rows.some((r) => r.bars > 0), 'some bar is drawn');
    for (const r of info.rows) if (r.note === 'hidden') assert.equal(r.bars, 0, 'a hidden figure draws no bar');
  } finally {
    await close();
  }
});
