// The live-reload and problems-panel script, and adding it to a served page.
#include "serve/live_client.hpp"

namespace qaf::serve {

const std::string& live_script() {
  // Built with the DOM (textContent): a message may hold any text of the author's files.
  static const std::string script = R"JS(// qaf serve: reloads this page when a save changes it, and lists the build's problems on it.
(() => {
  'use strict';
  const me = document.currentScript;
  let generation = Number(me && me.dataset.generation) || 0;
  const run = (me && me.dataset.run) || '';
  let panel = null;
  let shown = '';  // the problems last drawn, as the server sent them ("Hide" lasts until they change)

  function line(tag, text) {
    const el = document.createElement(tag);
    el.textContent = text;
    return el;
  }

  // Drawn again only when the problems changed: a screen reader announces the panel (an alert)
  // each time it is drawn.
  function show(problems) {
    const text = JSON.stringify(problems);
    if (text === shown) return;
    shown = text;
    if (panel) panel.remove();
    panel = null;
    if (!problems.length) return;
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    panel = document.createElement('section');
    panel.id = 'qaf-serve-problems';
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-labelledby', 'qaf-serve-problems-title');
    Object.assign(panel.style, {
      position: 'fixed', top: '0', left: '0', right: '0', zIndex: '2147483647', maxHeight: '60vh',
      overflow: 'auto', margin: '0', padding: '0.75rem 1rem', background: errors ? '#fdf0f0' : '#fff8e0',
      color: '#0b0c0c', borderBottom: `5px solid ${errors ? '#b10e1e' : '#8a5a00'}`,
      font: '15px/1.4 monospace', boxShadow: '0 2px 8px rgba(0,0,0,0.3)',
    });
    const count = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
    const title = line('h2', errors
      ? `qaf: ${count(errors, 'error')}${warnings ? ` and ${count(warnings, 'warning')}` : ''}: this page is from the last build without errors`
      : `qaf: ${count(warnings, 'warning')}`);
    title.id = 'qaf-serve-problems-title';
    Object.assign(title.style, { font: 'bold 16px/1.4 sans-serif', margin: '0 0 0.5rem' });
    panel.append(title);
    const list = document.createElement('ul');
    Object.assign(list.style, { listStyle: 'none', margin: '0', padding: '0' });
    for (const p of problems) {
      const item = line('li', `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`);
      item.style.margin = '0 0 0.4rem';
      for (const h of p.hints) {
        const hint = line('div', `hint: ${h}`);
        hint.style.paddingLeft = '2ch';
        item.append(hint);
      }
      list.append(item);
    }
    panel.append(list);
    const hide = line('button', 'Hide');
    hide.type = 'button';
    hide.addEventListener('click', () => { panel.remove(); panel = null; });
    panel.append(hide);
    document.body.prepend(panel);
  }

  // The page's <main> as the server has it now, in place of the one shown: the rest of the page
  // (navigation, scripts) is as it was, and the reader keeps their place. False when it cannot.
  async function replaceMain() {
    try {
      const r = await fetch(location.href, { cache: 'no-store' });
      if (!r.ok) return false;
      const fresh = new DOMParser().parseFromString(await r.text(), 'text/html').querySelector('main');
      const now = document.querySelector('main');
      if (!fresh || !now) return false;
      // The search results' place is inside <main>, and the search script holds the one shown:
      // it moves across.
      const results = now.querySelector('#search-results');
      const freshResults = fresh.querySelector('#search-results');
      if (results && freshResults) freshResults.replaceWith(results);
      now.replaceWith(document.adoptNode(fresh));
      return true;
    } catch (e) {
      return false;
    }
  }

  async function listen() {
    let wait = 0;  // the first question is answered at once: the problems of the build now
    for (;;) {
      try {
        const page = encodeURIComponent(decodeURIComponent(location.pathname));
        const r = await fetch(`/__qaf/events?run=${encodeURIComponent(run)}&since=${generation}&wait=${wait}&page=${page}`,
          { cache: 'no-store' });
        const news = await r.json();
        if (news.reload && !(news.in_place && await replaceMain())) {
          location.reload();
          return;
        }
        generation = news.generation;
        show(news.problems);
        wait = 1;
      } catch (e) {
        await new Promise((done) => setTimeout(done, 1000));  // qaf serve restarting, or stopped
      }
    }
  }
  listen();
})();
)JS";
  return script;
}

std::string with_live_script(const std::string& html, const std::string& run, std::uint64_t generation) {
  const std::string tag = std::string("<script src=\"") + kScriptPath + "\" data-run=\"" + run + "\" data-generation=\"" +
                          std::to_string(generation) + "\"></script>\n";
  const std::size_t body = html.rfind("</body>");
  if (body == std::string::npos) return html + tag;
  return html.substr(0, body) + tag + html.substr(body);
}

}  // namespace qaf::serve
