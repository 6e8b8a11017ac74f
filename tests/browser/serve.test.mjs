// qaf serve in the browser: a saved page shows its new words at once (in place, the reader's place
// kept), a saved framework file reloads the pages it changed and no other, an error is shown on
// the page as path:line:col with its hint over the last good page, and putting it right clears it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { axeViolations, launch, qafBinary, startServe } from './helpers.mjs';

let browser;
let dir;
let project;
let server;

function replace(file, from, to) {
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  fs.writeFileSync(file, text.replace(from, to));
}

// Opens `url` in its own context and marks its window: a page that loads again loses the mark.
async function open(url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(url);
  assert.equal(response.status(), 200, url);
  await page.evaluate(() => { window.__sameDocument = true; });
  // The page's script has had its first news (it answers at once) before anything is saved.
  await page.waitForTimeout(300);
  const same = () => page.evaluate(() => window.__sameDocument === true);
  return { page, errors, same, close: () => context.close() };
}

// Waits until the page's <main> holds `text`, through a reload if there is one.
async function shows(page, text, where = 'main') {
  for (;;) {
    try {
      await page.waitForFunction(([w, sel]) => document.querySelector(sel)?.textContent.includes(w), [text, where],
        { timeout: 30000 });
      return;
    } catch (e) {
      if (!/context was destroyed|navigation/i.test(e.message)) throw e;
    }
  }
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qaf-serve-'));
  project = path.join(dir, 'project');
  fs.mkdirSync(project);
  execFileSync(qafBinary(), ['new', 'framework', 'demo'], { cwd: project, stdio: 'ignore' });
  server = await startServe(project);
  browser = await launch();
});

after(async () => {
  if (browser) await browser.close();
  if (server) {
    const { code } = await server.stop();
    assert.equal(code, 0, server.log());
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('it listens on 127.0.0.1 and writes nothing into the project', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
  assert.match(server.log(), /\(this machine only\)/);
  assert.deepEqual(fs.readdirSync(project).sort(), ['content', 'frameworks', 'qaf.yaml']);
});

test('a saved page shows its new words in place, without loading again; other pages stay as they are', async () => {
  const intro = await open(`${server.url}demo/pages/introduction.html`);
  const home = await open(server.url);
  const from = server.log().length;
  replace(path.join(project, 'frameworks/demo/pages/introduction.md'), 'Replace this page with your own introduction',
    'Our own words, saved while the page was open');
  await shows(intro.page, 'Our own words, saved while the page was open');
  assert.equal(await intro.same(), true, 'the page changed in place');
  // The page alone was rendered first, then the whole project built again.
  await server.waitFor(/demo\/pages\/introduction\.html rendered again in \d+ ms/, from);
  await server.waitFor(/qaf: built \d+ files in .*; \d+ files? changed/, from);
  await intro.page.waitForTimeout(300);
  assert.equal(await home.same(), true, 'the home page was not reloaded');
  assert.deepEqual(intro.errors.concat(home.errors), []);
  await intro.close();
  await home.close();
});

test('a saved framework file brings the pages it changed up to date', async () => {
  const standards = await open(`${server.url}demo/standards.html`);
  replace(path.join(project, 'frameworks/demo/standards.yaml'), 'within 5 working days of the case',
    'within 3 working days of the case');
  await shows(standards.page, 'within 3 working days of the case');
  assert.equal(await standards.page.locator('#standard-1\\.1').count(), 1);
  assert.deepEqual(standards.errors, []);
  await standards.close();
});

test('an error shows on the page as path:line:col with its hint, over the last good page, until put right', async () => {
  const standards = await open(`${server.url}demo/standards.html`);
  const file = path.join(project, 'frameworks/demo/standards.yaml');
  const good = fs.readFileSync(file, 'utf8');
  const from = server.log().length;
  // A standard that names a role the framework does not have.
  replace(file, 'applies_to: [social-worker]', 'applies_to: [social-wroker]');
  const line = good.split('\n').findIndex((l) => l.includes('applies_to: [social-worker]')) + 1;
  await standards.page.waitForSelector('#qaf-serve-problems', { timeout: 30000 });
  const panel = await standards.page.textContent('#qaf-serve-problems');
  assert.match(panel, new RegExp(`frameworks/demo/standards\\.yaml:${line}:\\d+: error: .*social-wroker`));
  assert.match(panel, /hint: /);
  assert.match(await standards.page.textContent('#qaf-serve-problems h2'), /1 error.*last build without errors/);
  await server.waitFor(/standards\.yaml:\d+:\d+: error:/, from);
  // The page is still the last good one, and the panel is announced and reachable.
  assert.match(await standards.page.textContent('main'), /within 3 working days of the case/);
  assert.equal(await standards.page.getAttribute('#qaf-serve-problems', 'role'), 'alert');
  assert.deepEqual(await axeViolations(standards.page), []);
  // A page opened now gets the panel too.
  const later = await open(`${server.url}demo/pages/introduction.html`);
  await later.page.waitForSelector('#qaf-serve-problems');
  // Put right: the panels go.
  fs.writeFileSync(file, good);
  await standards.page.waitForSelector('#qaf-serve-problems', { state: 'detached', timeout: 30000 });
  await later.page.waitForSelector('#qaf-serve-problems', { state: 'detached', timeout: 30000 });
  assert.deepEqual(standards.errors.concat(later.errors), []);
  await standards.close();
  await later.close();
});

test('a new page appears at its address; a missing one says so and waits for it', async () => {
  const missing = await browser.newContext().then((c) => c.newPage());
  const response = await missing.goto(`${server.url}pages/later.html`);
  assert.equal(response.status(), 404);
  fs.writeFileSync(path.join(project, 'content/later.md'), '---\ntitle: Written later\n---\n\nThis page came after.\n');
  await shows(missing, 'This page came after.');
  await missing.context().close();
});

test('it refuses an address other machines can reach unless asked', () => {
  let failed;
  try {
    execFileSync(qafBinary(), ['serve', project, '--bind', '0.0.0.0', '--port', '0'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    failed = e;
  }
  assert.ok(failed, 'qaf serve --bind 0.0.0.0 was refused');
  assert.equal(failed.status, 2);
  assert.match(failed.stderr, /listens on this machine only/);
  assert.match(failed.stderr, /hint: .*--allow-network/);
});

test('another site cannot read the preview: a foreign Host is refused and every answer is same-origin only', async () => {
  const { port } = new URL(server.url);
  const ask = (host) => new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/index.html', headers: { Host: host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode, corp: res.headers['cross-origin-resource-policy'] });
    }).on('error', reject);
  });
  assert.deepEqual(await ask(`127.0.0.1:${port}`), { status: 200, corp: 'same-origin' });
  assert.deepEqual(await ask(`localhost:${port}`), { status: 200, corp: 'same-origin' });
  assert.equal((await ask(`attacker.example:${port}`)).status, 403);  // DNS rebinding
});

test('a second qaf serve on the same port is refused, not let in beside the first', () => {
  const { port } = new URL(server.url);
  let failed;
  try {
    execFileSync(qafBinary(), ['serve', project, '--port', port], { encoding: 'utf8', stdio: 'pipe', timeout: 60000 });
  } catch (e) {
    failed = e;
  }
  assert.ok(failed, 'the second qaf serve ended');
  assert.equal(failed.status, 2, failed.stderr);
  assert.match(failed.stderr, new RegExp(`cannot listen on 127\\.0\\.0\\.1 port ${port}`));
});
