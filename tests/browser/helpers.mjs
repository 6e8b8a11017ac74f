// Shared by the browser tests of the real site: build a project with qaf, serve it, drive Debian's Chromium.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const require = createRequire(import.meta.url);
export const here = path.dirname(fileURLToPath(import.meta.url));

// The repository whose site is tested (ctest passes it; else the one this file sits in).
export const sourceDir = process.env.QAF_SOURCE_DIR || path.resolve(here, '../..');

export function chromiumModule() {
  try {
    return require('playwright-core').chromium;
  } catch {
    throw new Error('playwright-core is not installed: run `npm ci` in tests/browser');
  }
}

// The qaf binary under test: QAF_BIN (set by ctest), else a build folder of this repository.
export function qafBinary() {
  const candidates = [process.env.QAF_BIN, ...['build', 'build-site'].map((d) => path.join(sourceDir, d, 'qaf'))];
  const found = candidates.filter(Boolean).find((p) => fs.existsSync(p));
  if (!found) throw new Error('qaf binary not found; build it or set QAF_BIN');
  return found;
}

// Builds `project` into a fresh temporary folder; returns {dir, site, packs, output}. Packs go
// beside the site, never into the project. A fixed SOURCE_DATE_EPOCH keeps dates stable.
export function buildSite(project, { expectFailure = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qaf-site-'));
  const site = path.join(dir, 'site');
  const packs = path.join(dir, 'packs');
  let output;
  try {
    output = execFileSync(qafBinary(), ['build', project, '--out', site, '--packs', packs], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SOURCE_DATE_EPOCH: '1782777600' },
    });
  } catch (err) {
    if (!expectFailure) throw new Error(`qaf build ${project} failed:\n${err.stdout}${err.stderr}`);
    output = String(err.stdout) + String(err.stderr);
  }
  return { dir, site, packs, output };
}

export function removeSite(built) {
  if (built) fs.rmSync(built.dir, { recursive: true, force: true });
}

// Every file under `dir` whose name ends with `ext`, as sorted paths relative to `dir` with '/'.
export function filesUnder(dir, ext) {
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? rel + '/' + e.name : e.name;
      if (e.isDirectory()) walk(r);
      else if (r.endsWith(ext)) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

export const fileBase = (site) => pathToFileURL(site).href + '/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

// A static file server for `dir` on 127.0.0.1 at a random port: {server, base, close()}.
export function serve(dir) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    let file = path.resolve(dir, rel);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!(file === dir || file.startsWith(dir + path.sep)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) })
    );
  });
}

// Starts `qaf serve PROJECT --port 0 [args]`; resolves, once it listens, to {url, log(), waitFor(re),
// stop()}. log() is everything it printed so far; waitFor(re) resolves when its output (from
// `from`, an offset into log()) matches `re`, and fails after `ms`.
export function startServe(project, args = [], { timeout = 120000 } = {}) {
  const child = spawn(qafBinary(), ['serve', project, '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  const waiters = new Set();
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    log += chunk;
    for (const w of waiters) w();
  });
  const waitFor = (re, from = 0, ms = timeout) => new Promise((resolve, reject) => {
    const check = () => {
      const m = log.slice(from).match(re);
      if (m) {
        waiters.delete(check);
        clearTimeout(timer);
        resolve(m);
      }
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(`qaf serve did not print ${re} in ${ms} ms; it printed:\n${log}`));
    }, ms);
    waiters.add(check);
    check();
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const stop = async () => {
    child.kill('SIGTERM');
    return exited;
  };
  return Promise.race([
    waitFor(/at (http:\/\/\S+\/) /).then((m) => ({ url: m[1], log: () => log, waitFor, stop, exited })),
    exited.then(({ code }) => { throw new Error(`qaf serve ended (${code}) before listening:\n${log}`); }),
  ]);
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch() {
  return chromiumModule().launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

// A new page (in its own context, `viewport` optional) that records script errors, dialogs and requests.
export async function openPage(browser, url, { viewport } = {}) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => requests.push(r.url()));
  if (url) await page.goto(url);
  const close = () => context.close();
  return { page, errors, dialogs, requests, close };
}

// Types `query` into the site's search box and waits until the status line reports that very
// query (“query”, quotes included, so an earlier query that contains it does not count).
export async function typeSearch(page, query, { delay = 15 } = {}) {
  await page.focus('#q');
  await page.keyboard.type(query, { delay });
  await page.waitForFunction(
    (q) => (document.querySelector('.qaf-search-status') || {}).textContent?.includes('\u201c' + q.trim() + '\u201d'),
    query
  );
}

export const axeSource = () => fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe-core over the whole page with the WCAG 2.2 AA rules: a list of "rule: help (targets)" lines.
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource() });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS
  );
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ', …' : ''})`
  );
}
