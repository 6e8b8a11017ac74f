// Search relevance on the real site: judged queries (fixtures/search-relevance.json) run in Chromium; MRR and success@3.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite, fileBase, here, launch, openPage, removeSite, sourceDir } from './helpers.mjs';

// The judgements were written from the content, before the ranking was tuned; see the file's "about".
const judged = JSON.parse(fs.readFileSync(path.join(here, 'fixtures', 'search-relevance.json'), 'utf8'));
const MIN_MRR = 0.9;
const PAGE = 10; // the first page of results: what a reader sees without "More results"

let browser;
let built;

before(async () => {
  built = buildSite(sourceDir);
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (built) removeSite(built);
});

// The query run as the search page runs its address's ?q=, from file:// with nothing cached:
// the targets of the first page of results ("url#anchor", relative to the site root), and the status line.
async function ask(query) {
  const { page, errors, close } = await openPage(browser, fileBase(built.site) + 'search.html?q=' + encodeURIComponent(query));
  try {
    await page.waitForFunction(() => /results? for|No results for/.test(document.querySelector('.qaf-search-status')?.textContent || ''));
    const targets = await page.$$eval('.qaf-search-result a.qaf-search-link', (links) =>
      links.map((a) => {
        const [file, hash] = a.getAttribute('href').replace(/^\.\//, '').split('#');
        return hash ? file + '#' + decodeURIComponent(hash) : file;
      })
    );
    const status = await page.textContent('.qaf-search-status');
    assert.deepEqual(errors, [], `errors on the page for ${query}`);
    return { targets: targets.slice(0, PAGE), status };
  } finally {
    await close();
  }
}

test(`${judged.queries.length} judged queries: mean reciprocal rank at least ${MIN_MRR}, every query finds something`, async () => {
  assert.ok(judged.queries.length >= 40, 'at least 40 judged queries');
  const rows = [];
  for (const j of judged.queries) {
    const { targets, status } = await ask(j.q);
    const rank = targets.findIndex((t) => j.relevant.includes(t)) + 1; // 0: no relevant result on the first page
    rows.push({ q: j.q, type: j.type, rank, count: targets.length, top: targets.slice(0, rank === 1 ? 1 : 3), status });
  }
  const mrr = rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length;
  const at3 = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length;
  const at1 = rows.filter((r) => r.rank === 1).length;
  const byType = {};
  for (const r of rows) {
    const t = (byType[r.type] ||= { n: 0, rr: 0 });
    t.n++;
    t.rr += r.rank ? 1 / r.rank : 0;
  }
  // The figures, for tests/bench/README.md; every query's rank, to see what to look at.
  console.log(`MRR ${mrr.toFixed(3)}; relevant first ${at1}/${rows.length}; in the top 3 ${at3}/${rows.length}`);
  for (const [type, t] of Object.entries(byType)) console.log(`  ${type}: ${t.n} queries, MRR ${(t.rr / t.n).toFixed(3)}`);
  for (const r of rows) console.log(`  ${r.rank || '-'} ${r.type}: ${r.q} (${r.count} shown; ${r.top.join(', ')})`);
  const empty = rows.filter((r) => r.count === 0).map((r) => r.q);
  assert.deepEqual(empty, [], 'judged queries that found nothing');
  assert.ok(mrr >= MIN_MRR, `mean reciprocal rank ${mrr.toFixed(3)} is under ${MIN_MRR}`);
});
