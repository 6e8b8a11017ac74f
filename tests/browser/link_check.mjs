// An independent link checker for a built site: its own HTML tokenizer, every internal href/src, anchor, index entry and CSS url().
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

// Character references in an attribute value (the ones an HTML writer uses, numeric ones all).
export function decodeEntities(text) {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);/g, (whole, ref) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
    }
    return NAMED[ref] ?? whole;
  });
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const SPACE = /[\t\n\f\r ]/;

// The start tags of an HTML text with their attributes, following the HTML tokenizer's rules for
// comments, doctypes, end tags, raw-text elements, and double-, single- and unquoted values.
// Returns [{name, attrs: Map, offset}]; the first of repeated attributes wins, as in browsers.
export function startTags(html) {
  const tags = [];
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1] || '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(next)) {
      i = lt + 1; // a '<' that starts no tag is text
      continue;
    }
    let j = lt + 1;
    while (j < n && !SPACE.test(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(lt + 1, j).toLowerCase();
    const attrs = new Map();
    for (;;) {
      while (j < n && (SPACE.test(html[j]) || html[j] === '/')) j++;
      if (j >= n) break;
      if (html[j] === '>') {
        j++;
        break;
      }
      let k = j + 1; // an attribute name may start with '='; after that '=' ends it
      while (k < n && !SPACE.test(html[k]) && !'/>='.includes(html[k])) k++;
      const attr = html.slice(j, k).toLowerCase();
      j = k;
      while (j < n && SPACE.test(html[j])) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < n && SPACE.test(html[j])) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          let k2 = j;
          while (k2 < n && !SPACE.test(html[k2]) && html[k2] !== '>') k2++;
          value = html.slice(j, k2);
          j = k2;
        }
      }
      if (!attrs.has(attr)) attrs.set(attr, decodeEntities(value));
    }
    tags.push({ name, attrs, offset: lt });
    i = j;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp('</' + name + '[\\t\\n\\f\\r />]', 'i');
      const m = close.exec(html.slice(i));
      i = m ? i + m.index : n;
    }
  }
  return tags;
}

// Attributes that hold a URL the browser follows or loads.
const URL_ATTRS = {
  a: ['href'], area: ['href'], link: ['href'], script: ['src'], img: ['src'], iframe: ['src'],
  source: ['src'], video: ['src', 'poster'], audio: ['src'], form: ['action'], object: ['data'],
  button: ['formaction'], input: ['src', 'formaction'], use: ['href', 'xlink:href'], image: ['href'],
};

const isExternal = (url) => /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(url) || url.startsWith('//');

function walk(dir, rel = '', out = []) {
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? rel + '/' + e.name : e.name;
    if (e.isDirectory()) walk(dir, r, out);
    else out.push(r);
  }
  return out;
}

// Resolves `url` (relative, no scheme) against the site file `from`: {file, fragment} with the
// file as a site path ('' when it climbs out of the site) and the fragment decoded.
export function resolve(from, url) {
  const base = new URL('file:///site/' + from.split('/').map(encodeURIComponent).join('/'));
  const u = new URL(url, base);
  const pathname = decodeURIComponent(u.pathname);
  const file = pathname.startsWith('/site/') ? pathname.slice('/site/'.length) : '';
  const hash = url.includes('#') ? decodeURIComponent(u.hash.slice(1)) : null;
  return { file, fragment: hash, query: u.search };
}

/**
 * Checks the site in `dir`. Returns {problems: [string], pages, links, anchors, docs}:
 * every internal URL of every page, CSS file and search document must name a file of the site,
 * every #fragment an id (or a[name]) of its target page; no page may repeat an id; every page
 * must be reachable from index.html.
 */
export function checkSite(dir) {
  const files = new Set(walk(dir));
  const pages = [...files].filter((f) => f.endsWith('.html')).sort();
  const problems = [];
  const ids = new Map();
  const linksOf = new Map();
  for (const page of pages) {
    const tags = startTags(fs.readFileSync(path.join(dir, page), 'utf8'));
    const seen = new Set();
    const urls = [];
    for (const t of tags) {
      const id = t.attrs.get('id');
      if (id !== undefined) {
        if (id === '') problems.push(`${page}: an empty id on <${t.name}>`);
        else if (seen.has(id)) problems.push(`${page}: id '${id}' is used twice`);
        seen.add(id);
      }
      if (t.name === 'a' && t.attrs.has('name')) seen.add(t.attrs.get('name'));
      for (const attr of URL_ATTRS[t.name] || []) if (t.attrs.has(attr)) urls.push({ tag: t.name, attr, url: t.attrs.get(attr).trim() });
      if (t.attrs.has('srcset')) {
        for (const part of t.attrs.get('srcset').split(',')) urls.push({ tag: t.name, attr: 'srcset', url: part.trim().split(/\s+/)[0] });
      }
    }
    ids.set(page, seen);
    linksOf.set(page, urls);
  }
  let links = 0;
  let anchors = 0;
  const reachable = new Set();
  const edges = new Map();
  const check = (from, url, what) => {
    if (url === '' || isExternal(url)) return null;
    links++;
    let r;
    try {
      r = resolve(from, url);
    } catch (err) {
      problems.push(`${from}: ${what} '${url}' is not a valid URL (${err.message})`);
      return null;
    }
    if (!r.file || !files.has(r.file)) {
      problems.push(`${from}: ${what} '${url}' names a missing file${r.file ? ` (${r.file})` : ' outside the site'}`);
      return null;
    }
    if (r.fragment && r.file.endsWith('.html')) {
      anchors++;
      if (!ids.get(r.file).has(r.fragment)) problems.push(`${from}: ${what} '${url}' names a missing anchor '#${r.fragment}' in ${r.file}`);
    }
    return r.file;
  };
  for (const page of pages) {
    const to = new Set();
    for (const { tag, attr, url } of linksOf.get(page)) {
      const file = check(page, url, `<${tag} ${attr}>`);
      if (file && file.endsWith('.html') && ['a', 'area', 'form'].includes(tag)) to.add(file);
    }
    edges.set(page, to);
  }
  // Every page reachable from the home page by following links.
  const queue = files.has('index.html') ? ['index.html'] : [];
  while (queue.length) {
    const p = queue.shift();
    if (reachable.has(p)) continue;
    reachable.add(p);
    for (const q of edges.get(p) || []) if (!reachable.has(q)) queue.push(q);
  }
  for (const page of pages) if (!reachable.has(page)) problems.push(`${page}: no link leads to it from index.html`);
  // CSS url(...) references.
  for (const css of [...files].filter((f) => f.endsWith('.css'))) {
    const text = fs.readFileSync(path.join(dir, css), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      if (!m[2].startsWith('#')) check(css, m[2], 'url()');
    }
  }
  // The search index: every document's url and anchor.
  let docs = 0;
  for (const file of [...files].filter((f) => /^search\/docs\/[^/]+\.js$/.test(f))) {
    const found = [];
    vm.runInNewContext(fs.readFileSync(path.join(dir, file), 'utf8'), { qafSearch: { doc: (n, d) => found.push(d) } });
    if (found.length !== 1) problems.push(`${file}: registers ${found.length} documents, not 1`);
    for (const d of found) {
      docs++;
      if (typeof d.url !== 'string' || isExternal(d.url) || d.url.startsWith('/')) {
        problems.push(`${file}: document url '${d.url}' is not a site path`);
        continue;
      }
      check('index.html', d.url + (d.anchor ? '#' + encodeURIComponent(d.anchor) : ''), `search document (${file})`);
    }
  }
  return { problems, pages: pages.length, links, anchors, docs };
}
