// Benchmark: time from saving one file to the reloaded page under `qaf serve`, in headless Chromium.
//
//   node tests/bench/serve/run.mjs [--pages "1000 10000"] [--saves 20] [--seed 1]
//
// For each size: writes a synthetic project with ../site/make_site.mjs, starts `qaf serve` on it
// (QAF_BIN, else build/qaf), opens one content page in Chromium and then, `--saves` times, changes
// a sentence of that page's Markdown and measures from just before the write until the page shows
// the new words (its <main> replaced in place, or the page reloaded). Between saves it waits for the full
// build that follows each save, as an author reading the result would. Then five saves of the
// page's title (front matter: the full build path) are measured the same way. Prints a Markdown
// table: p50, p90 and max in milliseconds. Run by hand, never by ctest.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch, startServe } from '../../browser/helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const sizes = option('--pages', '1000 10000').split(/\s+/).filter(Boolean).map(Number);
const saves = Number(option('--saves', '20'));
const seed = option('--seed', '1');

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// Saves `file` with `edit` applied and returns the milliseconds until the page shows `expect` in
// its <main>: replaced in place (only its content changed) or after a reload.
async function timedSave(page, file, edit, expect) {
  const text = edit(fs.readFileSync(file, 'utf8'));
  const start = performance.now();
  fs.writeFileSync(file, text);
  for (;;) {
    try {
      await page.waitForFunction((w) => document.querySelector('main')?.textContent.includes(w), expect,
        { polling: 'raf', timeout: 120000 });
      return performance.now() - start;
    } catch (e) {
      if (!/context was destroyed|navigation/i.test(e.message)) throw e;  // reloading: ask the new page
    }
  }
}

const rows = [];
const browser = await launch();
for (const pages of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qaf-serve-bench-'));
  const project = path.join(dir, 'project');
  execFileSync('node', [path.join(here, '../site/make_site.mjs'), '--pages', String(pages), '--out', project, '--seed', seed]);
  const server = await startServe(project);
  const source = fs.readdirSync(path.join(project, 'content')).filter((f) => f.endsWith('.md')).sort()[1];
  const file = path.join(project, 'content', source);
  const url = `${server.url}pages/${source.replace(/\.md$/, '.html')}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(url);
  if (!response.ok()) throw new Error(`${url}: HTTP ${response.status()}`);
  await page.waitForTimeout(300);  // the page's script has asked for news
  const body = [];
  for (let i = 0; i < saves; ++i) {
    const from = server.log().length;
    const word = `benchmark-edit-${i}`;
    body.push(await timedSave(page, file, (t) => `${t.replace(/\nbenchmark-edit-\d+\n/, '\n')}\n${word}\n`, word));
    await server.waitFor(/qaf: built .* changed/, from);  // the full build after it
  }
  const title = [];
  for (let i = 0; i < 5; ++i) {
    const from = server.log().length;
    const word = `Retitled ${i}`;
    title.push(await timedSave(page, file, (t) => t.replace(/^title: "(Retitled \d+ )?/m, `title: "${word} `), word));
    await server.waitFor(/qaf: built .* changed/, from);
  }
  const built = server.log().match(/qaf: built (\d+) files in ([\d.]+ s)/);
  rows.push({ pages, files: built[1], first: built[2], body, title });
  await context.close();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
await browser.close();

const ms = (x) => `${Math.round(x)} ms`;
console.log('| pages | site files | first build | edit | saves | p50 | p90 | max |');
console.log('| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |');
for (const r of rows)
  for (const [what, xs] of [['words of the page', r.body], ['its title (full build)', r.title]])
    console.log(`| ${r.pages} | ${r.files} | ${r.first} | ${what} | ${xs.length} | ${ms(percentile(xs, 50))} | ` +
      `${ms(percentile(xs, 90))} | ${ms(Math.max(...xs))} |`);
