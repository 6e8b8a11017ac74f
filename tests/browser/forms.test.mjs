// Fill-in forms in Chromium: every template of every example framework filled, its errors read, saved, checked by qaf, reopened.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { axeViolations, buildSite, fileBase, filesUnder, launch, openPage, qafBinary, removeSite, require, serve, sourceDir } from './helpers.mjs';

let browser;
let built;
let work;        // saved records, one folder each, and the pages' HTML for the Nu checker
const htmlForVnu = [];

// The templates that have a form, read from the model by qaf itself (not from the site).
function templatesWithForms() {
  const model = JSON.parse(execFileSync(qafBinary(), ['dump', sourceDir, '--json'], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  const out = [];
  for (const fw of model.frameworks)
    for (const t of fw.templates) if (!t.held_elsewhere) out.push(`${fw.id}/forms/${t.id}.html`);
  return out.sort();
}

before(async () => {
  built = buildSite(sourceDir);
  browser = await launch();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'qaf-forms-'));
});

after(async () => {
  if (browser) await browser.close();
  removeSite(built);
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const byId = (p, id) => p.locator(`[id="${id}"]`);
const MULTILINE = (what) => `Written for ${what}: "quoted", & <b>not bold</b> #not-a-comment\nA second line – ünïcode: it's kept`;
const ONE_LINE = (what) => `Name for ${what} O'Brien-Smith`;
const DATE = { day: '27', month: '3', year: '2026', iso: '2026-03-27' };
const DUE = { day: '9', month: '4', year: '2026', iso: '2026-04-09' };

// Fills one answer (by the form's control ids) and returns it as `qaf dump --json` shows it:
// {values, number, text}. `spec` is the definition's {type, scale, min, max, na}.
async function fillAnswer(p, def, key, spec, { pick = 0, date = DATE, line = false } = {}) {
  const scale = spec.scale ? def.scales[spec.scale] : null;
  if (scale && scale.kind === 'bands') {
    const v = scale.min + scale.step;
    await byId(p, key).fill(String(v));
    const band = scale.bands.find((b) => v >= b.from && v <= b.to);
    return { values: [band ? band.grade : ''], number: v, text: '' };
  }
  if (scale && (spec.type === 'rating' || spec.type === 'choice')) {
    const options = [...scale.options, ...(spec.na ? [{ id: 'n/a' }] : [])];
    if (scale.multiple) {
      const picked = options.slice(0, Math.min(2, options.length));
      for (let i = 0; i < picked.length; i++) await byId(p, `${key}-${i}`).check();
      return { values: picked.map((o) => o.id), number: null, text: '' };
    }
    const i = Math.min(pick, options.length - 1);
    await byId(p, `${key}-${i}`).check();
    const number = scale.kind === 'levels' ? Number(options[i].id) : null;
    return { values: [options[i].id], number, text: '' };
  }
  if (spec.type === 'date') {
    await byId(p, `${key}-day`).fill(date.day);
    await byId(p, `${key}-month`).fill(date.month);
    await byId(p, `${key}-year`).fill(date.year);
    return { values: [date.iso], number: null, text: '' };
  }
  if (spec.type === 'number') {
    const v = Math.min(spec.max ?? 1e9, Math.max(spec.min ?? 0, 3));
    await byId(p, key).fill(String(v));
    return { values: [String(v)], number: v, text: '' };
  }
  const text = line ? ONE_LINE(key) : MULTILINE(key);
  await byId(p, key).fill(text);
  return { values: [], number: null, text };
}

const visible = (p, id) => byId(p, id).isVisible();
const shown = (p, id) => p.evaluate((x) => { const e = document.getElementById(x); return !!e && e.offsetParent !== null; }, id);

// Fills every field the form shows, as a person would, and returns what `qaf dump --json` must show.
async function fillEverything(p, def, recordId) {
  const want = { id: recordId, header: {}, answers: {}, judgement: null, actions: [], feedback: [], tables: {}, moderation: null, signatures: [] };
  await byId(p, 'record-id').fill(recordId);
  for (const h of def.header) {
    const got = await fillAnswer(p, def, `h-${h.id}`, h, { line: true });
    want.header[h.id] = got.values[0] ?? got.text;
  }
  for (const sec of def.sections) {
    if (sec.kind === 'questions') {
      for (const q of sec.questions) {
        const cells = q.cells || [null];
        const first = q.cells ? `q-${q.id}--${q.cells[0].column}` : `q-${q.id}`;
        if (!(await shown(p, `${first}-group`))) continue;  // a condition hides it for this case
        const values = [];
        for (const cell of cells) {
          const key = cell ? `q-${q.id}--${cell.column}` : `q-${q.id}`;
          const got = await fillAnswer(p, def, key, cell || q);
          values.push({ column: cell ? cell.column : '', ...got });
        }
        let comment = '';
        if (q.comment) {
          comment = MULTILINE(`comment ${q.id}`);
          await byId(p, `q-${q.id}-comment`).fill(comment);
        }
        want.answers[q.id] = { values, comment };
      }
    } else if (sec.kind === 'judgement') {
      if (sec.compute === 'given') want.judgement = (await fillAnswer(p, def, 'judgement', { type: 'rating', scale: sec.scale })).values[0];
      want.judgement_reason = MULTILINE('judgement');
      await byId(p, 'judgement-reason').fill(want.judgement_reason);
    } else if (sec.kind === 'actions' || sec.kind === 'table') {
      const key = sec.kind === 'actions' ? 'actions' : `t-${sec.id}`;
      const rows = [];
      for (let r = 1; r <= 2; r++) {
        await byId(p, `${key}-add`).click();
        const row = {};
        for (const col of sec.columns) {
          const got = await fillAnswer(p, def, `${key}-${r}-${col.id}`, col, { date: col.id === 'due' ? DUE : DATE, pick: r - 1 });
          row[col.id] = got;
        }
        rows.push(row);
      }
      if (sec.kind === 'actions') want.actions = rows;
      else want.tables[sec.id] = rows;
    } else if (sec.kind === 'feedback') {
      for (const [i, src] of sec.sources.entries()) {
        if (!(await visible(p, `fb-${src.id}-given-0`))) continue;
        const given = i % 2 === 0;
        await byId(p, `fb-${src.id}-given-${given ? 0 : 1}`).check();
        const entry = { source: src.id, given, summary: '', reason: '', answers: {} };
        if (given) {
          entry.summary = MULTILINE(`summary ${src.id}`);
          await byId(p, `fb-${src.id}-summary`).fill(entry.summary);
          for (const q of src.questions) {
            const key = `fb-${src.id}-q-${q.id}`;
            if (!(await shown(p, `${key}-group`))) continue;  // a condition hides it
            entry.answers[q.id] = { values: [{ column: '', ...(await fillAnswer(p, def, key, q)) }], comment: '' };
          }
        } else if (src.reasons.length) {
          await byId(p, `fb-${src.id}-reason-0`).check();
          entry.reason = src.reasons[0];
        } else {
          entry.reason = ONE_LINE(`reason ${src.id}`);
          await byId(p, `fb-${src.id}-reason`).fill(entry.reason);
        }
        want.feedback.push(entry);
      }
    } else if (sec.kind === 'moderation') {
      const m = { moderator: ONE_LINE('moderator'), date: DATE.iso, agrees: false, comment: MULTILINE('moderation'), checks: {}, outcome: 'accepted' };
      await byId(p, 'mod-moderator').fill(m.moderator);
      await fillAnswer(p, def, 'mod-date', { type: 'date' });
      await byId(p, 'mod-agrees-1').check();
      m.grade = (await fillAnswer(p, def, 'mod-grade', { type: 'rating', scale: sec.scale }, { pick: 1 })).values[0];
      await byId(p, 'mod-comment').fill(m.comment);
      if (sec.returns) await byId(p, 'mod-outcome-0').check();
      for (const k of sec.checks) {
        await byId(p, `mod-check-${k.id}-0`).check();
        m.checks[k.id] = 'yes';
      }
      want.moderation = m;
    } else if (sec.kind === 'signatures') {
      for (const s of sec.signatories) {
        const name = ONE_LINE(`signature ${s.id}`);
        await byId(p, `sig-${s.id}-name`).fill(name);
        await fillAnswer(p, def, `sig-${s.id}-date`, { type: 'date' });
        want.signatures.push({ signatory: s.id, name, date: DATE.iso });
      }
    }
  }
  return want;
}

// Saves the form: the download's file name and text.
async function save(p, dir) {
  const [download] = await Promise.all([p.waitForEvent('download'), byId(p, 'qaf-save').click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { file, name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

// `qaf check` and `qaf dump --json` of the repository with `dir` as its audit records.
function checkRecords(dir) {
  const r = spawnSync(qafBinary(), ['check', sourceDir, '--audits', dir, '--quiet'], { encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}
function dumpRecord(dir, id) {
  const model = JSON.parse(execFileSync(qafBinary(), ['dump', sourceDir, '--json', '--audits', dir], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  return model.audits.find((a) => a.id === id);
}

// The page as it stands, for the Nu checker: without the script axe adds to it.
const pageHtml = (p) => p.evaluate(() => {
  const copy = document.documentElement.cloneNode(true);
  copy.querySelectorAll('script:not([src]):not([type="application/json"])').forEach((e) => e.remove());
  return '<!DOCTYPE html>\n' + copy.outerHTML;
});

const valueShape = (v) => ({ values: v.values, number: v.number, text: v.text });

// The record as qaf reads it holds exactly what was entered.
function compareRecord(got, want) {
  assert.ok(got, `qaf dump has record ${want.id}`);
  assert.deepEqual(got.header, want.header, 'header');
  assert.deepEqual(Object.keys(got.answers).sort(), Object.keys(want.answers).sort(), 'the questions answered');
  for (const [q, a] of Object.entries(want.answers)) {
    assert.deepEqual(got.answers[q].values.map((v) => ({ column: v.column, ...valueShape(v) })), a.values, `answer to ${q}`);
    assert.equal(got.answers[q].comment, a.comment, `comment on ${q}`);
  }
  if (want.judgement) assert.equal(got.judgement, want.judgement, 'judgement');
  else if (want.judgement_reason !== undefined) assert.ok(got.judgement, 'a judgement is worked out');
  if (want.judgement_reason !== undefined) assert.equal(got.judgement_reason, want.judgement_reason);
  assert.equal(got.actions.length, want.actions.length, 'actions');
  want.actions.forEach((row, i) => {
    for (const [col, v] of Object.entries(row)) {
      const shown = got.actions[i][col];
      assert.equal(shown, v.text || v.values[0], `action ${i + 1}, ${col}`);
    }
  });
  for (const [sec, rows] of Object.entries(want.tables)) {
    assert.equal(got.tables[sec].length, rows.length, `rows of ${sec}`);
    rows.forEach((row, i) => {
      for (const [col, v] of Object.entries(row)) assert.deepEqual(valueShape(got.tables[sec][i].cells[col]), v, `${sec} row ${i + 1}, ${col}`);
    });
  }
  assert.deepEqual(got.feedback.map((f) => ({ source: f.source, given: f.given, summary: f.summary, reason: f.reason })),
    want.feedback.map((f) => ({ source: f.source, given: f.given, summary: f.summary, reason: f.reason })), 'feedback');
  for (const f of want.feedback) {
    const shown = got.feedback.find((x) => x.source === f.source).answers || {};
    assert.deepEqual(Object.keys(shown).sort(), Object.keys(f.answers).sort(), `answers of ${f.source}`);
    for (const [q, a] of Object.entries(f.answers))
      assert.deepEqual(shown[q].values.map((v) => ({ column: v.column, ...valueShape(v) })), a.values, `${f.source}: ${q}`);
  }
  if (want.moderation) {
    for (const k of ['moderator', 'date', 'agrees', 'grade', 'comment', 'outcome']) assert.deepEqual(got.moderation[k], want.moderation[k], `moderation ${k}`);
    assert.deepEqual(got.moderation.checks, want.moderation.checks, 'moderation checks');
  } else assert.equal(got.moderation, null);
  assert.deepEqual(got.signatures, want.signatures, 'signatures');
}

const pages = () => templatesWithForms();

test('every template with a form of its own has a fill-in page, linked from its template page', () => {
  const forms = filesUnder(built.site, '.html').filter((f) => /\/forms\//.test(f));
  assert.deepEqual(forms, pages());
  assert.ok(forms.length >= 10, `${forms.length} forms`);
  for (const f of forms) {
    const templatePage = fs.readFileSync(path.join(built.site, f.replace('/forms/', '/templates/')), 'utf8');
    const href = /<a class="qaf-button" href="([^"]+)">Fill in on screen<\/a>/.exec(templatePage);
    assert.ok(href, `${f}: its template page has a "Fill in on screen" link`);
    assert.equal(path.posix.normalize(path.posix.join(path.posix.dirname(f.replace('/forms/', '/templates/')), href[1])), f);
  }
});

describe('each form, filled in Chromium from file://', { concurrency: 2 }, () => {
  for (const page of templatesWithForms()) {
    test(page, async () => {
      const dir = fs.mkdtempSync(path.join(work, 'rec-'));
      const { page: p, errors, requests, close } = await openPage(browser, fileBase(built.site) + page, { viewport: { width: 1280, height: 900 } });
      try {
        const def = await p.evaluate(() => window.qafForm.definition);
        requests.length = 0;  // what the page loaded itself; from here on nothing may be asked for
        // Nothing filled: the error summary, focused, lists the required answers; its links lead to the fields.
        await byId(p, 'qaf-save').click();
        const summary = p.locator('.qaf-error-summary');
        await summary.waitFor();
        assert.equal(await p.evaluate(() => document.activeElement.className), 'qaf-error-summary');
        assert.equal(await summary.getAttribute('role'), 'alert');
        assert.match(await p.title(), /^Error: /);
        const links = await summary.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href').slice(1), a.textContent]));
        assert.ok(links.length >= 1, 'errors listed');
        for (const [target, words] of links) {
          assert.ok(await p.evaluate((id) => !!document.getElementById(id), target), `${words} links to #${target}`);
          assert.ok(words.length > 8, words);
        }
        await summary.locator('a').first().click();
        assert.equal(await p.evaluate(() => document.activeElement.id), links[0][0], 'the link moves focus to the field');
        const messages = await p.locator('.qaf-error-message').count();
        assert.ok(messages >= 1 && messages <= links.length, `${messages} messages at fields for ${links.length} errors`);
        assert.deepEqual(requests, [], 'no request while checking the answers');
        assert.deepEqual(await axeViolations(p), [], 'axe with errors showing');
        requests.length = 0;  // axe reads the stylesheets itself
        htmlForVnu.push([`${page.replace(/\W+/g, '-')}-errors.html`, await pageHtml(p)]);
        assert.equal(await p.evaluate(() => localStorage.length), 0, 'nothing kept in the browser');

        const recordId = `form-test-${page.replace(/\/forms\//, '-').replace(/\.html$/, '')}`;
        const want = await fillEverything(p, def, recordId);
        assert.deepEqual(await p.evaluate(() => window.qafForm.validate()), [], 'no errors once everything is filled');
        htmlForVnu.push([`${page.replace(/\W+/g, '-')}-filled.html`, await pageHtml(p)]);
        const saved = await save(p, dir);
        assert.equal(saved.name, `${recordId}.yaml`);
        assert.equal(await p.locator('.qaf-error-summary').count(), 0, 'the summary is gone once saved');
        assert.match(await byId(p, 'qaf-notice').innerText(), /Saved as/);
        assert.deepEqual(requests.filter((u) => !u.startsWith('blob:')), [], 'no request left the page while filling and saving');
        assert.equal(await p.evaluate(() => localStorage.length + sessionStorage.length), 0, 'nothing kept in browser storage');

        const checked = checkRecords(dir);
        assert.equal(checked.status, 0, `qaf check accepts the saved record:\n${checked.output}\n${saved.text}`);
        assert.doesNotMatch(checked.output, /warning/, 'not even a warning');
        compareRecord(dumpRecord(dir, recordId), want);

        // Opened again in a fresh page: the same values, and the same record when saved again.
        await p.reload();
        await p.locator('#qaf-open').setInputFiles(saved.file);
        await byId(p, 'qaf-notice').waitFor();
        assert.match(await byId(p, 'qaf-notice').innerText(), /^Opened/);
        assert.equal(await p.evaluate(() => window.qafForm.yaml()), saved.text);
        assert.equal(await byId(p, 'record-id').inputValue(), recordId);
        for (const [q, a] of Object.entries(want.answers).slice(0, 3))
          for (const v of a.values)
            if (v.text) assert.equal(await byId(p, `q-${q}${v.column ? '--' + v.column : ''}`).inputValue(), v.text);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    });
  }
});

describe('the case audit in detail', () => {
  const page = 'example-borough/forms/case-audit.html';
  test('wrong values: a number, a real date, the record id; conditions show and hide questions', async () => {
    const { page: p, errors, close } = await openPage(browser, fileBase(built.site) + page);
    try {
      await byId(p, 'q-workers-count').fill('lots');
      await byId(p, 'q-last-seen-day').fill('31');
      await byId(p, 'q-last-seen-month').fill('2');
      await byId(p, 'q-last-seen-year').fill('2026');
      await byId(p, 'record-id').fill('no spaces allowed');
      await byId(p, 'qaf-save').click();
      const summary = await p.locator('.qaf-error-summary').innerText();
      assert.match(summary, /Question 2\.6 must be a number|must be a number/);
      assert.match(summary, /must be a real date/);
      assert.match(summary, /record id must start with a letter or digit/);
      const msg = await byId(p, 'q-workers-count-error').innerText();
      assert.match(msg, /Error:\s*.*must be a number/);
      assert.equal(await byId(p, 'q-workers-count').getAttribute('aria-invalid'), 'true');
      assert.match(await byId(p, 'q-workers-count').getAttribute('aria-describedby'), /q-workers-count-error/);
      await byId(p, 'q-workers-count').fill('21');
      await byId(p, 'qaf-save').click();
      assert.match(await byId(p, 'q-workers-count-error').innerText(), /from 0 to 20/);
      // A question shown only for some cases.
      const def = await p.evaluate(() => window.qafForm.definition);
      const conditional = def.sections.flatMap((s) => s.questions || []).find((q) => q.when && (q.when.field || q.when.question));
      assert.ok(conditional, 'the case audit has a question with a condition');
      const group = `q-${conditional.id}${conditional.cells ? '--' + conditional.cells[0].column : ''}-group`;
      const when = conditional.when;
      const key = when.field ? `h-${when.field}` : `q-${when.question}`;
      const scale = def.scales[(when.field ? def.header.find((h) => h.id === when.field) : def.sections.flatMap((s) => s.questions || []).find((q) => q.id === when.question)).scale];
      const on = scale.options.findIndex((o) => when.values.includes(o.id));
      const off = scale.options.findIndex((o) => !when.values.includes(o.id));
      await byId(p, `${key}-${off}`).check();
      assert.equal(await byId(p, group).isVisible(), false, 'hidden when the condition does not hold');
      await byId(p, `${key}-${on}`).check();
      assert.equal(await byId(p, group).isVisible(), true, 'shown when it holds');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('a moderation begun asks for its moderator and date; a stray answer can be cleared; a signature needs a name', async () => {
    const { page: p, errors, close } = await openPage(browser, fileBase(built.site) + page);
    try {
      await byId(p, 'mod-agrees-1').check();  // does not agree: the moderator's own grade is asked
      assert.equal(await byId(p, 'mod-grade-group').isVisible(), true);
      await byId(p, 'mod-grade-2').check();
      await byId(p, 'mod-agrees-0').check();  // agrees after all: the grade is not asked, nor checked
      assert.equal(await byId(p, 'mod-grade-group').isVisible(), false);
      await byId(p, 'sig-auditor-date-day').fill('2');
      await byId(p, 'sig-auditor-date-month').fill('3');
      await byId(p, 'sig-auditor-date-year').fill('1899');
      await byId(p, 'qaf-save').click();
      const summary = await p.locator('.qaf-error-summary').innerText();
      assert.match(summary, /Enter the moderator\u2019s name/);
      assert.match(summary, /Enter the date of moderation/);
      assert.doesNotMatch(summary, /own grade|leave their own grade/);
      assert.match(summary, /must be a real date/, 'a year before 1900 is not read as a date');
      assert.match(summary, /Enter the name that goes with the date signed/);
      // Cleared, the moderation is not begun and asks nothing.
      await byId(p, 'mod-agrees-group').getByRole('button', { name: /Clear the answer/ }).click();
      assert.equal(await byId(p, 'mod-agrees-0').isChecked(), false);
      await byId(p, 'qaf-save').click();
      assert.doesNotMatch(await p.locator('.qaf-error-summary').innerText(), /moderator/);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  test('a draft is kept only when asked, and deleted', async () => {
    const { page: p, close } = await openPage(browser, fileBase(built.site) + page);
    try {
      await byId(p, 'h-child').fill('Draft Person');
      assert.equal(await p.evaluate(() => localStorage.length), 0);
      await byId(p, 'qaf-keep-draft').click();
      assert.equal(await p.evaluate(() => localStorage.length), 1);
      await p.reload();
      assert.equal(await byId(p, 'h-child').inputValue(), '', 'a reload does not fill the form by itself');
      await byId(p, 'qaf-restore-draft').click();
      assert.equal(await byId(p, 'h-child').inputValue(), 'Draft Person');
      await byId(p, 'qaf-delete-draft').click();
      assert.equal(await p.evaluate(() => localStorage.length), 0);
    } finally {
      await close();
    }
  });

  test('a record of another form is refused', async () => {
    const { page: p, close } = await openPage(browser, fileBase(built.site) + page);
    try {
      await p.locator('#qaf-open').setInputFiles(path.join(sourceDir, 'content/audits/northgate/ng-pc-0001.yaml'));
      assert.match(await byId(p, 'qaf-notice').innerText(), /not of this form/);
    } finally {
      await close();
    }
  });

  test('a hand-written record opens: the example records read as the form reads them', async () => {
    const { page: p, close } = await openPage(browser, fileBase(built.site) + page);
    try {
      await p.locator('#qaf-open').setInputFiles(path.join(sourceDir, 'content/audits/2026/eb-0018.yaml'));
      assert.match(await byId(p, 'qaf-notice').innerText(), /^Opened/);
      assert.equal(await byId(p, 'h-child').inputValue(), 'Kian Placeholder');
      assert.equal(await byId(p, 'q-workers-count').inputValue(), '1');
      assert.equal(await byId(p, 'q-last-seen-day').inputValue(), '4');
    } finally {
      await close();
    }
  });
});

// The record as `qaf dump` shows it, without where each part was written and with text as a form
// keeps it (a YAML block's last line break is not kept).
function comparable(x) {
  if (Array.isArray(x)) return x.map(comparable);
  if (x && typeof x === 'object')
    return Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'source').map(([k, v]) => [k, comparable(v)]));
  return typeof x === 'string' ? x.replace(/\s+$/, '') : x;
}

test('every example record opens on its form and saves back as the same record', async () => {
  const model = JSON.parse(execFileSync(qafBinary(), ['dump', sourceDir, '--json'], { encoding: 'utf8', maxBuffer: 256 << 20 }));
  const dir = fs.mkdtempSync(path.join(work, 'again-'));
  const { page: p, errors, close } = await openPage(browser);
  try {
    for (const rec of model.audits) {
      await p.goto(fileBase(built.site) + `${rec.framework}/forms/${rec.template}.html`);
      await p.locator('#qaf-open').setInputFiles(path.join(sourceDir, rec.source.replace(/:\d+:\d+$/, "")));
      assert.match(await byId(p, 'qaf-notice').innerText(), /^Opened/, rec.id);
      fs.writeFileSync(path.join(dir, `${rec.id}.yaml`), await p.evaluate(() => window.qafForm.yaml()));
    }
    const checked = checkRecords(dir);
    assert.equal(checked.status, 0, checked.output);
    const again = JSON.parse(execFileSync(qafBinary(), ['dump', sourceDir, '--json', '--audits', dir], { encoding: 'utf8', maxBuffer: 256 << 20 })).audits;
    assert.equal(again.length, model.audits.length);
    for (const rec of model.audits) assert.deepEqual(comparable(again.find((a) => a.id === rec.id)), comparable(rec), rec.id);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the northgate observation, filled with the keyboard only, saves a record qaf accepts', async () => {
  const page = 'northgate/forms/observation.html';
  const dir = fs.mkdtempSync(path.join(work, 'kbd-'));
  const { page: p, errors, requests, close } = await openPage(browser, fileBase(built.site) + page);
  try {
    requests.length = 0;
    const typed = new Map();
    // The lowest answer each number question takes, from the form's definition.
    const specs = new Map();
    const def = await p.evaluate(() => window.qafForm.definition);
    for (const sec of def.sections)
      for (const q of sec.questions || []) {
        specs.set(`q-${q.id}`, q);
        for (const cell of q.cells || []) specs.set(`q-${q.id}--${cell.column}`, cell);
      }
    const pressed = new Set();
    let download = null;
    p.on('download', (d) => { download = d; });
    // As a keyboard user does: the skip link first, past the site's header and search box.
    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate(() => document.activeElement.className), 'qaf-skip-link');
    await p.keyboard.press('Enter');
    for (let steps = 0; steps < 3000 && !download; steps++) {
      await p.keyboard.press('Tab');
      const f = await p.evaluate(() => {
        const e = document.activeElement;
        return { id: e.id, tag: e.tagName, type: e.type || '', mode: e.getAttribute('inputmode') || '', text: e.textContent };
      });
      if (f.tag === 'BUTTON') {
        if (f.id === 'qaf-save') { await p.keyboard.press('Enter'); break; }
        if (/-add$/.test(f.id) && !pressed.has(f.id)) { pressed.add(f.id); await p.keyboard.press('Enter'); await p.keyboard.press('Shift+Tab'); }
        continue;
      }
      if (f.tag === 'TEXTAREA' || (f.tag === 'INPUT' && f.type === 'text')) {
        let v = `Typed at the keyboard for ${f.id}`;
        if (/-day$/.test(f.id)) v = '27';
        else if (/-month$/.test(f.id)) v = '3';
        else if (/-year$/.test(f.id)) v = '2026';
        else if (f.mode === 'decimal') v = String(specs.get(f.id)?.min ?? 1);
        else if (f.id === 'record-id') { await p.keyboard.press('Control+A'); v = 'keyboard-record'; }
        await p.keyboard.type(v);
        typed.set(f.id, v);
      } else if (f.tag === 'INPUT' && (f.type === 'radio' || f.type === 'checkbox')) {
        await p.keyboard.press('Space');
      }
    }
    if (!download) {
      download = await p.waitForEvent('download', { timeout: 5000 }).catch(() => null);
      const summary = await p.locator('.qaf-error-summary').allInnerTexts();
      assert.ok(download, `saved with the keyboard; the form says: ${summary.join('\n')}`);
    }
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    assert.equal(download.suggestedFilename(), 'keyboard-record.yaml');
    const checked = checkRecords(dir);
    assert.equal(checked.status, 0, checked.output + '\n' + fs.readFileSync(file, 'utf8'));
    const got = dumpRecord(dir, 'keyboard-record');
    const texts = Object.values(got.header).concat(Object.values(got.answers).flatMap((a) => a.values.map((v) => v.text)));
    for (const [id, v] of typed) if (id.startsWith('h-') && !/-(day|month|year)$/.test(id)) assert.ok(texts.includes(v), `${id}: ${v}`);
    assert.ok(typed.size >= 5, `${typed.size} fields typed`);
    assert.deepEqual(requests.filter((u) => !u.startsWith('blob:')), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('over HTTP too: the riverside case audit filled, saved and accepted, with no request beyond the page', async () => {
  const web = await serve(built.site);
  const dir = fs.mkdtempSync(path.join(work, 'http-'));
  const { page: p, errors, requests, close } = await openPage(browser, web.base + 'riverside/forms/case-audit.html');
  try {
    const def = await p.evaluate(() => window.qafForm.definition);
    requests.length = 0;
    const want = await fillEverything(p, def, 'over-http');
    const saved = await save(p, dir);
    assert.deepEqual(requests.filter((u) => !u.startsWith('blob:')), []);
    const checked = checkRecords(dir);
    assert.equal(checked.status, 0, checked.output + '\n' + saved.text);
    compareRecord(dumpRecord(dir, 'over-http'), want);
    assert.deepEqual(errors, []);
  } finally {
    await close();
    await web.close();
  }
});

test('every form at 375 px: no sideways scrolling, axe 0 violations', async () => {
  for (const page of pages()) {
    const { page: p, close } = await openPage(browser, fileBase(built.site) + page, { viewport: { width: 375, height: 800 } });
    try {
      await byId(p, 'qaf-save').click();
      assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 375), `${page} fits 375 px`);
      assert.deepEqual(await axeViolations(p), [], page);
    } finally {
      await close();
    }
  }
});

test('the Nu HTML checker: every form page with and without errors showing has 0 errors', { skip: !process.env.QAF_JAVA && 'java is missing: the Nu HTML checker was not run' }, () => {
  assert.ok(htmlForVnu.length >= 2 * pages().length, `${htmlForVnu.length} pages kept for the checker`);
  const dir = fs.mkdtempSync(path.join(work, 'vnu-'));
  const files = htmlForVnu.map(([name, html]) => {
    fs.writeFileSync(path.join(dir, name), html);
    return path.join(dir, name);
  });
  const r = spawnSync(process.env.QAF_JAVA, ['-Xss4m', '-jar', require.resolve('vnu-jar/build/dist/vnu.jar'), '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const report = JSON.parse(r.stderr || r.stdout);
  const problems = report.messages.filter((m) => m.type === 'error').map((m) => `${path.basename(decodeURIComponent(m.url || ''))}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(problems, []);
});
