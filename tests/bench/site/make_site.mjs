// Benchmark input: writes a synthetic plain-SSG qaf project (qaf.yaml + content/**/*.md) of N pages.
//
//   node make_site.mjs --pages N --out DIR [--seed S]
//
// Deterministic: the same N and seed give the same bytes. Page i's words depend only on the seed
// and i (so the 1,000-page project is the first 1,000 pages of the 10,000-page one); only its
// links, which point at other pages of the same project, depend on N.
//
// Each page: front matter (title, order, summary), 200-800 words drawn from a fixed vocabulary of
// social-care words with a Zipf-like spread (a few words on every page, most on few), ## and ###
// headings, bullet and numbered lists, one table, emphasis, links to other pages (some to a
// heading's anchor), now and then a quote or a task list, standard numbers such as 2.10 and
// phrases such as "seen alone". About 1 page in 10 sits at the top of content/, the rest in
// one or two levels of sub-folders.
import fs from 'node:fs';
import path from 'node:path';

function parseArgs(argv) {
  const args = { pages: 0, out: '', seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--pages') args.pages = Number(value());
    else if (a === '--out') args.out = value();
    else if (a === '--seed') args.seed = Number(value());
    else throw new Error(`unknown argument ${a}`);
  }
  if (!Number.isInteger(args.pages) || args.pages < 1 || !args.out || !Number.isInteger(args.seed)) {
    throw new Error('usage: node make_site.mjs --pages N --out DIR [--seed S]');
  }
  return args;
}

// ---- deterministic randomness ------------------------------------------------------------------

// mulberry32: a small, fast 32-bit generator; one stream per (seed, page, purpose).
function rng(...keys) {
  let h = 0x9e3779b9;
  for (const k of keys) h = Math.imul(h ^ (k >>> 0), 0x85ebca6b) ^ (h >>> 13);
  let a = h >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // lo..hi inclusive
  next.pick = (list) => list[Math.floor(next() * list.length)];
  next.chance = (p) => next() < p;
  return next;
}

// ---- vocabulary ----------------------------------------------------------------------------------

// Ranked roughly by how often the words appear in practice guidance: sampling weight 1/(rank+2).
const VOCABULARY = `
the of and to a in for is be that with child children on are or by should this as family their
will at must plan care from social worker it have an can they not young people when any all
parents who practice assessment if where which within been safeguarding need needs support
team manager review record has there about each also were risk what how so more its what
visit visits seen alone services school health carers information decision decisions time
meeting agencies working days wishes feelings harm protection supervision case cases
recorded recording other these into made early help plans identified agreed professional
professionals after view views may before than further consider evidence being around
partner partners police outcome outcomes statutory strategy discussion enquiry section
conference core group chair independent reviewing officer looked after leaving leavers
foster fostering adoption placement placements kinship special guardianship residential
home homes education designated teacher virtual head personal pathway adviser
threshold referral referrals contact front door multi agency hub triage screening
allocated allocation duty timescale timescales weeks months quality assurance audit audits
auditor grading graded good outstanding requires improvement inadequate strengths gaps
learning action actions chronology genogram ecomap direct work voice lived experience
neglect domestic abuse violence exploitation criminal sexual online missing return interview
substance misuse mental parental capacity change relationship relationships trust consent
disability disabled transition adult adults court proceedings legal planning public law
outline letter before pre proceedings care order supervision order interim threshold
document documents write writing clear analysis summary reasons rationale reflective
reflection curiosity challenge escalation dispute resolution management oversight
signed authorised dated updated shared sent copy copies uploaded system electronic file
house housing income poverty culture identity religion language interpreter ethnicity
heritage faith community friends siblings sibling brother sister grandparent grandmother
aunt uncle father mother stepfather partner household members visitor visitors overnight
bedroom observed observation playing speaking told said asked reported described explained
worried worry concerns concern concerned strengths protective factors safety network
goals scaling questions signs best interests welfare checklist paramountcy principle
timeliness frequency contacts unannounced announced weekly fortnightly monthly six twelve
`.trim().split(/\s+/);
const WORDS = [...new Set(VOCABULARY)];
const CUMULATIVE = (() => {
  const c = [];
  let sum = 0;
  for (let r = 0; r < WORDS.length; r++) c.push((sum += 1 / (r + 2)));
  return c.map((x) => x / sum);
})();

