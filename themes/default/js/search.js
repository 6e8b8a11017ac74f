// Site search client: loads the qaf index lazily via <script> shards (works from file://), ranks and lists results.
(function () {
  'use strict';

  const script = document.currentScript;
  const PAGE_SIZE = 10;
  const PREFIX_WEIGHT = 0.75; // a completed prefix ("safeg" -> "safeguarding") counts less than a typed word
  const MAX_PREFIX_SHARDS = 3; // a prefix spread over more term shards expands within its first shard only
  const PHRASE_BATCHES = 5; // a "More results" step checks at most this many pages of phrase candidates
  const DEBOUNCE_MS = 120;
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

  // A query is a list of clauses, all required: {term, prefix} for a word, {phrase: [{term, offset}]} for
  // a quoted phrase. The last word is a prefix while the user is still typing it.
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
        clauses.push({ term: t.term, prefix: false });
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

  // The terms each clause stands for, with their weights: [{term, weight, postings}].
  async function expand(manifest, clause) {
    if (clause.phrase) {
      return Promise.all(clause.phrase.map((p) => expand(manifest, { term: p.term, prefix: false })));
    }
    const first = shardOf(manifest, clause.term);
    if (!clause.prefix) {
      const shard = await loadShard(first);
      const postings = shard.get(clause.term);
      return postings ? [{ term: clause.term, weight: 1, postings: postings }] : [];
    }
    let last = shardOf(manifest, clause.term + '\u{10ffff}');
    if (last - first >= MAX_PREFIX_SHARDS) last = first;
    const shards = [];
    for (let n = first; n <= last; n++) shards.push(loadShard(n));
    const out = [];
    for (const shard of await Promise.all(shards)) {
      for (const [term, postings] of shard) {
        if (term.startsWith(clause.term) && (term === clause.term || !exactOnly(term))) {
          out.push({ term: term, weight: term === clause.term ? 1 : PREFIX_WEIGHT, postings: postings });
        }
      }
    }
    return out;
  }

  // ---- "did you mean": the nearest words of the index to a word it does not hold ----------------------

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

  // The word of the index nearest to `term` (within its limit), found in the term's own shard and its
  // neighbours: the terms are sorted, so a slip after the first letters stays near. Ties go to the word
  // more documents hold. null when none is near enough.
  async function nearestTerm(manifest, term) {
    const limit = typoLimit(term);
    if (!limit) return null;
    const at = shardOf(manifest, term);
    const numbers = [at - 1, at, at + 1].filter((n) => n >= 0 && n < manifest.terms.length);
    let best = null;
    for (const shard of await Promise.all(numbers.map(loadShard))) {
      for (const [candidate, postings] of shard) {
        if (candidate === term || exactOnly(candidate)) continue;
        const d = editDistance(term, candidate, limit);
        if (d > limit) continue;
        const df = decode(postings).docs.length;
        if (!best || d < best.d || (d === best.d && df > best.df)) best = { term: candidate, d: d, df: df };
      }
    }
    return best && best.term;
  }

  // A query with each word the index lacks replaced by its nearest word; null when nothing changes.
  async function suggestQuery(manifest, clauses) {
    const words = [];
    let changed = false;
    for (const c of clauses) {
      if (c.phrase) return null; // a quoted phrase is meant as written
      const found = (await expand(manifest, c)).length > 0;
      const near = found ? null : await nearestTerm(manifest, c.term);
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

  // A phrase scores as the sum of its words, in documents that have them all (adjacency is checked later).
  function scorePhrase(manifest, perWord) {
    let scores = null;
    for (const expansions of perWord) {
      const word = scoreTerms(manifest, expansions);
      if (scores === null) {
        scores = word;
        continue;
      }
      const next = new Map();
      for (const [doc, s] of scores) if (word.has(doc)) next.set(doc, s + word.get(doc));
      scores = next;
    }
    return scores || new Map();
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

  // Ranks the documents for `clauses` under the filters. Returns {ids, partial}: partial is true
  // when no document has every word, so documents with some of them are listed instead.
  async function rank(manifest, clauses, filter) {
    const perClause = await Promise.all(clauses.map((c) => expand(manifest, c)));
    const scored = clauses.map((c, i) => (c.phrase ? scorePhrase(manifest, perClause[i]) : scoreTerms(manifest, perClause[i])));
    const allowed = (doc) => {
      const g = groupOf(manifest, doc);
      const fw = g[0] < 0 ? '' : manifest.frameworks[g[0]][0];
      return (!filter.framework || fw === filter.framework) && (!filter.kind || manifest.kinds[g[1]][0] === filter.kind) &&
        (!filter.changed || filter.changed.has(doc));
    };
    const collect = (needAll) => {
      const total = new Map();
      const count = new Map();
      for (const scores of scored) {
        for (const [doc, s] of scores) {
          total.set(doc, (total.get(doc) || 0) + s);
          count.set(doc, (count.get(doc) || 0) + 1);
        }
      }
      const ids = [];
      for (const [doc, n] of count) if ((!needAll || n === scored.length) && allowed(doc)) ids.push(doc);
      const key = (doc) => (needAll ? total.get(doc) : total.get(doc) * count.get(doc));
      ids.sort((a, b) => key(b) - key(a) || a - b);
      return ids;
    };
    const ids = collect(true);
    if (ids.length || scored.length < 2) return { ids: ids, partial: false };
    return { ids: collect(false), partial: true };
  }

  // ---- matching words in a document's text -----------------------------------------------------------

  function matcher(clauses) {
    const exact = new Set();
    const prefixes = [];
    for (const c of clauses) {
      if (c.phrase) c.phrase.forEach((p) => exact.add(p.term));
      else if (c.prefix) prefixes.push(c.term);
      else exact.add(c.term);
    }
    return (term) => exact.has(term) || prefixes.some((p) => term.startsWith(p) && !exactOnly(term));
  }

  function hasPhrase(doc, phrase) {
    const fields = [doc.title].concat(doc.headings, [doc.body]);
    return fields.some((text) => {
      const at = new Map();
      for (const t of tokenize(text)) at.set(t.pos, t.term);
      for (const [pos, term] of at) {
        if (term === phrase[0].term && phrase.every((p) => at.get(pos + p.offset) === p.term)) return true;
      }
      return false;
    });
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
      const clauses = parseQuery(text);
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
        const ranked = await rank(m, clauses, filter);
        if (mine !== generation) return;
        state = {
          query: text.trim(),
          clauses: clauses,
          ids: ranked.ids,
          partial: ranked.partial,
          phrases: clauses.filter((c) => c.phrase).map((c) => c.phrase),
          next: 0,
          shown: 0,
          isHit: matcher(clauses),
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
        if (mine !== generation) return;
        ids.forEach((docId, i) => {
          const doc = docs[i];
          if (s.phrases.some((p) => !hasPhrase(doc, p))) return;
          const item = renderResult(docId, doc, s.isHit);
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
      suggestion.hidden = true;
      // Nothing found, or only pages with some of the words: a word the site lacks may be misspelt.
      if (s.ids.length === 0 || s.partial) {
        const better = await suggestQuery(manifest, s.clauses);
        if (mine !== generation || !better) return;
        const use = element('button', 'qaf-search-suggest', better);
        use.type = 'button';
        use.addEventListener('click', () => {
          input.value = better;
          run();
          input.focus();
        });
        suggestion.replaceChildren('Did you mean ', use, '?');
        suggestion.hidden = false;
      }
    }

    function describe(s) {
      const q = '\u201c' + s.query + '\u201d';
      if (s.shown === 0) return s.next < s.ids.length ? 'No results yet for ' + q + '.' : 'No results for ' + q + '.';
      const some = s.partial ? ' (no page has every word; showing pages with some of them)' : '';
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
      if (state) {
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
