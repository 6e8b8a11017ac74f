// qaf fill-in form: builds a template's form from its definition, checks it as qaf check does, saves and opens record files.
(function () {
  'use strict';
  var defEl = document.getElementById('qaf-form-definition');
  var root = document.getElementById('qaf-fill');
  if (!defEl || !root) return;
  var def = JSON.parse(defEl.textContent);
  var fields = [];      // every answerable control group, in page order
  var rowLists = {};    // table and actions sections: their row lists by key
  var draftKey = 'qaf-draft:' + def.framework + '/' + def.template;
  var pageTitle = document.title;

  // ---- small DOM helpers ----
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      if (attrs[k] === null || attrs[k] === undefined || attrs[k] === false) return;
      if (k === 'html') e.innerHTML = attrs[k];
      else if (k === 'text') e.textContent = attrs[k];
      else e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function plain(html) { var d = document.createElement('div'); d.innerHTML = html || ''; return d.textContent.replace(/\s+/g, ' ').trim(); }
  function scaleOf(spec) { return spec.scale ? def.scales[spec.scale] : null; }
  function hint(id, html) { return html ? el('div', { id: id, class: 'qaf-hint', html: html }) : null; }

  // ---- one answer: radios, checkboxes, a number, a date or text ----
  // spec: {type, scale, min, max, na, required}. Returns a field: its group, value get/set, and what an error names.
  function answerField(key, spec, legendHtml, opts) {
    opts = opts || {};
    var s = scaleOf(spec);
    var group = el('div', { class: 'qaf-form-group', id: key + '-group' });
    var errorId = key + '-error';
    var hintId = key + '-hint';
    var hintHtml = opts.hintHtml || '';
    var notes = [];
    if (s && s.kind === 'bands') notes.push('A number from ' + s.min + ' to ' + s.max + (spec.na ? ', or N/A' : ''));
    if (spec.type === 'number' && (spec.min !== undefined || spec.max !== undefined))
      notes.push(spec.min !== undefined && spec.max !== undefined ? 'A number from ' + spec.min + ' to ' + spec.max
        : spec.min !== undefined ? 'A number, at least ' + spec.min : 'A number, at most ' + spec.max);
    if (spec.type === 'date') notes.push('For example, 27 3 2026');
    if (s && s.multiple) notes.push('Tick all that apply.');
    if (!spec.required && !opts.noOptional) notes.push('Optional.');
    if (notes.length) hintHtml += '<p>' + notes.map(escapeHtml).join(' ') + '</p>';
    var field = { key: key, spec: spec, group: group, errorId: errorId, name: opts.name || plain(legendHtml) };
    var inputs = [];
    var choice = s && s.kind !== 'bands' && (spec.type === 'rating' || spec.type === 'choice');
    if (choice || spec.type === 'date') {
      var fs = el('fieldset', { class: 'qaf-fieldset', 'aria-describedby': hintHtml ? hintId : null });
      fs.appendChild(el('legend', { class: 'qaf-fieldset__legend' + (opts.small ? ' qaf-fieldset__legend--s' : ''), html: legendHtml }));
      if (hintHtml) fs.appendChild(hint(hintId, hintHtml));
      field.errorHolder = fs;
      field.describe = fs;
      if (choice) {
        var multiple = !!s.multiple;
        var box = el('div', { class: multiple ? 'qaf-checkboxes' : 'qaf-radios' + (s.options.length <= 4 && !spec.na ? ' qaf-radios--inline' : '') });
        var options = s.options.slice();
        if (spec.na) options.push({ id: 'n/a', label: 'N/A' });
        options.forEach(function (o, i) {
          var id = key + '-' + i;
          var input = el('input', { class: multiple ? 'qaf-checkboxes__input' : 'qaf-radios__input', type: multiple ? 'checkbox' : 'radio', id: id, name: key, value: o.id });
          inputs.push(input);
          box.appendChild(el('div', { class: multiple ? 'qaf-checkboxes__item' : 'qaf-radios__item' }, [input, el('label', { for: id, class: 'qaf-label--s', text: o.label })]));
        });
        fs.appendChild(box);
        if (!multiple && !spec.required) {
          var clear = el('button', { type: 'button', class: 'qaf-link-button', html: 'Clear the answer' + '<span class="qaf-visually-hidden"> to ' + escapeHtml(opts.name || plain(legendHtml)) + '</span>' });
          clear.addEventListener('click', function () { inputs.forEach(function (i) { i.checked = false; }); update(); });
          fs.appendChild(clear);
        }
        field.get = function () {
          var on = inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
          return multiple ? on : (on[0] || '');
        };
        field.set = function (v) {
          var want = Array.isArray(v) ? v.map(String) : [String(v)];
          inputs.forEach(function (i) { i.checked = want.some(function (w) { return matches(s, i.value, w); }); });
        };
        field.first = inputs[0] ? inputs[0].id : key;
      } else {
        var row = el('div', { class: 'qaf-date-input' });
        var parts = [['day', 'Day', 'qaf-input--date'], ['month', 'Month', 'qaf-input--date'], ['year', 'Year', 'qaf-input--year']];
        parts.forEach(function (p) {
          var id = key + '-' + p[0];
          var input = el('input', { class: 'qaf-input ' + p[2], id: id, name: id, type: 'text', inputmode: 'numeric', autocomplete: 'off' });
          inputs.push(input);
          row.appendChild(el('div', { class: 'qaf-date-input__item' }, [el('label', { class: 'qaf-label', for: id, text: p[1] }), input]));
        });
        fs.appendChild(row);
        field.get = function () { return { day: inputs[0].value.trim(), month: inputs[1].value.trim(), year: inputs[2].value.trim() }; };
        field.set = function (v) {
          var m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(String(v).trim());
          inputs[0].value = m ? String(Number(m[3])) : '';
          inputs[1].value = m ? String(Number(m[2])) : '';
          inputs[2].value = m ? m[1] : String(v);
        };
        field.first = inputs[0].id;
      }
      group.appendChild(fs);
    } else {
      var multi = (spec.type === 'text' || spec.type === 'evidence') && !opts.single;
      group.appendChild(el('label', { class: 'qaf-label' + (opts.small ? ' qaf-label--s' : ''), for: key, html: legendHtml }));
      if (hintHtml) group.appendChild(hint(hintId, hintHtml));
      var input = multi ? el('textarea', { class: 'qaf-textarea', id: key, name: key, rows: opts.rows || 4, 'aria-describedby': hintHtml ? hintId : null })
        : el('input', { class: 'qaf-input' + (spec.type === 'text' ? '' : ' qaf-input--number'), id: key, name: key, type: 'text', inputmode: spec.type === 'text' ? null : 'decimal', autocomplete: 'off', spellcheck: spec.type === 'text' ? null : 'false', 'aria-describedby': hintHtml ? hintId : null });
      inputs.push(input);
      group.appendChild(input);
      field.errorHolder = group;
      field.describe = input;
      field.get = function () { return input.value; };
      field.set = function (v) { input.value = v === undefined || v === null ? '' : String(v); };
      field.first = key;
    }
    field.inputs = inputs;
    field.inBlockHidden = inBlockHidden;
    field.hintId = hintHtml ? hintId : '';
    inputs.forEach(function (i) { i.addEventListener('change', update); });
    fields.push(field);
    return field;
  }
  function escapeHtml(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }
  function same(a, b) { return String(a).toLowerCase() === String(b).toLowerCase(); }
  // An option matches a written value as the loader reads one: by id, by its words, or a grade by its code.
  function matches(s, id, written) {
    if (same(id, written)) return true;
    var w = String(written).trim();
    return s.options.some(function (o) {
      return o.id === id && (same(o.label, w) || (o.words !== undefined && same(o.words, w)) || (o.code !== undefined && String(o.code) === w));
    });
  }

  // ---- what a field holds, checked as the loader checks a record ----
  function isEmpty(f) {
    var v = f.get();
    if (Array.isArray(v)) return v.length === 0;
    if (v && typeof v === 'object') return !v.day && !v.month && !v.year;
    return String(v).trim() === '';
  }
  function realDate(v) {
    if (!/^\d{1,2}$/.test(v.day) || !/^\d{1,2}$/.test(v.month) || !/^\d{4}$/.test(v.year)) return null;
    var d = Number(v.day), m = Number(v.month), y = Number(v.year);
    if (y < 1900) return null;  // qaf reads dates from 1900 on
    var t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
    return y + '-' + (m < 10 ? '0' : '') + m + '-' + (d < 10 ? '0' : '') + d;
  }
  function asNumber(text) {
    var t = String(text).trim();
    if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
    var n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  // Text as a record may hold it: no control characters but line breaks and tabs, no lone surrogates.
  function cleanText(t) {
    return String(t).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g, '$1');
  }
  // The value a record keeps (an option id, an ISO date, a number as typed), or an error message.
  function checkValue(f) {
    var spec = f.spec, s = scaleOf(spec), v = f.get();
    if (isEmpty(f)) return { empty: true };
    if (spec.type === 'date') {
      var iso = realDate(v);
      return iso ? { value: iso } : { error: f.name + ' must be a real date, for example 27 3 2026' };
    }
    if (s && s.kind === 'bands') {
      if (spec.na && same(String(v).trim(), 'n/a')) return { value: 'n/a' };
      var b = asNumber(v);
      var steps = b === null ? 0 : (b - s.min) / s.step;
      if (b === null || b < s.min || b > s.max || Math.abs(steps - Math.round(steps)) > 1e-9)
        return { error: f.name + ' must be a number from ' + s.min + ' to ' + s.max + (s.step !== 1 ? ' in steps of ' + s.step : '') };
      return { value: String(v).trim(), number: b };
    }
    if (spec.type === 'number') {
      var n = asNumber(v);
      if (n === null) return { error: f.name + ' must be a number' };
      if ((spec.min !== undefined && n < spec.min) || (spec.max !== undefined && n > spec.max))
        return { error: f.name + ' must be ' + (spec.min !== undefined && spec.max !== undefined ? 'from ' + spec.min + ' to ' + spec.max
          : spec.min !== undefined ? 'at least ' + spec.min : 'at most ' + spec.max) };
      return { value: String(v).trim(), number: n };
    }
    if (s) return { value: v };
    return { value: cleanText(v).replace(/\s+$/, '') };
  }
  // "Answer question 2.3" for a question; else, as GOV.UK forms say it, "Select ..." or "Enter ...".
  function emptyMessage(f) {
    if (f.kind === 'answer' || f.kind === 'fb-answer') return 'Answer ' + f.nameForEmpty;
    var s = scaleOf(f.spec);
    return (s && s.kind !== 'bands' ? 'Select ' : 'Enter ') + f.nameForEmpty;
  }

  // ---- conditions: a question shown only when another answer or a header field has a value ----
  function answerValues(qid) {
    var out = [];
    fields.forEach(function (f) {
      if (f.question !== qid || f.kind !== 'answer' || f.hidden) return;
      var v = f.get();
      (Array.isArray(v) ? v : [v]).forEach(function (x) { if (x !== '') out.push(String(x)); });
      var s = scaleOf(f.spec);
      if (s && s.kind === 'bands') {  // the loader keeps a score as its band's grade
        var n = asNumber(v);
        s.bands.forEach(function (b) { if (n !== null && n >= b.from && n <= b.to) out.push(b.grade); });
      }
    });
    return out;
  }
  function holds(when, within) {
    if (!when || (!when.question && !when.field)) return null;  // in words only: left to the auditor
    var have;
    if (when.field) {
      var h = fields.filter(function (f) { return f.kind === 'header' && f.id === when.field; })[0];
      have = h ? [h.get()] : [];
    } else {
      have = within ? within(when.question) : answerValues(when.question);
    }
    return have.some(function (v) { return when.values.indexOf(v) >= 0; });
  }
  function applyConditions() {
    // Three passes: a question shown by another may itself show a third.
    for (var pass = 0; pass < 3; pass++) {
      fields.forEach(function (f) {
        if (!f.when) return;
        var ok = holds(f.when, f.within);
        var hide = ok === false;
        f.hidden = hide;
        f.applies = ok;
        (f.hideEl || f.group).classList.toggle('qaf-form-group--hidden', hide);
      });
      blocks.forEach(function (b) {
        b.el.classList.toggle('qaf-form-group--hidden', !!b.hidden());
      });
    }
  }
  var blocks = [];  // parts of the form shown or hidden together (a feedback source's answers)

  // ---- the computed overall judgement, as the loader works it out ----
  function judgementSection() { return def.sections.filter(function (s) { return s.kind === 'judgement'; })[0]; }
  function computedJudgement() {
    var sec = judgementSection();
    if (!sec || sec.compute === 'given') return null;
    var js = def.scales[sec.scale];
    if (!js) return null;
    var ranks = [];
    fields.forEach(function (f) {
      if (f.kind !== 'answer' || f.hidden || f.spec.type !== 'rating' || isEmpty(f)) return;
      var s = scaleOf(f.spec);
      if (!s) return;
      var r = checkValue(f);
      if (r.error || r.empty) return;
      var grade = null;
      if (f.spec.scale === sec.scale) grade = r.value;
      else if (s.kind === 'bands' && s.maps_to === sec.scale && r.number !== undefined)
        s.bands.forEach(function (b) { if (grade === null && r.number >= b.from && r.number <= b.to) grade = b.grade; });
      var rank = js.options.map(function (o) { return o.id; }).indexOf(grade);
      if (rank >= 0) ranks.push(rank);
    });
    if (!ranks.length) return { grade: '' };
    var rank = sec.compute === 'worst' ? Math.max.apply(null, ranks) : sec.compute === 'best' ? Math.min.apply(null, ranks)
      : Math.floor(ranks.reduce(function (a, b) { return a + b; }, 0) / ranks.length + 0.5);
    return { grade: js.options[rank].id, label: js.options[rank].label };
  }
  function currentJudgement() {
    var c = computedJudgement();
    if (c) return c.grade;
    var j = fields.filter(function (f) { return f.kind === 'judgement'; })[0];
    return j ? j.get() : '';
  }

  // ---- building the form ----
  var form = el('form', { class: 'qaf-fill__form', novalidate: true, id: 'qaf-form' });
  var summaryHolder = el('div');
  var notice = el('div', { 'aria-live': 'polite' });

  function tools() {
    var open = el('input', { type: 'file', id: 'qaf-open', class: 'qaf-input', accept: '.yaml,.yml,text/yaml' });
    open.addEventListener('change', function () {
      var file = open.files && open.files[0];
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () { openText(String(reader.result), file.name); open.value = ''; };
      reader.readAsText(file);
    });
    var box = el('div', { class: 'qaf-fill__tools' }, [
      el('label', { class: 'qaf-label', for: 'qaf-open', text: 'Open a saved record to carry on or to moderate it' }),
      el('div', { id: 'qaf-open-hint', class: 'qaf-hint', text: 'A .yaml file saved from this form. It is read here, in this window; it is not uploaded.' }),
      open]);
    open.setAttribute('aria-describedby', 'qaf-open-hint');
    return box;
  }

  function recordIdField() {
    var today = new Date();
    var stamp = today.getFullYear() + String(today.getMonth() + 1).padStart(2, '0') + String(today.getDate()).padStart(2, '0');
    var bytes = new Uint8Array(3);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    var suffix = Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
    var f = answerField('record-id', { type: 'text', required: true }, 'Record id', {
      hintHtml: '<p>Names the record and its file. Made up for you; change it if your service numbers its audits.</p>', noOptional: true, single: true, name: 'The record id' });
    f.kind = 'id';
    f.nameForEmpty = 'the record id';
    f.set(def.template + '-' + stamp + '-' + suffix);
    return f.group;
  }

  function headerPart() {
    var fs = el('div', { class: 'qaf-fill-section', id: 'part-header' }, [el('h2', { class: 'qaf-heading-l', text: 'About the audit' })]);
    fs.appendChild(recordIdField());
    def.header.forEach(function (h) {
      var spec = { type: h.type, scale: h.scale, required: h.required };
      var f = answerField('h-' + h.id, spec, escapeHtml(h.label), { single: true, name: h.label,
        hintHtml: h.personal ? '<p>Personal: stays in the record file, never on the site.</p>' : '' });
      f.kind = 'header';
      f.id = h.id;
      f.nameForEmpty = h.label.replace(/^./, function (c) { return c.toLowerCase(); });
      fs.appendChild(f.group);
    });
    return fs;
  }

  function questionName(q, stemText) {
    if (q.number) return 'question ' + q.number + (q.part_label ? ' ' + q.part_label : '');
    return '\u201c' + plain(stemText ? stemText + ' ' + q.text : q.text) + '\u201d';
  }
  function conditionHtml(when) { return when && when.text ? '<p class="qaf-condition">' + escapeHtml(when.text) + '</p>' : ''; }

  // One question of a section: a single answer, or one per column; its comment box.
  function question(q, sec, stem) {
    var lead = q.part && stem ? '<span class="qaf-visually-hidden">' + stem + ' </span>' : '';
    var label = lead + (q.number ? '<span class="qaf-q-number">' + escapeHtml(q.number) + (q.part_label ? ' ' + escapeHtml(q.part_label) : '') + '</span> '
      : q.part_label ? escapeHtml(q.part_label) + ' ' : '') + q.text;
    var guide = (q.when ? conditionHtml(q.when) : '') + (q.guidance || '');
    var name = questionName(q, stem);
    var holder;
    var made = [];
    if (q.cells) {
      holder = el('div', { class: 'qaf-form-group', id: 'q-' + q.id + '-group' });
      var fs = el('fieldset', { class: 'qaf-fieldset', 'aria-describedby': guide ? 'q-' + q.id + '-hint' : null },
        [el('legend', { class: 'qaf-fieldset__legend', html: label })]);
      if (guide) fs.appendChild(hint('q-' + q.id + '-hint', guide));
      var cells = el('div', { class: 'qaf-cells' });
      q.cells.forEach(function (cell) {
        var spec = { type: cell.type, scale: cell.scale, min: cell.min, max: cell.max, na: cell.na, required: q.required && cell.required };
        var f = answerField('q-' + q.id + '--' + cell.column, spec, escapeHtml(cell.title), { small: false, name: cell.title + ' for ' + name, noOptional: !q.required });
        f.column = cell.column;
        f.nameForEmpty = name + ' in the column \u201c' + cell.title + '\u201d';
        made.push(f);
        cells.appendChild(f.group);
      });
      fs.appendChild(cells);
      holder.appendChild(fs);
    } else {
      var f = answerField('q-' + q.id, q, label, { hintHtml: guide, name: name.replace(/^./, function (c) { return c.toUpperCase(); }), noOptional: false });
      f.nameForEmpty = name;
      made.push(f);
      holder = f.group;
    }
    made.forEach(function (f) {
      f.kind = 'answer';
      f.question = q.id;
      f.when = q.when;
      f.hideEl = holder;
      if (q.when) f.group.setAttribute('data-condition', 'true');
    });
    // Room for a comment where the template asks for one; elsewhere kept out of sight, for a
    // record that has a comment all the same (a record may comment on any answer).
    var c = answerField('q-' + q.id + '-comment', { type: 'text', required: false }, 'Comment' + '<span class="qaf-visually-hidden">' + escapeHtml(' on ' + name) + '</span>', { small: true, name: 'The comment on ' + name, noOptional: true });
    c.kind = 'comment';
    c.question = q.id;
    if (!q.comment) c.group.classList.add('qaf-form-group--hidden');
    holder.appendChild(c.group);
    return holder;
  }

  function questionsPart(sec) {
    var title = (sec.number ? sec.number + '. ' : '') + sec.title;
    var part = el('div', { class: 'qaf-fill-section', id: 'part-' + sec.id }, [el('h2', { class: 'qaf-heading-l', text: title })]);
    if (sec.intro) part.appendChild(el('div', { html: sec.intro }));
    var column = null;
    sec.questions.forEach(function (q) {
      if (q.column && q.column !== column) {
        column = q.column;
        part.appendChild(el('h3', { class: 'qaf-heading-m', text: q.column }));
      }
      if (q.stem) {
        part.appendChild(el('p', { class: 'qaf-stem', html: q.stem }));
        if (q.stem_guidance) part.appendChild(el('div', { class: 'qaf-hint', html: q.stem_guidance }));
      }
      var stem = q.part ? (sec.questions.filter(function (x) { return x.stem_id === q.stem_id && x.stem; })[0] || {}).stem : '';
      part.appendChild(question(q, sec, stem));
    });
    return part;
  }

  function judgementPart(sec) {
    var part = el('div', { class: 'qaf-fill-section', id: 'part-' + sec.id }, [el('h2', { class: 'qaf-heading-l', text: sec.title })]);
    if (sec.intro) part.appendChild(el('div', { html: sec.intro }));
    if (sec.compute !== 'given') {
      var how = { worst: 'the lowest', best: 'the highest', average: 'the average' }[sec.compute];
      var out = el('p', { id: 'judgement-group', tabindex: '-1' }, ['Worked out from the ratings (' + how + ' of them): ', el('output', { id: 'judgement-computed', class: 'qaf-computed', 'aria-live': 'polite', text: 'not yet: answer the ratings' })]);
      part.appendChild(out);
    } else {
      var f = answerField('judgement', { type: 'rating', scale: sec.scale, required: true }, 'Overall judgement', { name: 'The overall judgement', noOptional: true });
      f.kind = 'judgement';
      f.nameForEmpty = 'the overall judgement';
      part.appendChild(f.group);
    }
    var r = answerField('judgement-reason', { type: 'text', required: false }, 'Reasons for the judgement', { name: 'The reasons for the judgement' });
    r.kind = 'judgement-reason';
    part.appendChild(r.group);
    return part;
  }

  // A list of rows the auditor adds: actions, or an open table's rows.
  function rowsPart(sec, key, title, rowName) {
    var part = el('div', { class: 'qaf-fill-section', id: 'part-' + sec.id }, [el('h2', { class: 'qaf-heading-l', text: title })]);
    if (sec.intro) part.appendChild(el('div', { html: sec.intro }));
    rowsInto(part, sec, key, rowName);
    return part;
  }
  function rowsInto(part, sec, key, rowName) {
    var list = el('div', { id: key + '-rows' });
    var add = el('button', { type: 'button', class: 'qaf-button qaf-button--secondary', id: key + '-add', text: 'Add ' + rowName });
    var state = { sec: sec, key: key, list: list, rows: [], rowName: rowName, add: add };
    rowLists[key] = state;
    add.addEventListener('click', function () { addRow(state, true); });
    part.appendChild(list);
    part.appendChild(add);
  }
  function addRow(state, focus) {
    var n = state.rows.length + 1;
    var rowKey = state.key + '-' + n;
    var box = el('div', { class: 'qaf-row', id: rowKey });
    var fs = el('fieldset', { class: 'qaf-fieldset' }, [el('legend', { class: 'qaf-fieldset__legend', text: state.rowName.replace(/^an? /, '').replace(/^./, function (c) { return c.toUpperCase(); }) + ' ' + n })]);
    var row = { key: rowKey, fields: [], box: box };
    state.sec.columns.forEach(function (col) {
      var spec = { type: col.type, scale: col.scale, required: col.required, min: col.min, max: col.max };
      var f = answerField(rowKey + '-' + col.id, spec, escapeHtml(col.title), { rows: 2, name: col.title + ' in ' + state.rowName.replace(/^an? /, '') + ' ' + n });
      f.kind = 'cell';
      f.row = row;
      f.column = col.id;
      f.nameForEmpty = col.title.replace(/^./, function (c) { return c.toLowerCase(); }) + ' in ' + state.rowName.replace(/^an? /, '') + ' ' + n;
      row.fields.push(f);
      fs.appendChild(f.group);
    });
    var remove = el('button', { type: 'button', class: 'qaf-button qaf-button--secondary', text: 'Remove ' + state.rowName.replace(/^an? /, '') + ' ' + n });
    remove.addEventListener('click', function () { removeRow(state, row); });
    fs.appendChild(remove);
    box.appendChild(fs);
    state.list.appendChild(box);
    state.rows.push(row);
    if (focus && row.fields[0]) document.getElementById(row.fields[0].first).focus();
    return row;
  }
  function removeRow(state, row) {
    // Rows are renumbered by rebuilding them from their values.
    var values = state.rows.filter(function (r) { return r !== row; }).map(function (r) { return r.fields.map(function (f) { return f.get(); }); });
    clearRows(state);
    values.forEach(function (vals) {
      var r = addRow(state, false);
      r.fields.forEach(function (f, i) { setRaw(f, vals[i]); });
    });
    state.add.focus();
    update();
  }
  function clearRows(state) {
    state.rows.forEach(function (r) { r.fields.forEach(function (f) { fields.splice(fields.indexOf(f), 1); }); });
    state.rows = [];
    state.list.innerHTML = '';
  }
  function setRaw(f, v) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      f.inputs[0].value = v.day; f.inputs[1].value = v.month; f.inputs[2].value = v.year;
    } else f.set(v);
  }

  function feedbackPart(sec) {
    var part = el('div', { class: 'qaf-fill-section', id: 'part-' + sec.id }, [el('h2', { class: 'qaf-heading-l', text: sec.title })]);
    if (sec.intro) part.appendChild(el('div', { html: sec.intro }));
    sec.sources.forEach(function (src) {
      var key = 'fb-' + src.id;
      var box = el('div', { class: 'qaf-row', id: key });
      box.appendChild(el('h3', { class: 'qaf-heading-m', text: src.title }));
      if (src.when) box.appendChild(el('div', { html: conditionHtml(src.when) }));
      if (src.prompt) box.appendChild(el('div', { class: 'qaf-hint', html: src.prompt }));
      var who = '<span class="qaf-visually-hidden">' + escapeHtml(' (' + src.title + ')') + '</span>';
      var given = answerField(key + '-given', { type: 'choice', scale: '$given', required: false }, 'Was feedback given?' + who, { name: 'Whether feedback from ' + src.title + ' was given', noOptional: true });
      given.kind = 'fb-given';
      given.source = src.id;
      given.when = src.when;
      given.hideEl = box;
      box.appendChild(given.group);
      var yes = el('div', { id: key + '-yes' });
      var summary = answerField(key + '-summary', { type: 'text', required: !src.questions.length }, 'What was said' + who, { name: 'What ' + src.title + ' said', noOptional: !src.questions.length });
      summary.kind = 'fb-summary';
      summary.source = src.id;
      summary.nameForEmpty = 'what ' + src.title + ' said';
      yes.appendChild(summary.group);
      var srcValues = function (qid) {
        var out = [];
        fields.forEach(function (f) {
          if (f.kind === 'fb-answer' && f.source === src.id && f.question === qid && !f.hidden) {
            var v = f.get();
            (Array.isArray(v) ? v : [v]).forEach(function (x) { if (x !== '') out.push(x); });
          }
        });
        return out;
      };
      src.questions.forEach(function (q) {
        var label = (q.number ? escapeHtml(q.number) + ' ' : '') + q.text + who;
        var f = answerField(key + '-q-' + q.id, q, label, { hintHtml: (q.when ? conditionHtml(q.when) : '') + (q.guidance || ''), name: src.title + ': ' + plain(q.text) });
        f.kind = 'fb-answer';
        f.source = src.id;
        f.question = q.id;
        f.when = q.when;
        f.within = srcValues;
        f.nameForEmpty = 'question ' + (q.number || plain(q.text)) + ' for ' + src.title;
        yes.appendChild(f.group);
        if (q.comment) {
          var fc = answerField(key + '-q-' + q.id + '-comment', { type: 'text', required: false }, 'Comment' + '<span class="qaf-visually-hidden">' + escapeHtml(' on question ' + (q.number || plain(q.text)) + ' (' + src.title + ')') + '</span>', { small: true, name: 'The comment on ' + src.title + ': ' + plain(q.text), noOptional: true });
          fc.kind = 'fb-comment';
          fc.source = src.id;
          fc.question = q.id;
          fc.when = q.when;
          fc.within = srcValues;
          f.group.appendChild(fc.group);
        }
      });
      var no = el('div', { id: key + '-no' });
      var reasonSpec = src.reasons.length ? { type: 'choice', scale: '$reasons-' + src.id, required: true } : { type: 'text', required: true };
      if (src.reasons.length) def.scales['$reasons-' + src.id] = { kind: 'choices', options: src.reasons.map(function (r) { return { id: r, label: r }; }) };
      var reason = answerField(key + '-reason', reasonSpec, 'Why was it not given?' + who, { name: 'Why feedback from ' + src.title + ' was not given', noOptional: true, single: true });
      reason.kind = 'fb-reason';
      reason.source = src.id;
      reason.nameForEmpty = 'why feedback from ' + src.title + ' was not given';
      no.appendChild(reason.group);
      box.appendChild(yes);
      box.appendChild(no);
      blocks.push({ el: yes, hidden: function () { return given.get() !== 'yes'; } });
      blocks.push({ el: no, hidden: function () { return given.get() !== 'no'; } });
      part.appendChild(box);
    });
    return part;
  }
  def.scales.$given = { kind: 'choices', options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] };
  def.scales.$yesno = def.scales.$given;

  function moderationPart(sec) {
    var part = el('div', { class: 'qaf-fill-section', id: 'part-' + sec.id }, [el('h2', { class: 'qaf-heading-l', text: sec.title })]);
    part.appendChild(el('p', { class: 'qaf-hint', text: 'For the moderator. Leave it empty until the audit is moderated.' }));
    if (sec.intro) part.appendChild(el('div', { html: sec.intro }));
    var add = function (f, kind, nameForEmpty) { f.kind = kind; f.nameForEmpty = nameForEmpty; part.appendChild(f.group); return f; };
    add(answerField('mod-moderator', { type: 'text', required: false }, 'Moderator', { single: true, name: 'The moderator', noOptional: true }), 'mod-moderator', 'the moderator');
    add(answerField('mod-date', { type: 'date', required: false }, 'Date of moderation', { name: 'The date of moderation', noOptional: true }), 'mod-date', 'the date of moderation');
    add(answerField('mod-agrees', { type: 'choice', scale: '$yesno', required: false }, 'Does the moderator agree with the overall judgement?', { name: 'Whether the moderator agrees', noOptional: true }), 'mod-agrees', 'whether the moderator agrees with the judgement');
    if (def.scales[sec.scale]) {
      var g = add(answerField('mod-grade', { type: 'rating', scale: sec.scale, required: false }, 'The moderator\u2019s own grade', { name: 'The moderator\u2019s grade', noOptional: true }), 'mod-grade', 'the moderator\u2019s own grade');
      g.hideEl = g.group;
    }
    sec.checks.forEach(function (k) {
      var f = add(answerField('mod-check-' + k.id, { type: 'choice', scale: '$yesno', required: false }, k.text, { name: plain(k.text), noOptional: true }), 'mod-check', '\u201c' + plain(k.text) + '\u201d');
      f.id = k.id;
    });
    add(answerField('mod-comment', { type: 'text', required: false }, 'Moderator\u2019s comment', { name: 'The moderator\u2019s comment', noOptional: true }), 'mod-comment', 'the moderator\u2019s comment');
    var actions = def.sections.filter(function (x) { return x.kind === 'actions'; })[0];
    if (actions) {
      part.appendChild(el('h3', { class: 'qaf-heading-m', text: 'Actions the moderator adds' }));
      rowsInto(part, actions, 'mod-actions', 'a moderator\u2019s action');
    }
    if (sec.returns) {
      def.scales.$outcome = { kind: 'choices', options: [{ id: 'accepted', label: 'Accepted' }, { id: 'returned', label: 'Returned to the auditor for rework' }] };
      add(answerField('mod-outcome', { type: 'choice', scale: '$outcome', required: false }, 'Outcome', { name: 'The outcome', noOptional: true }), 'mod-outcome', 'the outcome');
    }
    return part;
  }

  function signaturesPart(sec) {
    var part = el('div', { class: 'qaf-fill-section', id: 'part-' + sec.id }, [el('h2', { class: 'qaf-heading-l', text: sec.title })]);
    if (sec.intro) part.appendChild(el('div', { html: sec.intro }));
    sec.signatories.forEach(function (s) {
      var fs = el('fieldset', { class: 'qaf-fieldset qaf-row' }, [el('legend', { class: 'qaf-fieldset__legend', text: s.title })]);
      var n = answerField('sig-' + s.id + '-name', { type: 'text', required: false }, 'Name', { single: true, name: 'The name of ' + s.title, noOptional: true });
      n.kind = 'sig-name'; n.id = s.id;
      var d = answerField('sig-' + s.id + '-date', { type: 'date', required: false }, 'Date', { name: 'The date ' + s.title + ' signed', noOptional: true, small: true });
      d.kind = 'sig-date'; d.id = s.id;
      fs.appendChild(n.group);
      fs.appendChild(d.group);
      part.appendChild(fs);
    });
    return part;
  }

  function build() {
    root.appendChild(summaryHolder);
    root.appendChild(notice);
    root.appendChild(tools());
    form.appendChild(headerPart());
    def.sections.forEach(function (sec) {
      if (sec.kind === 'questions') form.appendChild(questionsPart(sec));
      else if (sec.kind === 'judgement') form.appendChild(judgementPart(sec));
      else if (sec.kind === 'actions') form.appendChild(rowsPart(sec, 'actions', sec.title, 'an action'));
      else if (sec.kind === 'table') form.appendChild(rowsPart(sec, 't-' + sec.id, sec.title, 'a row'));
      else if (sec.kind === 'feedback') form.appendChild(feedbackPart(sec));
      else if (sec.kind === 'moderation') form.appendChild(moderationPart(sec));
      else if (sec.kind === 'signatures') form.appendChild(signaturesPart(sec));
    });
    var save = el('button', { type: 'submit', class: 'qaf-button', id: 'qaf-save', text: 'Check and save the record' });
    var keep = el('button', { type: 'button', class: 'qaf-button qaf-button--secondary', id: 'qaf-keep-draft', text: 'Keep a draft on this computer' });
    keep.addEventListener('click', keepDraft);
    form.appendChild(el('div', { class: 'qaf-form-actions' }, [save, keep]));
    form.appendChild(el('p', { class: 'qaf-hint', text: 'Saving checks every answer first, as qaf check does, and lists anything to put right. The record is saved as a .yaml file where your browser saves downloads.' }));
    form.addEventListener('submit', function (e) { e.preventDefault(); saveRecord(); });
    root.appendChild(form);
    offerDraft();
    update();
  }

  // ---- checks, as the loader's ----
  function validate() {
    var errors = [];
    var add = function (f, message) { errors.push({ f: f, message: message }); };
    var byKind = function (k) { return fields.filter(function (f) { return f.kind === k; }); };
    var one = function (k) { return byKind(k)[0]; };
    fields.forEach(function (f) {
      if (f.hidden || f.inBlockHidden()) return;
      var r = checkValue(f);
      if (r.error) return add(f, r.error);
      var required = f.spec.required;
      if (f.kind === 'answer' || f.kind === 'fb-answer') required = required && f.applies !== null && f.applies !== false;
      if (f.kind === 'id' && r.value && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(r.value))
        return add(f, 'The record id must start with a letter or digit and use only letters, digits, \u2018-\u2019, \u2018_\u2019 and \u2018.\u2019');
      if (r.empty && required) add(f, emptyMessage(f));
    });
    // The overall judgement.
    var c = computedJudgement();
    if (c && !c.grade) errors.push({ id: 'judgement-group', message: 'Answer the ratings: the overall judgement is worked out from them' });
    // Actions a judgement below a grade needs, and their deadlines.
    var grade = moderatedGrade() || currentJudgement();
    var actions = rowLists.actions;
    (def.rules.actions || []).forEach(function (rule) {
      var s = def.scales[rule.scale];
      if (!s || !grade) return;
      var ids = s.options.map(function (o) { return o.id; });
      if (ids.indexOf(grade) <= ids.indexOf(rule.below)) return;
      var count = (actions ? actions.rows.length : 0) + (rowLists['mod-actions'] ? rowLists['mod-actions'].rows.length : 0);
      if (count < rule.minimum)
        errors.push({ id: actions ? 'actions-add' : 'judgement-group', message: 'The judgement is below ' + rule.below_label + ', so the audit needs at least ' + rule.minimum + (rule.minimum === 1 ? ' action' : ' actions') + ': add what will be done, by whom and by when' });
    });
    var auditDate = fields.filter(function (f) { return f.kind === 'header' && headerRole(f.id) === 'audit-date'; })[0];
    var on = auditDate ? checkValue(auditDate).value : null;
    if (on && actions) (def.rules.deadlines || []).forEach(function (rule) {
      actions.rows.forEach(function (row) {
        row.fields.forEach(function (f) {
          if (f.column !== 'due') return;
          var due = checkValue(f).value;
          if (!due) return;
          var days = (Date.parse(due) - Date.parse(on)) / 86400000;
          if (days > rule.max_days) add(f, 'The due date must be no more than ' + rule.max_days + ' days after the audit (' + on + ')');
        });
      });
    });
    // Moderation, when it is begun.
    if (moderationBegun()) {
      var agrees = one('mod-agrees'), g = one('mod-grade'), comment = one('mod-comment'), outcome = one('mod-outcome');
      if (one('mod-moderator') && isEmpty(one('mod-moderator'))) add(one('mod-moderator'), 'Enter the moderator\u2019s name');
      if (one('mod-date') && isEmpty(one('mod-date'))) add(one('mod-date'), 'Enter the date of moderation');
      if (g && g.hidden) g = null;  // asked only when the moderator does not agree
      if (agrees && agrees.get() === '') add(agrees, 'Say whether the moderator agrees with the overall judgement');
      if (agrees && agrees.get() === 'no' && g && g.get() === '') add(g, 'Give the moderator\u2019s own grade: they do not agree');
      if (agrees && agrees.get() === 'yes' && g && g.get() !== '' && g.get() !== currentJudgement())
        add(g, 'The moderator agrees, so leave their own grade empty or the same as the overall judgement');
      if (outcome && outcome.get() === 'returned' && comment && comment.get().trim() === '')
        add(comment, 'Say in the comment what the auditor must change: the audit is returned');
      byKind('mod-check').forEach(function (k) { if (k.get() === '') add(k, 'Answer ' + k.nameForEmpty); });
    }
    // A signature is a name, with its date when given.
    byKind('sig-date').forEach(function (d) {
      var n = byKind('sig-name').filter(function (x) { return x.id === d.id; })[0];
      if (n && isEmpty(n) && !isEmpty(d)) add(n, 'Enter the name that goes with the date signed');
    });
    return errors;
  }
  function headerRole(id) { return (def.header.filter(function (h) { return h.id === id; })[0] || {}).role; }
  function moderationBegun() {
    if (rowLists['mod-actions'] && rowLists['mod-actions'].rows.length) return true;
    return fields.some(function (f) { return f.kind && f.kind.indexOf('mod-') === 0 && !f.hidden && !isEmpty(f); });
  }
  function moderatedGrade() {
    var agrees = fields.filter(function (f) { return f.kind === 'mod-agrees'; })[0];
    var g = fields.filter(function (f) { return f.kind === 'mod-grade'; })[0];
    return agrees && agrees.get() === 'no' && g ? g.get() : '';
  }

  // ---- errors shown: the summary at the top, each message at its field ----
  function clearErrors() {
    fields.forEach(function (f) {
      var old = document.getElementById(f.errorId);
      if (old) old.remove();
      f.group.classList.remove('qaf-form-group--error');
      f.inputs.forEach(function (i) { i.classList.remove('qaf-input--error', 'qaf-textarea--error'); i.removeAttribute('aria-invalid'); });
      if (f.describe) f.describe.setAttribute('aria-describedby', f.hintId || '');
      if (f.describe && !f.hintId) f.describe.removeAttribute('aria-describedby');
    });
    var j = document.getElementById('judgement-group-error');
    if (j) j.remove();
    summaryHolder.innerHTML = '';
    document.title = pageTitle;
  }
  function showErrors(errors) {
    clearErrors();
    if (!errors.length) return;
    var list = el('ul', { class: 'qaf-error-summary__list' });
    errors.forEach(function (e) {
      var target = e.f ? e.f.first : e.id;
      list.appendChild(el('li', {}, [el('a', { href: '#' + target, text: e.message })]));
      if (!e.f) return;
      var f = e.f;
      if (document.getElementById(f.errorId)) return;  // one message a field: the first
      var msg = el('p', { class: 'qaf-error-message', id: f.errorId }, [el('span', { class: 'qaf-visually-hidden', text: 'Error: ' }), e.message]);
      f.group.classList.add('qaf-form-group--error');
      var holder = f.errorHolder;
      var before = holder.querySelector('.qaf-radios, .qaf-checkboxes, .qaf-date-input, input, textarea');
      if (before && before.parentNode === holder) holder.insertBefore(msg, before);
      else holder.appendChild(msg);
      f.inputs.forEach(function (i) {
        if (i.type !== 'radio' && i.type !== 'checkbox') i.classList.add(i.tagName === 'TEXTAREA' ? 'qaf-textarea--error' : 'qaf-input--error');
        i.setAttribute('aria-invalid', 'true');
      });
      if (f.describe) f.describe.setAttribute('aria-describedby', ((f.hintId ? f.hintId + ' ' : '') + f.errorId));
    });
    var summary = el('div', { class: 'qaf-error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': 'qaf-error-summary-title' }, [
      el('h2', { class: 'qaf-error-summary__title', id: 'qaf-error-summary-title', text: 'There is a problem' }),
      el('p', { text: 'The record is not saved. Put ' + (errors.length === 1 ? 'this' : 'these ' + errors.length + ' things') + ' right, then save again:' }),
      list]);
    list.addEventListener('click', function (e) {
      var a = e.target.closest('a');
      if (!a) return;
      var t = document.getElementById(a.getAttribute('href').slice(1));
      if (!t) return;
      e.preventDefault();
      var legend = t.closest('fieldset');
      (legend || t).scrollIntoView();
      if (t.focus) t.focus();
    });
    summaryHolder.appendChild(summary);
    document.title = 'Error: ' + pageTitle;
    summary.focus();
  }

  // ---- the record as YAML (every scalar quoted as JSON, which YAML reads the same) ----
  function q(s) { return JSON.stringify(String(s)); }
  function valueOf(f) { var r = checkValue(f); return r.empty || r.error ? null : r.value; }
  function scalarOrList(v, indent) {
    if (Array.isArray(v)) return '\n' + v.map(function (x) { return indent + '- ' + q(x); }).join('\n');
    return ' ' + q(v);
  }
  function recordYaml() {
    var out = [];
    var line = function (s) { out.push(s); };
    line('# Audit record saved from the fill-in form: ' + def.title.replace(/[\r\n]+/g, ' ') + ' (' + def.framework + ').');
    line('# It holds personal data: keep it where your service keeps audit records.');
    var byKind = function (k) { return fields.filter(function (f) { return f.kind === k && !f.hidden && !f.inBlockHidden(); }); };
    line('id: ' + q(valueOf(byKind('id')[0]) || ''));
    line('framework: ' + q(def.framework));
    line('template: ' + q(def.template));
    // A new record is completed on this version; an opened one stays on the version it was read as.
    var version = openedVersion === undefined ? def.version : openedVersion;
    if (version) line('version: ' + q(version));
    var header = byKind('header').filter(function (f) { return valueOf(f) !== null; });
    if (header.length) {
      line('header:');
      header.forEach(function (f) { line('  ' + q(f.id) + ': ' + q(valueOf(f))); });
    }
    var answers = [];
    def.sections.forEach(function (sec) {
      if (sec.kind !== 'questions') return;
      sec.questions.forEach(function (qq) {
        var own = fields.filter(function (f) { return f.kind === 'answer' && f.question === qq.id && !f.hidden; });
        var comment = fields.filter(function (f) { return f.kind === 'comment' && f.question === qq.id && !f.hidden; })[0];
        var text = comment ? valueOf(comment) : null;
        if (qq.cells) {
          var cols = own.filter(function (f) { return valueOf(f) !== null && !(Array.isArray(valueOf(f)) && !valueOf(f).length); });
          if (!cols.length && !text) {
            if (qq.required && own.length && !own[0].inBlockHidden()) answers.push('  ' + q(qq.id) + ': {}');  // every column may be left empty
            return;
          }
          answers.push('  ' + q(qq.id) + ':');
          cols.forEach(function (f) { answers.push('    ' + q(f.column) + ':' + scalarOrList(valueOf(f), '      ')); });
          if (text) answers.push('    comment: ' + q(text));
          return;
        }
        var v = own[0] ? valueOf(own[0]) : null;
        if (Array.isArray(v) && !v.length) v = null;
        if (v === null && !text) return;
        if (text) {
          answers.push('  ' + q(qq.id) + ':');
          if (v !== null) answers.push('    value:' + scalarOrList(v, '      '));
          answers.push('    comment: ' + q(text));
        } else answers.push('  ' + q(qq.id) + ':' + scalarOrList(v, '    '));
      });
    });
    if (answers.length) { line('answers:'); answers.forEach(line); }
    var j = byKind('judgement')[0];
    if (j && valueOf(j) !== null) line('judgement: ' + q(valueOf(j)));
    var jr = byKind('judgement-reason')[0];
    if (jr && valueOf(jr) !== null) line('judgement_reason: ' + q(valueOf(jr)));
    var rowsYaml = function (state, indent) {
      state.rows.forEach(function (row) {
        var cells = row.fields.filter(function (f) { var v = valueOf(f); return v !== null && !(Array.isArray(v) && !v.length); });
        if (!cells.length) { line(indent + '- {}'); return; }
        cells.forEach(function (f, i) { line(indent + (i ? '  ' : '- ') + q(f.column) + ':' + scalarOrList(valueOf(f), indent + '    ')); });
      });
    };
    if (rowLists.actions && rowLists.actions.rows.length) { line('actions:'); rowsYaml(rowLists.actions, '  '); }
    var sources = byKind('fb-given').filter(function (g) { return g.get() !== ''; });
    if (sources.length) {
      line('feedback:');
      sources.forEach(function (g) {
        var id = g.source;
        line('  ' + q(id) + ':');
        line('    given: ' + (g.get() === 'yes' ? 'true' : 'false'));
        if (g.get() === 'yes') {
          var s = byKind('fb-summary').filter(function (f) { return f.source === id; })[0];
          if (s && valueOf(s) !== null) line('    summary: ' + q(valueOf(s)));
          var comments = byKind('fb-comment').filter(function (f) { return f.source === id && valueOf(f) !== null; });
          var noted = function (f) { return comments.filter(function (c) { return c.question === f.question; })[0]; };
          var qs = byKind('fb-answer').filter(function (f) { return f.source === id; }).filter(function (f) { var v = valueOf(f); return (v !== null && !(Array.isArray(v) && !v.length)) || noted(f); });
          if (qs.length) {
            line('    answers:');
            qs.forEach(function (f) {
              var v = valueOf(f), c = noted(f);
              if (Array.isArray(v) && !v.length) v = null;
              if (!c) return line('      ' + q(f.question) + ':' + scalarOrList(v, '        '));
              line('      ' + q(f.question) + ':');
              if (v !== null) line('        value:' + scalarOrList(v, '          '));
              line('        comment: ' + q(valueOf(c)));
            });
          }
        } else {
          var r = byKind('fb-reason').filter(function (f) { return f.source === id; })[0];
          if (r && valueOf(r) !== null) line('    reason: ' + q(valueOf(r)));
        }
      });
    }
    var tables = def.sections.filter(function (s) { return s.kind === 'table' && rowLists['t-' + s.id].rows.length; });
    if (tables.length) {
      line('tables:');
      tables.forEach(function (s) { line('  ' + q(s.id) + ':'); rowsYaml(rowLists['t-' + s.id], '    '); });
    }
    if (moderationBegun()) {
      line('moderation:');
      var m = function (k) { return byKind(k)[0]; };
      if (m('mod-moderator') && valueOf(m('mod-moderator')) !== null) line('  moderator: ' + q(valueOf(m('mod-moderator'))));
      if (m('mod-date') && valueOf(m('mod-date')) !== null) line('  date: ' + q(valueOf(m('mod-date'))));
      if (m('mod-agrees') && m('mod-agrees').get()) line('  agrees: ' + (m('mod-agrees').get() === 'yes' ? 'true' : 'false'));
      if (m('mod-grade') && valueOf(m('mod-grade')) !== null) line('  grade: ' + q(valueOf(m('mod-grade'))));
      if (m('mod-comment') && valueOf(m('mod-comment')) !== null) line('  comment: ' + q(valueOf(m('mod-comment'))));
      if (m('mod-outcome') && valueOf(m('mod-outcome')) !== null) line('  outcome: ' + q(valueOf(m('mod-outcome'))));
      if (rowLists['mod-actions'] && rowLists['mod-actions'].rows.length) { line('  actions:'); rowsYaml(rowLists['mod-actions'], '    '); }
      var checks = byKind('mod-check').filter(function (k) { return k.get() !== ''; });
      if (checks.length) { line('  checks:'); checks.forEach(function (k) { line('    ' + q(k.id) + ': ' + q(k.get())); }); }
    }
    var sigs = {};
    byKind('sig-name').concat(byKind('sig-date')).forEach(function (f) {
      var v = valueOf(f);
      if (v === null) return;
      (sigs[f.id] = sigs[f.id] || {})[f.kind === 'sig-name' ? 'name' : 'date'] = v;
    });
    var signed = def.sections.filter(function (s) { return s.kind === 'signatures'; }).map(function (s) { return s.signatories; })
      .reduce(function (a, b) { return a.concat(b); }, []).filter(function (s) { return sigs[s.id]; });
    if (signed.length) {
      line('signatures:');
      signed.forEach(function (s) {
        line('  ' + q(s.id) + ':');
        if (sigs[s.id].name) line('    name: ' + q(sigs[s.id].name));
        if (sigs[s.id].date) line('    date: ' + q(sigs[s.id].date));
      });
    }
    return out.join('\n') + '\n';
  }

  function saveRecord() {
    update();
    var errors = validate();
    showErrors(errors);
    if (errors.length) return;
    var id = valueOf(fields.filter(function (f) { return f.kind === 'id'; })[0]);
    var blob = new Blob([recordYaml()], { type: 'text/yaml;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = el('a', { href: url, download: id + '.yaml' });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    var hadDraft = readDraft() !== null;
    say('Saved as ' + id + '.yaml where your browser saves downloads.' + (hadDraft ? ' A draft of this form is still kept on this computer: delete it once the record is safely saved.' : ''), false,
      hadDraft ? [deleteDraftButton()] : []);
  }
  function say(text, warn, extra) {
    notice.innerHTML = '';
    notice.appendChild(el('div', { class: 'qaf-notification' + (warn ? ' qaf-notification--warn' : ''), id: 'qaf-notice' }, [el('p', { class: 'qaf-fill__status', text: text })].concat(extra || [])));
  }

  // ---- drafts: only when asked for, on this computer only ----
  function readDraft() { try { return window.localStorage ? localStorage.getItem(draftKey) : null; } catch (e) { return null; } }
  function keepDraft() {
    try {
      localStorage.setItem(draftKey, JSON.stringify({ saved: new Date().toISOString(), state: draftState() }));
      say('A draft is kept in this browser on this computer. Anyone who uses this computer and browser can open it: delete it when you have saved the record.', false, [deleteDraftButton()]);
    } catch (e) {
      say('This browser does not let the page keep a draft. Save the record as a file instead.', true);
    }
  }
  function deleteDraftButton() {
    var b = el('button', { type: 'button', class: 'qaf-button qaf-button--secondary', id: 'qaf-delete-draft', text: 'Delete the draft' });
    b.addEventListener('click', function () { localStorage.removeItem(draftKey); say('The draft is deleted from this computer.', false); });
    return b;
  }
  // A draft keeps every field as typed, half-typed dates and hidden answers too.
  function draftState() {
    var rows = {}, values = {};
    Object.keys(rowLists).forEach(function (k) { rows[k] = rowLists[k].rows.length; });
    fields.forEach(function (f) { values[f.key] = f.get(); });
    return { rows: rows, values: values };
  }
  function restoreDraft(state) {
    Object.keys(rowLists).forEach(function (k) {
      clearRows(rowLists[k]);
      for (var n = 0; n < ((state.rows || {})[k] || 0); n++) addRow(rowLists[k], false);
    });
    fields.forEach(function (f) { if (state.values && f.key in state.values) setRaw(f, state.values[f.key]); });
    clearErrors();
    update();
  }
  function offerDraft() {
    var raw = readDraft();
    if (!raw) return;
    var d;
    try { d = JSON.parse(raw); } catch (e) { return; }
    var restore = el('button', { type: 'button', class: 'qaf-button', id: 'qaf-restore-draft', text: 'Carry on with the draft' });
    restore.addEventListener('click', function () {
      restoreDraft(d.state || {});
      say('The draft kept on this computer is filled in below. Delete it once you have saved the record.', false, [deleteDraftButton()]);
    });
    say('A draft of this form is kept on this computer (' + String(d.saved).slice(0, 10) + ').', false, [el('p', { class: 'qaf-button-group' }, [restore, ' ', deleteDraftButton()])]);
  }

  // ---- opening a record: a small YAML reader for records (maps, lists, quoted and plain scalars, | blocks) ----
  function parseYaml(text) {
    var lines = text.replace(/\r\n?/g, '\n').split('\n');
    var pos = 0;
    function indentOf(l) { return l.length - l.replace(/^ +/, '').length; }
    function skip() { while (pos < lines.length && /^\s*(#.*)?$/.test(lines[pos])) pos++; }
    function scalar(raw, blockIndent) {
      var s = raw.trim();
      if (s === '' ) return null;
      if (s[0] === '"') { var end = closingQuote(s); return JSON.parse(s.slice(0, end + 1)); }
      if (s[0] === '\'') { var m = /^'((?:[^']|'')*)'/.exec(s); if (!m) throw new Error('unclosed quote'); return m[1].replace(/''/g, '\''); }
      if (s[0] === '[' || s[0] === '{') {
        // A flow list or map, continued on the lines below until it closes.
        for (var extra = 0; ; extra++) {
          try { return flow(s); } catch (e) {
            if (!e.unclosed || pos >= lines.length || extra > 200) throw e;
            s += ' ' + lines[pos++].trim();
          }
        }
      }
      if (s[0] === '|' || s[0] === '>') return block(s.replace(/\s+#.*$/, ''), blockIndent);
      s = s.replace(/\s+#.*$/, '');
      if (s === '~' || s === 'null') return null;
      return s;
    }
    // "[a, 'b, c', {x: 1}]" and "{ value: good, comment: \"Fine\" }": flow collections, quotes and all.
    function flow(src) {
      var i = 0;
      function ws() { while (i < src.length && /\s/.test(src[i])) i++; }
      function unclosed(what) { var e = new Error('a ' + what + ' is not closed'); e.unclosed = true; return e; }
      function value(stops) {
        ws();
        var c = src[i];
        if (c === '[' || c === '{') {
          var list = c === '[', close = list ? ']' : '}', out = list ? [] : {};
          i++;
          for (;;) {
            ws();
            if (i >= src.length) throw unclosed(list ? 'list' : 'map');
            if (src[i] === close) { i++; return out; }
            if (list) out.push(value(',]'));
            else {
              var k = value(':,}');
              ws();
              var v = null;
              if (src[i] === ':') { i++; v = value(',}'); }
              out[k] = v;
            }
            ws();
            if (src[i] === ',') { i++; continue; }
            if (src[i] === close) { i++; return out; }
            if (i >= src.length) throw unclosed(list ? 'list' : 'map');
            throw new Error('expected \u2018,\u2019 or \u2018' + close + '\u2019');
          }
        }
        if (c === '"') { var end = closingQuote(src.slice(i)); var str = JSON.parse(src.slice(i, i + end + 1)); i += end + 1; return str; }
        if (c === '\'') {
          var m = /^'((?:[^']|'')*)'/.exec(src.slice(i));
          if (!m) throw unclosed('quote');
          i += m[0].length;
          return m[1].replace(/''/g, '\'');
        }
        var start = i;
        for (; i < src.length; i++) {
          var ch = src[i];
          if (stops.indexOf(ch) >= 0 && (ch !== ':' || i + 1 >= src.length || /[\s,\]}]/.test(src[i + 1]))) break;
          if (ch === '#' && i > start && /\s/.test(src[i - 1])) break;
        }
        var t = src.slice(start, i).trim();
        return t === '~' || t === 'null' || t === '' ? null : t;
      }
      var result = value('');
      ws();
      if (i < src.length && src[i] !== '#') throw new Error('unexpected text after a flow collection');
      return result;
    }
    function closingQuote(s) {
      for (var i = 1; i < s.length; i++) { if (s[i] === '\\') i++; else if (s[i] === '"') return i; }
      var e = new Error('unclosed quote');
      e.unclosed = true;
      throw e;
    }
    function block(kind, parentIndent) {
      var out = [];
      var ind = -1;
      while (pos < lines.length) {
        var l = lines[pos];
        if (l.trim() === '') { out.push(''); pos++; continue; }
        var i = indentOf(l);
        if (i <= parentIndent) break;
        if (ind < 0) ind = i;
        out.push(l.slice(ind));
        pos++;
      }
      // Chomping: '|' keeps one final line break, '|-' none, '|+' every one.
      var trailing = 0;
      while (out.length && out[out.length - 1] === '') { out.pop(); trailing++; }
      var text;
      if (kind[0] === '|') text = out.join('\n');
      else text = out.reduce(function (acc, l, n) {  // '>': lines folded into one, a blank line a break
        if (n === 0) return l;
        if (l === '') return acc + '\n';
        return acc + (out[n - 1] === '' || /^\s/.test(l) ? '' : ' ') + l;
      }, '');
      if (!out.length) return '';
      if (kind.indexOf('-') >= 0) return text;
      return text + (kind.indexOf('+') >= 0 ? new Array(trailing + 2).join('\n') : '\n');
    }
    function node(indent) {
      skip();
      if (pos >= lines.length) return null;
      var l = lines[pos];
      var i = indentOf(l);
      if (i < indent) return null;
      if (/^\s*- |^\s*-$/.test(l)) return seq(i);
      return map(i);
    }
    function keyOf(rest) {
      var m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#][^:]*?)\s*:(\s|$)/.exec(rest);
      if (!m) throw new Error('expected "key: value" on line ' + (pos + 1));
      var k = m[1][0] === '"' ? JSON.parse(m[1]) : m[1][0] === '\'' ? m[1].slice(1, -1).replace(/''/g, '\'') : m[1];
      return { key: k, rest: rest.slice(m[0].length) };
    }
    function map(indent) {
      var out = {};
      while (true) {
        skip();
        if (pos >= lines.length) break;
        var l = lines[pos];
        var i = indentOf(l);
        if (i !== indent || /^\s*- /.test(l)) { if (i > indent) throw new Error('unexpected indentation on line ' + (pos + 1)); break; }
        var kv = keyOf(l.slice(i));
        pos++;
        out[kv.key] = entry(kv.rest, indent);
      }
      return out;
    }
    function entry(rest, indent) {
      if (rest.trim() === '' || /^\s*#/.test(rest)) {
        skip();
        if (pos < lines.length) {
          var ni = indentOf(lines[pos]);
          if (ni > indent || (ni === indent && /^\s*- /.test(lines[pos]))) return node(ni);
        }
        return null;
      }
      return scalar(rest, indent);
    }
    function seq(indent) {
      var out = [];
      while (true) {
        skip();
        if (pos >= lines.length) break;
        var l = lines[pos];
        var i = indentOf(l);
        if (i !== indent || !/^\s*-( |$)/.test(l)) break;
        var rest = l.slice(i + 1);
        var item = rest.replace(/^ +/, '');
        if (item === '' || /^#/.test(item)) { pos++; out.push(node(indent + 1)); continue; }
        if (/^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:#"'\[{][^:]*?)\s*:(\s|$)/.test(item)) {
          // A map in a list item: its first key sits after "- ".
          var col = i + 1 + (rest.length - item.length);
          lines[pos] = new Array(col + 1).join(' ') + item;
          out.push(map(col));
          continue;
        }
        pos++;
        out.push(scalar(item, indent));
      }
      return out;
    }
    var result = node(0);
    skip();
    if (pos < lines.length) throw new Error('could not read line ' + (pos + 1));
    return result;
  }

  function openText(text, name) {
    var rec;
    try { rec = parseYaml(text); } catch (e) { say('\u201c' + name + '\u201d could not be read: ' + e.message + '. Open a record saved from this form, or check it with qaf check.', true); return; }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) { say('\u201c' + name + '\u201d is not an audit record.', true); return; }
    if (rec.template !== def.template || rec.framework !== def.framework) {
      say('\u201c' + name + '\u201d is a record of ' + (rec.template ? '\u201c' + rec.template + '\u201d' : 'another form') + (rec.framework ? ' in ' + rec.framework : '') + ', not of this form. Open it on its own form.', true);
      return;
    }
    load(rec);
    clearErrors();
    var note = rec.version && def.version && String(rec.version) !== def.version ? ' It was completed on version ' + rec.version + ' of the framework; this is version ' + def.version + ': check its answers before saving it again.' : '';
    say('Opened \u201c' + name + '\u201d. Its answers are filled in below.' + note, !!note);
    return true;
  }

  // YAML's true and yes, in any case, as the loader reads them.
  function yes(v) { return v === true || /^(true|yes|y|on)$/i.test(String(v).trim()); }
  var fillRows;
  var openedVersion;  // the `version` of the record opened last (null: it named none); undefined: a new record
  function load(rec) {
    openedVersion = rec.version === undefined || rec.version === null ? null : String(rec.version);
    var byKind = function (k) { return fields.filter(function (f) { return f.kind === k; }); };
    var put = function (f, v) { if (f) f.set(v === null || v === undefined ? '' : Array.isArray(v) ? v : typeof v === 'object' ? '' : String(v)); };
    fields.forEach(function (f) { if (f.kind !== 'cell') put(f, ''); });
    put(byKind('id')[0], rec.id);
    var header = rec.header || {};
    byKind('header').forEach(function (f) { put(f, header[f.id]); });
    var answers = rec.answers || {};
    byKind('answer').forEach(function (f) {
      var a = answers[f.question];
      if (a === undefined || a === null) return;
      if (f.column) put(f, typeof a === 'object' && !Array.isArray(a) ? a[f.column] : '');
      else put(f, typeof a === 'object' && !Array.isArray(a) ? a.value : a);
    });
    byKind('comment').forEach(function (f) {
      var a = answers[f.question];
      if (a && typeof a === 'object' && !Array.isArray(a)) put(f, a.comment);
      if (!isEmpty(f)) f.group.classList.remove('qaf-form-group--hidden');
    });
    put(byKind('judgement')[0], rec.judgement);
    put(byKind('judgement-reason')[0], rec.judgement_reason);
    fillRows = function (state, rows) {
      if (!state) return;
      clearRows(state);
      (Array.isArray(rows) ? rows : []).forEach(function (r) {
        var row = addRow(state, false);
        row.fields.forEach(function (f) { put(f, r && typeof r === 'object' ? r[f.column] : ''); });
      });
    };
    fillRows(rowLists.actions, rec.actions);
    def.sections.forEach(function (s) { if (s.kind === 'table') fillRows(rowLists['t-' + s.id], (rec.tables || {})[s.id]); });
    var fb = rec.feedback || {};
    byKind('fb-given').forEach(function (g) {
      var e = fb[g.source];
      if (!e) return;
      put(g, e.given === undefined || e.given === null ? '' : yes(e.given) ? 'yes' : 'no');
      byKind('fb-summary').forEach(function (f) { if (f.source === g.source) put(f, e.summary); });
      byKind('fb-reason').forEach(function (f) { if (f.source === g.source) put(f, e.reason); });
      byKind('fb-answer').forEach(function (f) {
        if (f.source !== g.source || !e.answers) return;
        var a = e.answers[f.question];
        put(f, a && typeof a === 'object' && !Array.isArray(a) ? a.value : a);
      });
      byKind('fb-comment').forEach(function (f) {
        var a = f.source === g.source && e.answers ? e.answers[f.question] : null;
        if (a && typeof a === 'object' && !Array.isArray(a)) put(f, a.comment);
      });
    });
    var m = rec.moderation;
    if (m && typeof m === 'object') {
      put(byKind('mod-moderator')[0], m.moderator);
      put(byKind('mod-date')[0], m.date);
      if (m.agrees !== undefined && m.agrees !== null) put(byKind('mod-agrees')[0], yes(m.agrees) ? 'yes' : 'no');
      put(byKind('mod-grade')[0], m.grade);
      put(byKind('mod-comment')[0], m.comment);
      put(byKind('mod-outcome')[0], m.outcome);
      fillRows(rowLists['mod-actions'], m.actions);
      byKind('mod-check').forEach(function (k) {
        var v = m.checks ? m.checks[k.id] : undefined;
        if (v !== undefined && v !== null) put(k, yes(v) ? 'yes' : 'no');
      });
    }
    var sigs = rec.signatures || {};
    byKind('sig-name').forEach(function (f) { if (sigs[f.id]) put(f, sigs[f.id].name); });
    byKind('sig-date').forEach(function (f) { if (sigs[f.id]) put(f, sigs[f.id].date); });
    update();
  }

  // ---- after every change: conditions, the computed judgement, the moderator's grade ----
  function update() {
    applyConditions();
    var out = document.getElementById('judgement-computed');
    if (out) {
      var c = computedJudgement();
      out.textContent = c && c.grade ? c.label : 'not yet: answer the ratings';
    }
    var agrees = fields.filter(function (f) { return f.kind === 'mod-agrees'; })[0];
    var g = fields.filter(function (f) { return f.kind === 'mod-grade'; })[0];
    if (g) {
      g.hidden = !agrees || agrees.get() !== 'no';
      g.group.classList.toggle('qaf-form-group--hidden', g.hidden);
    }
  }
  // A field inside a part that is hidden (a feedback source's "yes" answers while it says "no").
  function inBlockHidden() {
    var node = this.group.parentNode;
    while (node && node !== form) {
      if (node.classList && node.classList.contains('qaf-form-group--hidden')) return true;
      node = node.parentNode;
    }
    return false;
  }
  build();
  // For tests: the definition the page was built from, and the record as it would be saved.
  window.qafForm = { definition: def, yaml: recordYaml, validate: function () { update(); return validate().map(function (e) { return e.message; }); } };
})();
