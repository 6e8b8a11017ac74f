// Every page of the real site (and of the XSS fixture) passes the Nu HTML checker (vnu-jar) with 0 errors; the CSS too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildSite, filesUnder, here, removeSite, require, sourceDir } from './helpers.mjs';

const java = process.env.QAF_JAVA || 'java';
const vnuJar = () => require.resolve('vnu-jar/build/dist/vnu.jar');

// Runs vnu over `files` (absolute paths); returns its error messages as "file:line:col: message".
function vnu(files, root) {
  const r = spawnSync(java, ['-Xss4m', '-jar', vnuJar(), '--errors-only', '--also-check-css', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`cannot run ${java}: ${r.error.message} (install default-jre-headless)`);
  let report;
  try {
    report = JSON.parse(r.stderr || r.stdout);
  } catch {
    throw new Error(`vnu did not report JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = decodeURIComponent(String(m.url || '').replace(/^file:/, ''));
      return `${path.relative(root, file)}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}`;
    });
}

test('java and vnu.jar are there', () => {
  const version = execFileSync(java, ['-jar', vnuJar(), '--version'], { encoding: 'utf8' }).trim();
  assert.match(version, /^\d+\.\d+/);
});

for (const [name, project] of [
  ['the repository', sourceDir],
  ['the XSS fixture', path.join(here, 'fixtures/xss')],
]) {
  describe(`the Nu HTML checker on ${name}`, () => {
    let built;
    before(() => {
      built = buildSite(project);
    });
    after(() => removeSite(built));

    test('every page and stylesheet has 0 errors', () => {
      const pages = filesUnder(built.site, '.html');
      const css = filesUnder(built.site, '.css');
      assert.ok(pages.length > 10, `${pages.length} pages`);
      const errors = vnu([...pages, ...css].map((f) => path.join(built.site, f)), built.site);
      console.log(`# ${name}: ${pages.length} pages and ${css.length} stylesheets checked, ${errors.length} errors`);
      assert.deepEqual(errors, []);
    });
  });
}
