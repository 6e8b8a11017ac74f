// Site search client: loads the qaf index lazily via <script> shards (works from file://), ranks and lists results.
(function () {
  'use strict';

  const script = document.currentScript;
  const PAGE_SIZE = 10;
  const PREFIX_WEIGHT = 0.75; // a completed prefix ("safeg" -> "safeguarding") counts less than a typed word
  const MAX_PREFIX_SHARDS = 3; // a prefix spread over more term shards expands within its first shard only
  const PHRASE_BATCHES = 5; // a "More results" step checks at most this many pages of phrase candidates
  const DEBOUNCE_MS = 120;
  const STOP_WEIGHT = 0.1; // a little word ("how", "should") counts this much (when alone), and a document need not have it
  const SYNONYM_WEIGHT = 0.9; // a synonym from the framework's glossary counts a little less than the words typed
  const NEAR_BONUS = 0.5; // on the page shown, documents with the query's words close together move up
  const EXACT_BONUS = 0.3; // ... and documents with the words as typed ("scaling") above other forms ("scales")
  // Words of questions and joins that say little about what is wanted.
  const STOP = new Set(('about an and are as at be being but by can could did do does for from had has have how if in ' +
    'into is it its me must my need needs of on or our should so than that the their them then there these they ' +
    'this those to too us was we were what when where which who why will with would you your').split(' '));
  const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

  // ---- where the site and the index are ---------------------------------------------------------------

  function withSlash(path) {
    return path && !path.endsWith('/') ? path + '/' : path;
  }
  const dataset = (script && script.dataset) || {};
  const root = withSlash(dataset.root != null ? dataset.root : document.documentElement.dataset.root || '');
  const indexBase = root + withSlash(dataset.index || 'search');

  // ---- loading JSONP-style index files ----------------------------------------------------------------

  const loaded = new Map(); // key -> promise of the file's payload
  const waiting = new Map(); // key -> resolve, until the file's script calls the registry

  function settle(key, value) {
    const resolve = waiting.get(key);
    if (resolve) {
      waiting.delete(key);
      resolve(value);
    }
  }

  function load(key, path) {
    let promise = loaded.get(key);
    if (promise) return promise;
    promise = new Promise((resolve, reject) => {
      waiting.set(key, resolve);
      const tag = document.createElement('script');
      tag.src = indexBase + path;
      tag.async = true;
      const fail = (why) => {
        waiting.delete(key);
        loaded.delete(key); // a later query may try again
        reject(new Error(why + ': ' + tag.src));
      };
      tag.onload = () => {
        tag.remove();
        if (waiting.has(key)) fail('index file did not register');
      };
      tag.onerror = () => {
        tag.remove();
        fail('cannot load index file');
      };
      document.head.appendChild(tag);
    });
    loaded.set(key, promise);
    return promise;
  }

  const registry = {
    manifest(data) {
      settle('manifest', data);
    },
    terms(shard, flat) {
      const map = new Map();
      for (let i = 0; i + 1 < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
      settle('terms/' + shard, map);
    },
    doc(id, data) {
      settle('docs/' + id, data);
    },
    tokenize: tokenize,
  };
  window.qafSearch = registry;
  // For the browser tests of the correction step (tests/browser/search.test.mjs); the page never calls them.
  registry.internals = {
    editDistance: (a, b, limit) => editDistance(a, b, limit),
    typoLimit: (term) => typoLimit(term),
    nearestTerm: (term) => loadManifest().then((m) => nearestTerm(m, term)),
  };

  const loadManifest = () => load('manifest', 'manifest.js');
  const loadShard = (n) => load('terms/' + n, 'terms/' + n + '.js');
  const loadDoc = (id) => load('docs/' + id, 'docs/' + id + '.js');

  // ---- tokenizer: the twin of generator/search/tokenizer.cpp -------------------------------------------

  const MAX_WORD_CHARS = 40;

  // 0 word, 1 separator, 2 ignored (see char_fold.cpp)
  function charClass(cp) {
    if (cp < 0x80) {
      return (cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) ? 0 : 1;
    }
    if (cp >= 0x300 && cp <= 0x36f) return 2;
    if (cp <= 0xbf || cp === 0xd7 || cp === 0xf7) return 1;
    if (cp >= 0x2000 && cp <= 0x2bff) return 1;
    if (cp >= 0x3000 && cp <= 0x303f) return 1;
    if (cp >= 0xd800 && cp <= 0xdfff) return 1; // lone surrogate: malformed, as in C++
    if (cp >= 0xfe00 && cp <= 0xfe0f) return 2;
    if (cp === 0xfeff || cp === 0xfffd) return 1;
    if (cp >= 0x1f000 && cp <= 0x1faff) return 1;
    return 0;
  }

  function fold(cp, ch) {
    if (cp < 0x80) return ch.toLowerCase();
    if (cp >= 0xc0 && cp <= 0x24f) return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    return ch;
  }

  const isDigit = (cp) => cp >= 48 && cp <= 57;

  // Words of `text` as {term, pos, start, end}; start/end are offsets into `text` for highlighting.
  function tokenize(text) {
    const out = [];
    let word = '';
    let chars = 0;
    let lastDigit = false;
    let start = 0;
    let pos = 0;
    const flush = (end) => {
      if (chars === 0) return;
      const oneLetter = chars === 1 && !isDigit(word.charCodeAt(0));
      if (!oneLetter && chars <= MAX_WORD_CHARS) out.push({ term: word, pos: pos, start: start, end: end });
      pos++;
      word = '';
      chars = 0;
      lastDigit = false;
    };
    let i = 0;
    while (i < text.length) {
      const cp = text.codePointAt(i);
      const width = cp > 0xffff ? 2 : 1;
      const cls = charClass(cp);
      if (cls === 0) {
        if (chars === 0) start = i;
        word += fold(cp, text.slice(i, i + width));
        chars++;
        lastDigit = isDigit(cp);
      } else if (cls === 1) {
        if (cp === 46 && lastDigit && isDigit(text.charCodeAt(i + 1))) {
          word += '.';
          chars++;
          lastDigit = false;
        } else {
          flush(i);
        }
      }
      i += width;
    }
    flush(text.length);
    return out;
  }

  const exactOnly = (term) => term.includes('.');

  // ---- queries ----------------------------------------------------------------------------------------

  // A query is a list of clauses: {term, prefix, stop} for a word, {phrase: [{term, offset}]} for a quoted
  // phrase (required). The last word is a prefix while the user is still typing it.
  function parseQuery(text) {
    const clauses = [];
    const seen = new Set();
    const parts = text.split(/["\u201c\u201d]/);
    parts.forEach((part, index) => {
      const tokens = tokenize(part);
      if (index % 2 === 1 && tokens.length > 1) {
        const base = tokens[0].pos;
        clauses.push({ phrase: tokens.map((t) => ({ term: t.term, offset: t.pos - base })) });
        return;
      }
      for (const t of tokens) {
        if (seen.has(t.term)) continue;
        seen.add(t.term);
        clauses.push({ term: t.term, prefix: false, stop: STOP.has(t.term) });
      }
    });
    // The word under the cursor is a prefix: the text ends inside it, outside quotes.
    const words = tokenize(text);
    const end = words[words.length - 1];
    const last = clauses[clauses.length - 1];
    if (last && !last.phrase && end && end.end === text.length && end.term === last.term && parts.length % 2 === 1) {
      last.prefix = !exactOnly(last.term);
    }
    return clauses;
  }

  // Code point order, the order of the C++ builder's byte-sorted terms.
  function compare(a, b) {
    const x = Array.from(a);
    const y = Array.from(b);
    for (let i = 0; i < x.length && i < y.length; i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d !== 0) return d;
    }
    return x.length - y.length;
  }

  // The shard that holds `term`: the last whose boundary is <= term (mirrors shard_for_term in C++).
  function shardOf(manifest, term) {
    const bounds = manifest.terms;
    let lo = 0;
    let hi = bounds.length; // first boundary > term
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(bounds[mid], term) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  }

  const VALUE = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

  const decoded = new Map(); // postings text -> {docs, impacts}
  function decode(text) {
    let hit = decoded.get(text);
    if (hit) return hit;
    const docs = [];
    const impacts = [];
    let previous = -1;
    let i = 0;
    while (i < text.length) {
      let gap = 0;
      let v;
      do {
        v = VALUE[text.charCodeAt(i++)];
        gap = gap * 32 + (v & 31);
      } while (v >= 32);
      previous += gap + 1;
      docs.push(previous);
      impacts.push(VALUE[text.charCodeAt(i++)] / 63);
    }
    hit = { docs: docs, impacts: impacts };
    decoded.set(text, hit);
    return hit;
  }

  // A term shard entry: postings of a stem, "=stem" for a word whose stem differs, both ("P=stem")
  // for a word that is also another's stem; "~" first for a stem that is no word of the site.
  function entry(value) {
    const word = value[0] !== '~';
    const body = word ? value : value.slice(1);
    const eq = body.indexOf('=');
    return { word: word, postings: eq < 0 ? body : body.slice(0, eq), stem: eq < 0 ? null : body.slice(eq + 1) };
  }

  const shardMaps = []; // term shards loaded so far, by number: what highlighting can look up at once
  async function lookup(manifest, term) {
    const n = shardOf(manifest, term);
    const shard = await loadShard(n);
    shardMaps[n] = shard;
    const value = shard.get(term);
    return value === undefined ? null : entry(value);
  }

  // The stem a word of the site stands for, from the shards already loaded ("visiting" -> "visit");
  // the word itself when its shard is not loaded or it is no word of the site.
  function stemKnown(manifest, term) {
    const shard = shardMaps[shardOf(manifest, term)];
    const value = shard && shard.get(term);
    return value === undefined || value === null ? term : entry(value).stem || term;
  }

  // The postings of a stem ("" when the site has none).
  async function postingsOf(manifest, stem) {
    const e = await lookup(manifest, stem);
    return e ? e.postings : '';
  }

  // The stems a clause stands for, with their weights: [{key, weight, postings}]; `exact` is the stem
  // of the word as typed (null when the site lacks it), which synonyms are matched on.
  async function expand(manifest, clause) {
    if (clause.phrase) {
      return Promise.all(clause.phrase.map((p) => expand(manifest, { term: p.term, prefix: false })));
    }
    const keys = new Map(); // stem -> weight
    const own = await lookup(manifest, clause.term);
    // A word no page holds may still be a glossary name ("CiCC"): synonyms match it as typed.
    clause.exact = own ? own.stem || clause.term : clause.term;
    if (own) keys.set(clause.exact, 1);
    if (clause.prefix) {
      const first = shardOf(manifest, clause.term);
      let last = shardOf(manifest, clause.term + '\u{10ffff}');
      if (last - first >= MAX_PREFIX_SHARDS) last = first;
      const shards = [];
      for (let n = first; n <= last; n++) shards.push(loadShard(n).then((map) => (shardMaps[n] = map)));
      for (const shard of await Promise.all(shards)) {
        for (const [term, value] of shard) {
          if (term === clause.term || !term.startsWith(clause.term) || exactOnly(term)) continue;
          const e = entry(value);
          for (const key of [e.stem, e.postings ? term : null]) {
            if (key && !keys.has(key)) keys.set(key, PREFIX_WEIGHT);
          }
        }
      }
    }
    const out = [];
    for (const [key, weight] of keys) {
      const postings = await postingsOf(manifest, key);
      if (postings) out.push({ key: key, weight: weight, postings: postings });
    }
    return out;
  }

  // ---- "showing results for": the nearest words of the index to a word it does not hold --------------

  // Edit distance with adjacent transpositions (optimal string alignment), stopping early past `limit`.
  function editDistance(a, b, limit) {
    const x = Array.from(a);
    const y = Array.from(b);
    if (Math.abs(x.length - y.length) > limit) return limit + 1;
    let before = null;
    let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
      const row = [i];
      let best = i;
      for (let j = 1; j <= y.length; j++) {
        const cost = x[i - 1] === y[j - 1] ? 0 : 1;
        let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (before && i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2] + 1);
        row.push(d);
        best = Math.min(best, d);
      }
      if (best > limit) return limit + 1;
      before = prev;
      prev = row;
    }
    return prev[y.length];
  }

  // How far a word may be from the one meant: none for short words and numbers, 1, or 2 from 8 letters.
  function typoLimit(term) {
    const n = Array.from(term).length;
    if (n < 4 || /\d/.test(term)) return 0;
    return n >= 8 ? 2 : 1;
  }

  // The word of the site nearest to `term` (within its limit), found in the term's own shard and its
  // neighbours: the terms are sorted, so a slip after the first letters stays near. Only words the site
  // holds as written are offered (not bare stems). Ties go to the word more documents hold.
  async function nearestTerm(manifest, term) {
    const limit = typoLimit(term);
    if (!limit) return null;
    const at = shardOf(manifest, term);
    const numbers = [at - 1, at, at + 1].filter((n) => n >= 0 && n < manifest.terms.length);
    const near = [];
    for (const shard of await Promise.all(numbers.map(loadShard))) {
      for (const [candidate, value] of shard) {
        if (candidate === term || exactOnly(candidate)) continue;
        const e = entry(value);
        if (!e.word) continue;
        const d = editDistance(term, candidate, limit);
        if (d > limit) continue;
        near.push({ term: candidate, d: d, stem: e.stem, postings: e.postings });
      }
    }
    let best = null;
    for (const c of near) {
      // How many documents hold the word in any form: its stem's postings.
      const df = decode(c.stem ? await postingsOf(manifest, c.stem) : c.postings).docs.length;
      if (!best || c.d < best.d || (c.d === best.d && df > best.df)) best = { term: c.term, d: c.d, df: df };
    }
    return best && best.term;
  }

  // The query with each word the site lacks (and no completion of it) replaced by its nearest word;
  // null when no word needs it or none is near. Quoted phrases are meant as written.
  async function correctQuery(manifest, clauses, expansions) {
    if (clauses.some((c) => c.phrase)) return null;
    // A word of a framework's glossary names is meant as typed, even where no page holds it.
    const named = new Set();
    for (const [, groups] of manifest.synonyms || []) for (const g of groups) for (const a of g) a.split(' ').forEach((w) => named.add(w));
    const words = [];
    let changed = false;
    for (let i = 0; i < clauses.length; i++) {
      const c = clauses[i];
      const near = expansions[i].length || c.stop || named.has(c.term) ? null : await nearestTerm(manifest, c.term);
      if (near) changed = true;
      words.push(near || c.term);
    }
    return changed ? words.join(' ') : null;
  }

  function idf(n, df) {
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  // Best score of one word clause per document: Map doc -> score.
  function scoreTerms(manifest, expansions) {
    const scores = new Map();
    for (const e of expansions) {
      const list = decode(e.postings);
      const weight = e.weight * idf(manifest.docs, list.docs.length);
      for (let i = 0; i < list.docs.length; i++) {
        const s = weight * list.impacts[i];
        const old = scores.get(list.docs[i]);
        if (old === undefined || s > old) scores.set(list.docs[i], s);
      }
    }
    return scores;
  }

  // Documents holding every one of `maps` (the words of a phrase), scored by the sum; adjacency is
  // checked later, as the documents load.
  function scoreAll(maps) {
    if (!maps.length) return new Map();
    const out = new Map();
    for (const [doc, s] of maps[0]) {
      let total = s;
      let all = true;
      for (let i = 1; i < maps.length && all; i++) {
        const t = maps[i].get(doc);
        if (t === undefined) all = false;
        else total += t;
      }
      if (all) out.set(doc, total);
    }
    return out;
  }

  function groupOf(manifest, doc) {
    const groups = manifest.groups;
    let lo = 0;
    let hi = groups.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (groups[mid][2] <= doc) lo = mid;
      else hi = mid - 1;
    }
    return groups[lo];
  }

  // Units of the query for one framework's documents: a run of typed words that is one of the
  // framework's synonyms ("personal education plan") becomes one unit that any of its group's
  // alternatives ("pep") satisfies. Returns null when no synonym of the framework is in the query.
  async function synonymUnits(manifest, groups, clauses, units) {
    const typed = clauses.map((c) => (c.phrase ? null : c.exact));
    const matches = [];
    for (const group of groups) {
      for (const alternative of group) {
        const words = alternative.split(' ');
        for (let i = 0; i + words.length <= typed.length; i++) {
          if (words.every((w, k) => typed[i + k] === w)) matches.push({ start: i, length: words.length, group: group });
        }
      }
    }
    if (!matches.length) return null;
    matches.sort((a, b) => b.length - a.length || a.start - b.start);
    const taken = new Array(clauses.length).fill(false);
    const out = units.slice();
    for (const m of matches) {
      if (taken.slice(m.start, m.start + m.length).some(Boolean)) continue;
      taken.fill(true, m.start, m.start + m.length);
      const typedText = typed.slice(m.start, m.start + m.length).join(' ');
      const span = units.slice(m.start, m.start + m.length);
      const counted = span.filter((u) => u.counts);
      // The words as typed score as they would without synonyms, and count for the words a document
      // holds (`cover`), so that frameworks with and without a glossary rank alike.
      const scores = new Map();
      const cover = new Map();
      for (const u of span) {
        for (const [doc, s] of u.scores) {
          scores.set(doc, (scores.get(doc) || 0) + u.weight * s);
          if (u.counts) cover.set(doc, (cover.get(doc) || 0) + 1);
        }
      }
      const keys = span.flatMap((u) => u.keys);
      // Another name scores as one term would: its rarest word's weight times its weakest word's
      // impact, as many times as the words it stands for; long names earn nothing for their length.
      for (const alternative of m.group) {
        if (alternative === typedText) continue;
        const lists = [];
        for (const w of alternative.split(' ')) {
          lists.push(decode(await postingsOf(manifest, w)));
          keys.push(w);
        }
        if (lists.some((l) => !l.docs.length)) continue;
        const rarest = Math.max(...lists.map((l) => idf(manifest.docs, l.docs.length)));
        const at = lists.map((l) => new Map(l.docs.map((d, i) => [d, l.impacts[i]])));
        for (const doc of lists[0].docs) {
          if (!at.every((a) => a.has(doc))) continue;
          const s = SYNONYM_WEIGHT * Math.max(1, counted.length) * rarest * Math.min(...at.map((a) => a.get(doc)));
          if (s > (scores.get(doc) || 0)) scores.set(doc, s);
          cover.set(doc, Math.max(1, counted.length)); // another name holds all the words it stands for
        }
      }
      // It stands for the words typed: in the share of the query a document holds, it counts as many.
      const unit = { scores: scores, weight: 1, counts: true, size: Math.max(1, counted.length), cover: cover, keys: keys };
      out[m.start] = unit;
      for (let k = 1; k < m.length; k++) out[m.start + k] = null;
    }
    return out.filter(Boolean);
  }

  // Ranks the documents for `clauses` under the filters. Every word counts: a document's score is the
  // sum of its words' BM25 scores, times the square of the share of the query's words it holds, so
  // documents with every word come first and those with some follow, without a cliff. Little words
  // ("how", "should", "what") weigh little and are not needed. Returns {ids, scores, partial, keys}:
  // partial when no document holds every word; keys, the stems matched (for highlighting).
  async function rank(manifest, clauses, filter, perClause) {
    const base = clauses.map((c, i) => ({
      scores: c.phrase ? scoreAll(perClause[i].map((e) => scoreTerms(manifest, e))) : scoreTerms(manifest, perClause[i]),
      weight: c.stop ? STOP_WEIGHT : 1,
      counts: !c.stop,
      keys: (c.phrase ? perClause[i].flat() : perClause[i]).map((e) => e.key),
    }));
    if (!base.some((u) => u.counts)) base.forEach((u) => (u.counts = true)); // a query of little words only
    const fwOf = (doc) => groupOf(manifest, doc)[0];
    const variants = new Map(); // framework index -> its units, when its synonyms change them
    for (const [framework, groups] of manifest.synonyms || []) {
      if (filter.framework && manifest.frameworks[framework][0] !== filter.framework) continue;
      const units = await synonymUnits(manifest, groups, clauses, base);
      if (units) variants.set(framework, units);
    }
    const allowed = (doc) => {
      const g = groupOf(manifest, doc);
      const fw = g[0] < 0 ? '' : manifest.frameworks[g[0]][0];
      return (!filter.framework || fw === filter.framework) && (!filter.kind || manifest.kinds[g[1]][0] === filter.kind) &&
        (!filter.changed || filter.changed.has(doc));
    };
    const candidates = new Set();
    for (const units of [base].concat([...variants.values()])) for (const u of units) for (const doc of u.scores.keys()) candidates.add(doc);
    const scores = new Map();
    let complete = false;
    for (const doc of candidates) {
      if (!allowed(doc)) continue;
      const units = variants.get(fwOf(doc)) || base;
      let total = 0;
      let need = 0;
      let have = 0;
      for (const u of units) {
        const s = u.scores.get(doc);
        if (u.counts) need += u.size || 1;
        if (s === undefined) continue;
        total += u.weight * s;
        if (u.counts) have += u.cover ? u.cover.get(doc) || 0 : u.size || 1;
      }
      if (!have) continue;
      const share = have / need;
      if (have === need) complete = true;
      scores.set(doc, total * share * share);
    }
    const ids = [...scores.keys()].sort((a, b) => scores.get(b) - scores.get(a) || a - b);
    // The stems each document's words are matched on, for highlighting: a framework's synonyms
    // mark words in that framework's documents only.
    const keysOf = (units) => new Set(units.flatMap((u) => u.keys));
    const baseKeys = keysOf(base);
    const variantKeys = new Map([...variants].map(([f, units]) => [f, keysOf(units)]));
    const keys = (doc) => variantKeys.get(fwOf(doc)) || baseKeys;
    // For nearness on the page shown: which word of the query (a counted clause) a stem belongs to.
    const units = base.map((u, i) => ({ keys: new Set(u.keys), prefix: clauses[i].prefix ? clauses[i].term : null, counts: u.counts }));
    return { ids: ids, scores: scores, partial: !complete && ids.length > 0 && clauses.length > 1, keys: keys, units: units };
  }

  // Runs a parsed query: its words looked up, then ranked. Adds `expansions` (per clause) to rank's answer.
  async function search(manifest, clauses, filter) {
    // Little words are not looked up when the query has other words: they would add term shards for
    // almost nothing. Synonyms still see them as typed ("child in need").
    const content = clauses.some((c) => c.phrase || !c.stop);
    const skip = (c) => content && !c.phrase && c.stop;
    const expansions = await Promise.all(clauses.map((c) => (skip(c) ? [] : expand(manifest, c))));
    clauses.forEach((c) => skip(c) && (c.exact = c.term));
    const ranked = await rank(manifest, clauses, filter, expansions);
    ranked.expansions = expansions;
    return ranked;
  }

  // The share of the query's words (not little ones) a document holds as typed, or as a completion of
  // the word being typed.
  function asWritten(doc, clauses) {
    const words = clauses.filter((c) => !c.phrase && !c.stop);
    if (!words.length) return 0;
    const terms = new Set();
    for (const text of [doc.title].concat(doc.headings, [doc.body])) for (const t of tokenize(text)) terms.add(t.term);
    const has = (c) => terms.has(c.term) || (c.prefix && [...terms].some((t) => t.startsWith(c.term)));
    return words.filter(has).length / words.length;
  }

  // ---- matching words in a document's text -----------------------------------------------------------

  // Whether a word of a document's text is one the query matched: the same stem, or a completion of
  // the word being typed.
  function matcher(manifest, clauses, keys) {
    const prefixes = clauses.filter((c) => c.prefix).map((c) => c.term);
    return (term) => keys.has(stemKnown(manifest, term)) || prefixes.some((p) => term.startsWith(p) && !exactOnly(term));
  }

  // Loads the term shards of a document's words that may be forms of a phrase's words (the same first
  // three letters), so that hasPhrase knows their stems.
  async function loadForms(manifest, doc, phrases) {
    const starts = new Set(phrases.flat().map((p) => p.term.slice(0, 3)));
    const words = new Set();
    for (const text of [doc.title].concat(doc.headings, [doc.body])) {
      for (const t of tokenize(text)) if (starts.has(t.term.slice(0, 3)) && !shardMaps[shardOf(manifest, t.term)]) words.add(t.term);
    }
    await Promise.all([...words].map((w) => lookup(manifest, w)));
  }

  // A quoted phrase's words adjacent and in order, each word in any of its forms ("pathway plans").
  function hasPhrase(manifest, doc, phrase) {
    const want = phrase.map((p) => ({ stem: stemKnown(manifest, p.term), offset: p.offset }));
    const fields = [doc.title].concat(doc.headings, [doc.body]);
    return fields.some((text) => {
      const at = new Map();
      for (const t of tokenize(text)) at.set(t.pos, stemKnown(manifest, t.term));
      for (const [pos, stem] of at) {
        if (stem === want[0].stem && want.every((p) => at.get(pos + p.offset) === p.stem)) return true;
      }
      return false;
    });
  }

  // How close together a document holds the query's words: 1 when every matched word of the query sits
  // within a window of a few words (or all are in the title), falling to 0 as they spread.
  function nearness(doc, isHitOf, units) {
    if (units < 2) return 0;
    let best = 0;
    for (const text of [doc.title].concat(doc.headings, [doc.body])) {
      const tokens = tokenize(text);
      const last = new Map(); // unit -> position last seen
      for (const t of tokens) {
        const u = isHitOf(t.term);
        if (u < 0) continue;
        last.set(u, t.pos);
        if (last.size < 2) continue;
        const span = t.pos - Math.min(...last.values()) + 1;
        const covered = last.size / units;
        best = Math.max(best, covered * Math.min(1, (units + 2) / span));
      }
    }
    return best;
  }

  // About `size` words of `text` around its densest cluster of matches, as [text, marked] pieces.
  function snippet(text, isHit, size) {
    const tokens = tokenize(text);
    const hits = [];
    tokens.forEach((t, i) => {
      if (isHit(t.term)) hits.push(i);
    });
    let from = 0;
    let most = 0;
    for (const h of hits) {
      const start = Math.max(0, h - 3); // a few words of context before the match
      const count = hits.filter((k) => k >= start && k < start + size).length;
      if (count > most) {
        most = count;
        from = start;
      }
    }
    if (!tokens.length) return [[text.slice(0, 200), false]];
    const to = Math.min(tokens.length, from + size) - 1;
    const begin = from === 0 ? 0 : tokens[from].start;
    const end = to === tokens.length - 1 ? text.length : tokens[to].end;
    return highlight(text.slice(begin, end), isHit, begin > 0, end < text.length);
  }

  function highlight(text, isHit, before, after) {
    const pieces = [];
    let at = 0;
    for (const t of tokenize(text)) {
      if (!isHit(t.term)) continue;
      if (t.start > at) pieces.push([text.slice(at, t.start), false]);
      pieces.push([text.slice(t.start, t.end), true]);
      at = t.end;
    }
    if (at < text.length) pieces.push([text.slice(at), false]);
    if (before) pieces.unshift(['\u2026 ', false]);
    if (after) pieces.push([' \u2026', false]);
    return pieces;
  }

  // ---- the page -------------------------------------------------------------------------------------

  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text != null) el.textContent = text;
    return el;
  }

  function appendPieces(parent, pieces) {
    for (const [text, marked] of pieces) {
      parent.appendChild(marked ? element('mark', null, text) : document.createTextNode(text));
    }
  }

  function safeHref(doc) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(doc.url) || doc.url.startsWith('/')) return null;
    return root + doc.url + (doc.anchor ? '#' + encodeURIComponent(doc.anchor) : '');
  }

  let uid = 0;

  function enhance(form) {
    const input = form.querySelector('input[type="search"]');
    if (!input || form.dataset.qafSearchReady) return;
    form.dataset.qafSearchReady = 'true';
    const id = ++uid;
    let container = form.dataset.results && document.getElementById(form.dataset.results);
    if (!container) {
      container = element('div', 'qaf-search-results');
      form.insertAdjacentElement('afterend', container);
    }
    const status = element('p', 'qaf-search-status');
    status.setAttribute('role', 'status'); // the live region: result counts are announced, lists are not
    const list = element('ol', 'qaf-search-list');
    list.hidden = true;
    const more = element('button', 'qaf-search-more', 'More results');
    more.type = 'button';
    more.hidden = true;
    // On a framework's pages results come from that framework first; one click widens them to all.
    const widen = element('button', 'qaf-search-all', 'Search all frameworks');
    widen.type = 'button';
    widen.hidden = true;
    // For a query that finds nothing: "Did you mean <words>?", the words a button that searches for them.
    const suggestion = element('p', 'qaf-search-suggestion');
    suggestion.hidden = true;
    container.append(status, suggestion, widen, list, more);
    container.removeAttribute('aria-live'); // the status line is the live region; a live list reads every result aloud
    input.setAttribute('autocomplete', 'off');

    let manifest = null;
    let filters = { framework: null, kind: null, changed: null };
    let changedIn = new Map(); // doc -> the version it changed in (the manifest's "changed")
    let generation = 0; // a newer query makes older answers stale
    let asTyped = null; // a query the reader asked to search as typed, not corrected
    let state = null;
    let timer = 0;

    // "Only what changed in the latest version": a checkbox, when the index says anything changed.
    function changedBox() {
      const existing = form.querySelector('input[name="changed"]');
      if (existing || !changedIn.size) return existing ? existing.parentNode : null;
      const wrap = element('span', 'qaf-search-filter qaf-search-filter--check');
      const box = element('input');
      box.type = 'checkbox';
      box.name = 'changed';
      box.value = '1';
      box.id = 'qaf-search-changed-' + id;
      const lab = element('label', null, 'Only what changed in the latest version');
      lab.htmlFor = box.id;
      wrap.append(box, lab);
      return wrap;
    }

    function selectFor(name, label, allLabel, options) {
      const existing = form.querySelector('select[name="' + name + '"]');
      if (existing || options.length < 2) return existing;
      const wrap = element('span', 'qaf-search-filter');
      const select = element('select');
      select.name = name;
      select.id = 'qaf-search-' + name + '-' + id;
      const lab = element('label', null, label);
      lab.htmlFor = select.id;
      select.appendChild(new Option(allLabel, ''));
      for (const [value, text] of options) select.appendChild(new Option(text, value));
      wrap.append(lab, select);
      return wrap;
    }

    function ensureIndex() {
      return loadManifest().then((m) => {
        if (m.version !== 1) throw new Error('the search index is of an unknown version');
        if (manifest) return m;
        manifest = m;
        const box = element('div', 'qaf-search-filters');
        // A draft or superseded framework says so in the filter as in the results.
        const named = m.frameworks.map((f) => [f[0], f[2] ? f[1] + ' (' + f[2].toLowerCase() + ')' : f[1]]);
        const fw = selectFor('framework', 'Framework', 'All frameworks', named);
        const kind = selectFor('kind', 'Kind', 'All kinds', m.kinds);
        changedIn = new Map(m.changed || []);
        const changed = changedBox();
        for (const part of [fw, kind, changed]) if (part && !part.isConnected) box.appendChild(part);
        if (box.childNodes.length) form.appendChild(box);
        filters.framework = form.querySelector('select[name="framework"]');
        filters.kind = form.querySelector('select[name="kind"]');
        filters.changed = form.querySelector('input[name="changed"]');
        for (const s of [filters.framework, filters.kind, filters.changed]) if (s) s.addEventListener('change', () => run());
        widen.addEventListener('click', () => {
          if (filters.framework) filters.framework.value = '';
          run();
          input.focus();
        });
        applyParams();
        return m;
      });
    }

    // ?q=...&framework=...&kind=... in the page address starts a search (the form's own GET submission).
    function applyParams() {
      const params = new URLSearchParams(location.search);
      for (const key of ['framework', 'kind']) {
        const s = filters[key];
        if (s && params.get(key)) s.value = params.get(key);
      }
      if (filters.changed && params.get('changed')) filters.changed.checked = true;
      // Searching from a framework's page looks in that framework unless the address says otherwise.
      const here = form.dataset.framework;
      if (filters.framework && !params.has('framework') && here &&
          [...filters.framework.options].some((o) => o.value === here)) filters.framework.value = here;
    }

    function clear(message) {
      state = null;
      list.replaceChildren();
      list.hidden = true;
      more.hidden = true;
      widen.hidden = true;
      suggestion.hidden = true;
      status.textContent = message || '';
    }

    async function run() {
      const text = input.value;
      const mine = ++generation;
      let clauses = parseQuery(text);
      if (!clauses.length) {
        clear(text.trim() ? 'Type at least two letters or a number.' : '');
        return;
      }
      try {
        const m = await ensureIndex();
        const filter = {
          framework: filters.framework ? filters.framework.value : '',
          kind: filters.kind ? filters.kind.value : '',
          changed: filters.changed && filters.changed.checked ? changedIn : null, // docs kept: those that changed
        };
        let ranked = await search(m, clauses, filter);
        let query = text.trim();
        let corrected = null;
        let missing = null; // the words no page holds, when the words typed found pages with the others
        // A word the site lacks is likely misspelt: search for the nearest words instead, and say so,
        // unless the reader asked for the words as typed ("Search instead for ...").
        if (text !== asTyped) {
          const better = await correctQuery(m, clauses, ranked.expansions);
          if (mine !== generation) return;
          const retry = better && parseQuery(better);
          const again = retry && (await search(m, retry, filter));
          if (again && again.ids.length) {
            missing = ranked.ids.length ? clauses.filter((c, i) => c.term !== retry[i]?.term).map((c) => c.term) : null;
            corrected = query;
            query = better;
            clauses = retry;
            ranked = again;
          }
        }
        if (mine !== generation) return;
        const unitOf = (term) => {
          const stem = stemKnown(m, term);
          return ranked.units.findIndex((u) => u.counts && (u.keys.has(stem) || (u.prefix && term.startsWith(u.prefix))));
        };
        state = {
          generation: mine,
          query: query,
          corrected: corrected,
          missing: missing,
          clauses: clauses,
          ids: ranked.ids,
          scores: ranked.scores,
          partial: ranked.partial,
          phrases: clauses.filter((c) => c.phrase).map((c) => c.phrase),
          next: 0,
          shown: 0,
          isHit: (doc) => matcher(m, clauses, ranked.keys(doc)),
          unitOf: unitOf,
          units: ranked.units.filter((u) => u.counts).length,
        };
        list.replaceChildren();
        await showMore(mine);
      } catch (err) {
        if (mine === generation) clear('Search is unavailable: ' + err.message);
      }
    }

    async function showMore(mine) {
      const s = state;
      let added = 0;
      for (let batch = 0; added < PAGE_SIZE && s.next < s.ids.length; batch++) {
        if (s.phrases.length && batch >= PHRASE_BATCHES) break;
        const ids = s.ids.slice(s.next, s.next + PAGE_SIZE - added);
        s.next += ids.length;
        const docs = await Promise.all(ids.map(loadDoc));
        if (s.phrases.length) await Promise.all(docs.map((doc) => loadForms(manifest, doc, s.phrases)));
        if (mine !== generation) return;
        let order = ids.map((_, i) => i);
        if (s.next === ids.length) {
          // The first page: documents holding the words close together, and as typed, move up.
          const near = docs.map((doc, i) => s.scores.get(ids[i]) *
            (1 + NEAR_BONUS * nearness(doc, s.unitOf, s.units) + EXACT_BONUS * asWritten(doc, s.clauses)));
          order = order.sort((a, b) => near[b] - near[a] || a - b);
        }
        order.forEach((i) => {
          const docId = ids[i];
          const doc = docs[i];
          if (s.phrases.some((p) => !hasPhrase(manifest, doc, p))) return;
          const item = renderResult(docId, doc, s.isHit(docId));
          if (item) {
            list.appendChild(item);
            added++;
          }
        });
      }
      s.shown += added;
      list.hidden = s.shown === 0;
      more.hidden = s.next >= s.ids.length;
      widen.hidden = !(filters.framework && filters.framework.value);
      status.textContent = describe(s);
      suggestion.hidden = !s.corrected;
      if (s.corrected) {
        // "Showing results for <corrected>. Search instead for <as typed>": the way back to the exact words.
        const typed = s.corrected;
        const back = element('button', 'qaf-search-suggest', typed);
        back.type = 'button';
        back.addEventListener('click', () => {
          input.value = typed;
          asTyped = typed;
          run();
          input.focus();
        });
        suggestion.replaceChildren('Showing results for ', element('strong', null, s.query), '. Search instead for ', back, '.');
      }
    }

    function describe(s) {
      const q = '\u201c' + s.query + '\u201d';
      // Read aloud with the results: the words searched for are not the words typed.
      const quoted = (words) => words.map((w) => '\u201c' + w + '\u201d').join(', ');
      const was = !s.corrected ? '' : s.missing ? 'No page has ' + quoted(s.missing) + '. ' : 'No results for ' + quoted([s.corrected]) + '. ';
      return was + count(s, q);
    }

    function count(s, q) {
      if (s.shown === 0) return s.next < s.ids.length ? 'No results yet for ' + q + '.' : 'No results for ' + q + '.';
      const some = s.partial ? ' (no page has every word; showing pages with most of them)' : '';
      if (s.phrases.length) {
        return 'Showing ' + s.shown + (s.next < s.ids.length ? '+' : '') + ' results for ' + q + some + '.';
      }
      const total = s.ids.length;
      return total + (total === 1 ? ' result' : ' results') + ' for ' + q + some + (total > s.shown ? ', showing ' + s.shown : '') + '.';
    }

    function renderResult(docId, doc, isHit) {
      const href = safeHref(doc);
      if (!href) return null;
      const g = groupOf(manifest, docId);
      const item = element('li', 'qaf-search-result');
      const link = element('a', 'qaf-search-link');
      link.href = href;
      appendPieces(link, highlight(doc.title, isHit, false, false));
      const tags = [manifest.kinds[g[1]][1]];
      if (g[0] >= 0) tags.push(manifest.frameworks[g[0]][1]);
      if (g[0] >= 0 && manifest.frameworks[g[0]][2]) tags.push(manifest.frameworks[g[0]][2]);
      if (changedIn.has(docId)) tags.push('Updated in version ' + changedIn.get(docId));
      const tag = element('span', 'qaf-search-tag', tags.join(' \u00b7 '));
      const para = element('p', 'qaf-search-snippet');
      const source = [doc.body].concat(doc.headings).find((t) => tokenize(t).some((w) => isHit(w.term))) || doc.body;
      appendPieces(para, snippet(source, isHit, 28));
      item.append(link, ' ', tag, para);
      return item;
    }

    // Keyboard: Down from the box enters the results, Up/Down move, Home/End jump, Escape returns.
    function links() {
      return Array.from(list.querySelectorAll('a.qaf-search-link'));
    }
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' && links().length) {
        e.preventDefault();
        links()[0].focus();
      }
    });
    list.addEventListener('keydown', (e) => {
      const all = links();
      const at = all.indexOf(document.activeElement);
      if (at < 0) return;
      let target = null;
      if (e.key === 'ArrowDown') target = all[Math.min(at + 1, all.length - 1)];
      else if (e.key === 'ArrowUp') target = at === 0 ? input : all[at - 1];
      else if (e.key === 'Home') target = all[0];
      else if (e.key === 'End') target = all[all.length - 1];
      else if (e.key === 'Escape') target = input;
      if (target) {
        e.preventDefault();
        target.focus();
      }
    });
    more.addEventListener('click', () => {
      if (state && state.generation === generation) {
        const focusFrom = links().length;
        showMore(generation).then(() => {
          const next = links()[focusFrom];
          if (next) next.focus();
        });
      }
    });
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(timer);
      run();
    });
    // The index is fetched on first use, not on every page view.
    input.addEventListener('focus', () => ensureIndex().catch(() => {}), { once: true });

    const initial = new URLSearchParams(location.search).get(input.name || 'q');
    if (initial) {
      input.value = initial;
      run();
    }
  }

  function start() {
    document.querySelectorAll('form[role="search"]').forEach(enhance);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