function word(r) {
  const x = r();
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo];
}

// Phrases practitioners search for; one now and then replaces a run of words.
const PHRASES = [
  'seen alone', 'missing from care', 'child protection plan', 'strategy discussion',
  'section 47 enquiry', 'within 45 working days', 'initial child protection conference',
  'independent reviewing officer', 'return home interview', 'personal education plan',
  'pathway plan', 'management oversight', 'lived experience', 'voice of the child',
  'standard 2.10', 'standard 1.4', 'within 10 working days', 'every 6 weeks', 'team around the family',
];

const AREAS = [
  ['Assessment', 'assessment'], ['Child protection', 'child-protection'], ['Children in care', 'children-in-care'],
  ['Care leavers', 'care-leavers'], ['Fostering', 'fostering'], ['Adoption', 'adoption'],
  ['Supervision', 'supervision'], ['Recording', 'recording'], ['Early help', 'early-help'],
  ['Disabled children', 'disabled-children'], ['Exploitation', 'exploitation'], ['Court work', 'court-work'],
];
const SUBFOLDERS = ['procedures', 'guidance', 'practice-notes', 'templates-explained'];
const ASPECTS = [
  'visits', 'recording', 'management oversight', 'timescales', 'the voice of the child', 'planning',
  'reviews', 'escalation', 'working with partners', 'direct work', 'chronologies', 'case closure',
  'transfers between teams', 'consent and information sharing', 'supervision', 'quality assurance',
];
const HEADINGS = [
  'What this means', 'Who is involved', 'When to act', 'What good looks like', 'Timescales',
  'Recording', 'Management oversight', 'Working with partners', 'The voice of the child',
  'Common mistakes', 'Escalation', 'Further reading', 'Checklist', 'Key points',
];

// ---- text ---------------------------------------------------------------------------------------

