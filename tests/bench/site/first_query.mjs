// Benchmark: bytes a first search loads on a built qaf site, measured in headless Chromium over file://.
//
//   node first_query.mjs SITE_DIR PAGE 'query' ['query' ...]
//
// For each query a fresh browser page opens SITE_DIR/PAGE from disk (no cache shared with the
// previous query), the query is pasted into the search box (a query prefixed with `typed:` is
// typed a letter at a time, slower than the client's debounce, so every keystroke runs a search:
// the worst case), and the script waits until the status line reports it. Every file the page
// requested is then counted at its size on disk. Printed per query, tab-separated:
//
//   query  search_bytes  search_files  page_bytes  results  files
//
// search_bytes: the client (assets/js/search.js) and every index file the query loaded (manifest,
// term shards, documents) — what the 300 kB budget counts. page_bytes: the page's own
// HTML and CSS, loaded whether or not anyone searches. files: the index files, in load order.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const browserTests = path.resolve(here, '../../browser');
const require = createRequire(path.join(browserTests, 'package.json'));
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch {
  console.error('first_query.mjs: playwright-core is not installed: run `npm ci` in tests/browser');
  process.exit(2);
}

const [siteArg, startPage, ...queries] = process.argv.slice(2);
if (!siteArg || !startPage || !queries.length) {
  console.error("usage: node first_query.mjs SITE_DIR PAGE 'query' ['query' ...]");
  process.exit(2);
}
const site = path.resolve(siteArg);
const base = pathToFileURL(site).href + '/';
const CLIENT = 'assets/js/search.js';

// The site-relative path of a requested file:// URL, or null for anything outside the site.
function relative(url) {
  if (!url.startsWith(base)) return null;
  return decodeURIComponent(new URL(url).pathname).slice(new URL(base).pathname.length);
}

function size(rel) {
  return fs.statSync(path.join(site, rel)).size;
}

async function measure(browser, query) {
  const typed = query.startsWith('typed:');
  const text = typed ? query.slice('typed:'.length) : query;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requested = [];
  const outside = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const rel = relative(r.url());
    if (rel === null) outside.push(r.url());
    else requested.push(rel);
  });
  await page.goto(base + startPage, { waitUntil: 'load' });
  const atLoad = requested.length;
  await page.focus('#q');
  if (typed) await page.keyboard.type(text, { delay: 250 });
  else await page.fill('#q', text);
  await page.waitForFunction(
    (q) => (document.querySelector('.qaf-search-status') || {}).textContent?.includes(q.trim()),
    text,
    { timeout: 60_000 }
  );
  const results = await page.$$eval('.qaf-search-link', (links) => links.length);
  const status = await page.textContent('.qaf-search-status');
  await context.close();
  if (errors.length) throw new Error(`${query}: script errors: ${errors.join('; ')}`);
  if (outside.length) throw new Error(`${query}: requests outside the site: ${outside.join(' ')}`);
  const pageFiles = requested.slice(0, atLoad).filter((f) => f !== CLIENT);
  const indexFiles = [...new Set(requested.slice(atLoad))];
  if (!requested.includes(CLIENT)) throw new Error(`${query}: the page did not load ${CLIENT}`);
  const searchBytes = size(CLIENT) + indexFiles.reduce((n, f) => n + size(f), 0);
  const pageBytes = pageFiles.reduce((n, f) => n + size(f), 0);
  return { query, searchBytes, searchFiles: indexFiles.length + 1, pageBytes, results, status, indexFiles };
}

const browser = await chromium.launch({
  executablePath: process.env.QAF_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  for (const q of queries) {
    const m = await measure(browser, q);
    const short = m.indexFiles.map((f) => f.replace(/^search\//, '').replace(/\.js$/, ''));
    console.log([m.query, m.searchBytes, m.searchFiles, m.pageBytes, m.results, short.join(' ')].join('\t'));
    if (m.results === 0) console.error(`# ${q}: no results (${m.status})`);
  }
} finally {
  await browser.close();
}