// A sentence of n words (a phrase counts as its words), capitalised, with the odd emphasis.
function sentence(r, n, counter) {
  const out = [];
  while (out.length < n) {
    if (r.chance(0.04)) out.push(...r.pick(PHRASES).split(' '));
    else out.push(word(r));
  }
  out.length = n;
  counter.words += n;
  if (r.chance(0.15)) {
    const i = r.int(0, n - 1);
    out[i] = r.chance(0.5) ? `**${out[i]}**` : `*${out[i]}*`;
  }
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function titleCase(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function slugify(text) {
  // The same rule as qaf's heading ids for plain ASCII text (generator/markdown/markdown.cpp).
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// ---- pages --------------------------------------------------------------------------------------

// The fixed part of page i: where it lives, its title and its section headings.
function pageMeta(seed, i) {
  const r = rng(seed, i, 1);
  const [areaTitle, areaDir] = r.pick(AREAS);
  const aspect = r.pick(ASPECTS);
  const depth = r();
  let dir = '';
  if (depth >= 0.1) dir = areaDir;
  if (depth >= 0.55) dir += '/' + r.pick(SUBFOLDERS);
  const id = `p${String(i).padStart(5, '0')}-${slugify(areaTitle + ' ' + aspect)}`;
  const headings = [];
  const pool = HEADINGS.slice();
  for (let k = r.int(2, 5); k > 0; k--) headings.push(pool.splice(r.int(0, pool.length - 1), 1)[0]);
  return { id, dir, title: `${areaTitle}: ${aspect}`, headings, area: areaTitle.toLowerCase(), aspect };
}

function link(r, metas, counter) {
  const target = metas[r.int(0, metas.length - 1)];
  counter.words += 4; // about a title's length; a fixed count keeps page i's shape independent of N
  const anchor = r.chance(0.3) ? '#' + slugify(r.pick(target.headings)) : '';
  return `[${target.title.toLowerCase()}](page:${target.id}${anchor})`;
}

function paragraph(r, metas, counter) {
  const parts = [];
  for (let k = r.int(2, 5); k > 0; k--) parts.push(sentence(r, r.int(8, 22), counter));
  if (r.chance(0.4)) parts.push(`See ${link(r, metas, counter)}.`);
  return parts.join(' ');
}

function list(r, counter, ordered) {
  const items = [];
  for (let k = 1, n = r.int(3, 7); k <= n; k++) {
    const text = sentence(r, r.int(4, 12), counter).slice(0, -1);
    items.push(`${ordered ? `${k}.` : '-'} ${text}`);
  }
  return items.join('\n');
}

function taskList(r, counter) {
  const items = [];
  for (let k = r.int(3, 5); k > 0; k--) items.push(`- [${r.chance(0.5) ? 'x' : ' '}] ${sentence(r, r.int(3, 7), counter).slice(0, -1)}`);
  return items.join('\n');
}

function table(r, counter) {
  const cols = r.int(3, 4);
  const head = ['Task', 'Who', 'Timescale', 'Recorded in'].slice(0, cols);
  const who = ['Social worker', 'Team manager', 'IRO', 'Child protection chair', 'Personal adviser', 'Supervising social worker'];
  const when = ['within 24 hours', 'within 5 working days', 'within 10 working days', 'every 6 weeks', 'within 45 working days', 'monthly'];
  const where = ['case notes', 'the plan', 'supervision record', 'the assessment', 'the chronology'];
  const rows = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (let k = r.int(3, 6); k > 0; k--) {
    const task = sentence(r, r.int(3, 6), counter).slice(0, -1);
    const cells = [task, r.pick(who), r.pick(when), r.pick(where)].slice(0, cols);
    counter.words += cols - 1;
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

function pageText(seed, i, metas) {
  const meta = metas[i];
  const r = rng(seed, i, 2);
  const target = r.int(200, 800);
  const counter = { words: 0 };
  const blocks = [];
  const summary = sentence(r, r.int(10, 18), { words: 0 }).replace(/\*/g, "");
  if (r.chance(0.3)) blocks.push(`# ${meta.title}`);
  blocks.push(paragraph(r, metas, counter));
  let tableDone = false;
  let h = 0;
  while (counter.words < target) {
    // Section headings spread evenly through the page, so every one exists (links point at them).
    if (h < meta.headings.length && counter.words >= (target * h) / meta.headings.length) {
      blocks.push(`## ${meta.headings[h++]}`);
      counter.words += 2;
    } else if (r.chance(0.12)) {
      blocks.push(`### ${titleCase(r.pick(ASPECTS))} for ${meta.area}`);
      counter.words += 3;
    }
    const kind = r();
    if (!tableDone && (kind < 0.15 || counter.words > target * 0.6)) {
      blocks.push(table(r, counter));
      tableDone = true;
    } else if (kind < 0.3) blocks.push(list(r, counter, false));
    else if (kind < 0.38) blocks.push(list(r, counter, true));
    else if (kind < 0.41) blocks.push(taskList(r, counter));
    else if (kind < 0.45) blocks.push('> ' + paragraph(r, metas, counter));
    else blocks.push(paragraph(r, metas, counter));
  }
  if (!tableDone) blocks.push(table(r, counter));
  // A short page may end before its last sections: they still get one (links point at them).
  while (h < meta.headings.length) {
    blocks.push(`## ${meta.headings[h++]}`);
    blocks.push(paragraph(r, metas, counter));
  }
  const front = `---\ntitle: "${meta.title}"\norder: ${i + 1}\nsummary: "${summary}"\n---\n`;
  return front + blocks.join('\n\n') + '\n';
}

function main() {
  const { pages, out, seed } = parseArgs(process.argv.slice(2));
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'content'), { recursive: true });
  fs.writeFileSync(path.join(out, 'qaf.yaml'), 'title: Bench\n');
  const metas = [];
  for (let i = 0; i < pages; i++) metas.push(pageMeta(seed, i));
  const made = new Set();
  let bytes = 0;
  for (let i = 0; i < pages; i++) {
    const m = metas[i];
    const dir = path.join(out, 'content', m.dir);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const text = pageText(seed, i, metas);
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, m.id + '.md'), text);
  }
  console.log(`${pages} pages, ${made.size} folders, ${bytes} bytes of Markdown in ${out}`);
}

main();
