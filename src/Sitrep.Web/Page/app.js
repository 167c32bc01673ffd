// Sitrep's web page. Every piece of record or article text reaches the page as a text node (textContent,
// createTextNode), never as markup: an article that holds <script> or onerror= is shown, not run.
'use strict';

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const $ = (id) => document.getElementById(id);

/** An element with attributes (never innerHTML) and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function status(message, isError) {
  const s = $('status');
  s.textContent = message || '';
  s.classList.toggle('error', !!isError);
}

function apiKey() { return sessionStorage.getItem('sitrep-key') || ''; }

/** Calls the API; a problem-details answer becomes an Error with its title and detail. */
async function api(path, options) {
  const o = Object.assign({ headers: {} }, options || {});
  if (apiKey()) o.headers['X-Api-Key'] = apiKey();
  if (o.json !== undefined) { o.body = JSON.stringify(o.json); o.headers['Content-Type'] = 'application/json'; o.method = o.method || 'POST'; }
  const r = await fetch(path, o);
  const type = r.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await r.json() : await r.text();
  if (!r.ok) {
    const p = typeof body === 'object' && body ? body : {};
    throw new Error(`${r.status} ${p.title || r.statusText}${p.detail ? ': ' + p.detail : ''}`);
  }
  return body;
}

/** Runs one piece of work with its progress line; the work's answer (a string) or its error is the last word. */
async function run(what, work) {
  status(what + '…');
  try { status((await work()) || ''); } catch (e) { status(e.message, true); }
}

// ---- tabs ----------------------------------------------------------------------------------------------------
function showTab(name) {
  for (const b of document.querySelectorAll('#tabs button')) b.classList.toggle('on', b.dataset.tab === name);
  for (const s of document.querySelectorAll('.tab')) s.hidden = s.id !== 'tab-' + name;
  $('doc-view').hidden = true;
}

// ---- the document view: article with highlights, record beside it ------------------------------------------------
const view = { record: null, stored: false, items: new Map(), selected: null };

/** Every item of the record with its spans into document.text and a one-line summary. */
function itemsOf(rec) {
  const items = [];
  const entities = new Map(rec.entities.map((e) => [e.id, e]));
  const name = (id) => (id && entities.get(id) ? entities.get(id).name : null);
  const placeIds = new Set(rec.places.map((p) => p.entity));
  rec.findings.forEach((f, i) => items.push({ kind: 'finding', id: String(i), spans: f.evidence.map((s) => [s.start, s.end]),
    title: `${f.severity}: ${f.kind}`, sub: f.message }));
  rec.quotes.forEach((q) => items.push({ kind: 'quote', id: q.id, spans: [[q.start, q.end]],
    title: q.speaker_name ? `${q.speaker_name} (${q.kind})` : `unattributed (${q.kind})`, sub: q.text, speaker: q.speaker_name }));
  rec.events.forEach((ev) => items.push({ kind: 'event', id: ev.id, spans: [[ev.evidence.start, ev.evidence.end]],
    title: ev.type + (ev.mode ? ` (${ev.mode})` : ''),
    sub: [name(ev.source) || '?', '→', name(ev.target) || '?', ev.where ? ` at ${name(ev.where) || ev.where}` : '', ev.when ? ` on ${ev.when}` : ''].join(' '),
    type: ev.type, place: name(ev.where) }));
  rec.entities.forEach((e) => {
    if (placeIds.has(e.id)) return;
    items.push({ kind: 'entity', id: e.id, spans: e.mentions.map((m) => [m.start, m.end]),
      title: `${e.name} (${e.type})`, sub: [e.kb_id, ...e.roles.map((r) => r.title + (r.of ? ' of ' + r.of : ''))].filter(Boolean).join('; ') });
  });
  rec.places.forEach((p) => {
    const e = entities.get(p.entity);
    items.push({ kind: 'place', id: p.entity, spans: e ? e.mentions.map((m) => [m.start, m.end]) : [],
      title: `${p.name}${p.country ? ', ' + p.country : ''}`, sub: p.lat !== null && p.lat !== undefined ? `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : '', place: p.name });
  });
  rec.times.forEach((t, i) => items.push({ kind: 'time', id: String(i), spans: [[t.start, t.end]], title: `${t.text} → ${t.value}`, sub: t.type }));
  rec.quantities.forEach((q, i) => items.push({ kind: 'quantity', id: String(i), spans: [[q.start, q.end]],
    title: q.text, sub: [q.kind, q.value, q.unit, q.qualifier !== 'exact' ? q.qualifier : null, q.counts].filter((x) => x !== null && x !== undefined).join(' ') }));
  return items;
}

function renderDocument(rec, stored) {
  view.record = rec; view.stored = stored; view.items = new Map(); view.selected = null;
  const text = rec.document.text;
  const items = itemsOf(rec);
  for (const it of items) { it.key = it.kind + ':' + it.id; it.marks = []; view.items.set(it.key, it); }

  // Split the text at every span boundary; a piece covered by items is one highlight that knows them all.
  const cuts = new Set([0, text.length]);
  for (const it of items) for (const [s, e] of it.spans) if (s < e && e <= text.length) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].sort((a, b) => a - b);
  const covering = points.slice(0, -1).map(() => []);
  const at = new Map(points.map((p, i) => [p, i]));
  for (const it of items) {
    for (const [s, e] of it.spans) {
      if (!(s < e && e <= text.length)) continue;
      for (let i = at.get(s); i < at.get(e); i++) covering[i].push(it);
    }
  }
  const article = $('doc-text');
  article.replaceChildren();
  for (let i = 0; i < points.length - 1; i++) {
    const piece = text.slice(points[i], points[i + 1]);
    const over = covering[i];
    if (over.length === 0) { article.append(document.createTextNode(piece)); continue; }
    // The innermost item (the shortest span) gives the colour and is what a click selects first.
    over.sort((a, b) => spanLength(a, points[i]) - spanLength(b, points[i]));
    const mark = el('span', { class: 'hl ' + over[0].kind, 'data-item': over[0].key, title: over.map((o) => o.kind + ' ' + o.id).join(', ') }, piece);
    mark.addEventListener('click', () => select(over[0].key, over));
    for (const o of over) o.marks.push(mark);
    article.append(mark);
  }

  $('doc-title').textContent = rec.document.title || rec.document.source;
  const d = rec.document;
  $('doc-meta').textContent = [d.source, d.published || (d.published_inferred ? d.published_inferred.value + ' (inferred)' : null),
    d.author, 'id ' + d.id, stored ? 'stored' : 'not stored'].filter(Boolean).join(' · ');
  renderRecord(items);
  for (const s of document.querySelectorAll('.tab')) s.hidden = true;
  $('doc-view').hidden = false;
}

function spanLength(it, point) {
  for (const [s, e] of it.spans) if (s <= point && point < e) return e - s;
  return Infinity;
}

const SECTIONS = [['finding', 'Findings'], ['quote', 'Quotes'], ['event', 'Events'], ['entity', 'Entities'], ['place', 'Places'], ['time', 'Times'], ['quantity', 'Quantities']];

function renderRecord(items) {
  const aside = $('record');
  aside.replaceChildren();
  const corrections = view.record.corrections || [];
  for (const [kind, heading] of SECTIONS) {
    const list = items.filter((i) => i.kind === kind);
    aside.append(el('h3', {}, `${heading} (${list.length})`));
    const ul = el('ul', {});
    for (const it of list) {
      const li = el('li', { class: 'entry ' + kind, id: 'entry-' + it.key.replace(':', '-'), 'data-item': it.key },
        el('div', {}, it.title), it.sub ? el('div', { class: 'sub' }, it.sub) : null);
      li.addEventListener('click', (ev) => { if (!ev.target.closest('.review')) select(it.key); });
      for (const c of corrections.filter((c) => c.item === kind && c.item_id === it.id)) li.append(correctionLine(c));
      if (view.stored) li.append(reviewControls(it));
      it.entry = li;
      ul.append(li);
    }
    aside.append(ul);
  }
}

function correctionLine(c) {
  return c.action === 'wrong'
    ? el('div', { class: 'correction wrong' }, 'marked wrong', c.note ? ' — ' + c.note : '')
    : el('div', { class: 'correction' }, `${c.field}: ${c.machine || '—'} → ${c.value}`, c.note ? ' — ' + c.note : '');
}

/** Selects an item: its marks in the article and its record entry, each scrolled into view. */
function select(key, here) {
  const it = view.items.get(key);
  if (!it) return;
  for (const m of document.querySelectorAll('.hl.sel, .entry.sel')) m.classList.remove('sel');
  for (const m of it.marks) m.classList.add('sel');
  if (it.entry) {
    it.entry.classList.add('sel');
    for (const old of it.entry.querySelectorAll('.here')) old.remove();
    const others = (here || []).filter((o) => o.key !== key);
    if (others.length) {
      it.entry.append(el('div', { class: 'here' }, 'Also here: ',
        others.map((o) => el('button', { type: 'button', onclick: (ev) => { ev.stopPropagation(); select(o.key, here); } }, `${o.kind} ${o.title}`))));
    }
    it.entry.scrollIntoView({ block: 'nearest' });
  }
  if (it.marks.length) it.marks[0].scrollIntoView({ block: 'nearest' });
  view.selected = key;
}

// ---- review ----------------------------------------------------------------------------------------------------
const FIELDS = { quote: [['speaker', 'speaker']], event: [['type', 'category'], ['place', 'place']], place: [['place', 'place']] };

function reviewControls(it) {
  const box = el('div', { class: 'review' });
  box.append(el('button', { type: 'button', class: 'mark-wrong', onclick: () => correct(it, { action: 'wrong' }) }, 'Wrong'));
  for (const [field, label] of FIELDS[it.kind] || []) {
    box.append(el('button', { type: 'button', class: 'fix-' + field, onclick: () => correctionForm(box, it, field, label) }, 'Correct ' + label));
  }
  return box;
}

function correctionForm(box, it, field, label) {
  for (const f of box.querySelectorAll('form')) f.remove();
  const input = field === 'type'
    ? el('select', { name: 'value' }, PLOVER.map((c) => el('option', { value: c, selected: c === it.type }, c)))
    : el('input', { name: 'value', placeholder: label, value: it[field] || '', required: true });
  const note = el('input', { name: 'note', placeholder: 'note (optional)' });
  const form = el('form', { class: 'correct-form' }, input, note, el('button', { type: 'submit' }, 'Save'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    correct(it, { action: 'correct', field, value: input.value, note: note.value || null });
  });
  box.append(form);
  input.focus();
}

function correct(it, body) {
  return run('Saving the correction', async () => {
    const id = view.record.document.id;
    await api(`/api/documents/${encodeURIComponent(id)}/corrections`, { json: Object.assign({ item: it.kind, item_id: it.id }, body) });
    const rec = await api(`/api/documents/${encodeURIComponent(id)}`);
    renderDocument(rec, true);
    select(it.key);
    return 'Correction saved beside the machine\'s reading.';
  });
}

/** Opens a stored document; with a span start, selects the item of <kind> (else the innermost) that covers it. */
async function openDocument(id, spanStart, kind) {
  await run('Opening the document', async () => {
    const rec = await api(`/api/documents/${encodeURIComponent(id)}`);
    renderDocument(rec, true);
    if (spanStart !== undefined && spanStart !== null) {
      const hit = [...view.items.values()].filter((i) => i.spans.some(([s, e]) => s <= spanStart && spanStart < e))
        .sort((a, b) => spanLength(a, spanStart) - spanLength(b, spanStart));
      const pick = hit.find((i) => i.kind === kind) || hit[0];
      if (pick) select(pick.key);
    }
  });
}

// ---- analyse ---------------------------------------------------------------------------------------------------
function mode() { return document.querySelector('input[name=mode]:checked').value; }

async function analyze(store) {
  const published = $('analyze-published').value.trim() || null;
  await run(store ? 'Analysing and storing' : 'Analysing', async () => {
    let rec;
    if (store) {
      if (mode() !== 'paste') throw new Error('storing takes pasted text');
      const saved = await api('/api/documents', { json: { text: $('analyze-text').value, published } });
      rec = await api(`/api/documents/${encodeURIComponent(saved.id)}`);
    } else if (mode() === 'paste') {
      rec = await api('/api/analyze', { json: { text: $('analyze-text').value, published } });
    } else if (mode() === 'upload') {
      const f = $('analyze-file').files[0];
      if (!f) throw new Error('choose a file to upload');
      const form = new FormData();
      form.append('file', f);
      if (published) form.append('published', published);
      rec = await api('/api/analyze/upload', { method: 'POST', body: form });
    } else {
      rec = await api('/api/analyze/url', { json: { url: $('analyze-url').value, published } });
    }
    renderDocument(rec, !!store);
  });
}

// ---- browse ----------------------------------------------------------------------------------------------------
function params(form) {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (String(v).trim()) p.set(k, String(v).trim());
  return p;
}

function table(target, result, columns, onRow) {
  const t = $(target);
  t.replaceChildren(el('tr', {}, columns.map(([, label]) => el('th', {}, label))));
  for (const row of result.rows) {
    const tr = el('tr', { class: onRow ? 'link' : null }, columns.map(([c]) => el('td', {}, row[c] === null || row[c] === undefined ? '' : row[c])));
    if (onRow) tr.addEventListener('click', () => onRow(row));
    t.append(tr);
  }
  if (result.rows.length === 0) t.append(el('tr', {}, el('td', { colspan: columns.length }, 'nothing found')));
}

function list(target, result, render, onItem) {
  const ol = $(target);
  ol.replaceChildren();
  for (const row of result.rows) {
    const li = el('li', {}, render(row));
    li.addEventListener('click', () => onItem(row));
    ol.append(li);
  }
  if (result.rows.length === 0) ol.append(el('li', {}, 'nothing found'));
}

const QUERIES = {
  search: (r) => list('search-results', r, (x) => [el('strong', {}, x.title || x.doc_id), ' ', el('span', { class: 'meta' }, x.date || ''), el('div', {}, x.snippet || '')],
    (x) => openDocument(x.doc_id)),
  people: (r) => table('people-table', r, [['name', 'Person'], ['kb_id', 'KB id'], ['documents', 'Documents'], ['mentions', 'Mentions'], ['quotes', 'Quotes']], (x) => showQuotes(x.name)),
  orgs: (r) => table('orgs-table', r, [['name', 'Organisation'], ['kb_id', 'KB id'], ['documents', 'Documents'], ['mentions', 'Mentions'], ['quotes', 'Quotes']], (x) => showQuotes(x.name)),
  quotes: (r) => list('quotes-results', r, (x) => [el('strong', {}, x.speaker_name || 'unattributed'), ' ', el('span', { class: 'meta' }, `${x.date || ''} · ${x.kind}`), el('div', {}, x.text)],
    (x) => openDocument(x.doc_id, x.span_start, 'quote')),
  events: (r) => timeline(r),
  findings: (r) => list('findings-results', r, (x) => [el('strong', {}, `${x.severity}: ${x.kind}`), ' ', el('span', { class: 'meta' }, `${x.date || ''} · ${x.title || x.doc_id}`),
    el('div', {}, x.message), x.evidence ? el('div', { class: 'meta' }, 'evidence: “', x.evidence, '”') : null], (x) => openDocument(x.doc_id, x.span_start, 'finding')),
  stories: (r) => table('stories-table', r, [['title', 'Story'], ['articles', 'Articles'], ['copies', 'Copies'], ['sources', 'Sources'], ['first_date', 'From'], ['last_date', 'To']],
    (x) => openStory(x)),
  places: (r, form) => {
    table('places-table', r, [['name', 'Place'], ['country', 'Country'], ['lat', 'Lat'], ['lon', 'Lon'], ['documents', 'Documents']], (x) => showEvents({ where: x.name }));
    return drawMap(form);
  },
};

/** The places' map: the server draws the SVG (the report's offline map); it is shown as an image, so nothing in it runs. */
async function drawMap(form) {
  const box = $('map');
  box.replaceChildren();
  const svg = await api(`/api/places/map?${params(form)}`);
  box.append(el('img', { src: 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg), alt: 'Map of the places' }));
}

/**
 * A briefing of the stored articles the form selects. The server renders it (every sentence cited); the page takes its
 * sections as parsed nodes into the view (DOMParser runs no script, and the page's policy runs none either) and offers
 * the whole self-contained file for saving.
 */
async function briefing(form) {
  await run('Writing the briefing', async () => {
    const html = await api(`/api/briefing?${params(form)}&format=html`);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const view = $('briefing-view');
    view.replaceChildren(...[...doc.body.children].map((n) => document.importNode(n, true)));
    const save = $('briefing-save');
    if (save.href) URL.revokeObjectURL(save.href);
    save.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    save.hidden = false;
    const n = view.querySelectorAll('#sources li').length;
    return `Briefing of ${n} article${n === 1 ? '' : 's'}`;
  });
}

// Rows grouped by day into box, each row shown by item(x); `empty` when there are none.
function byDay(box, rows, dateOf, item, empty) {
  box.replaceChildren();
  const days = new Map();
  for (const x of rows) {
    const d = dateOf(x) || 'undated';
    if (!days.has(d)) days.set(d, []);
    days.get(d).push(x);
  }
  for (const [day, list] of days) box.append(el('div', { class: 'day' }, el('h3', {}, day), list.map(item)));
  if (rows.length === 0) box.append(el('p', {}, empty));
}

function timeline(r) {
  byDay($('events-timeline'), r.rows, (x) => x.event_date, (x) => el('button', { type: 'button', class: 'ev', onclick: () => openDocument(x.doc_id, x.span_start, 'event') },
    el('span', { class: 'cat' }, x.type), ' ', `${x.source_name || '?'} → ${x.target_name || '?'}`, x.place_name ? ` · ${x.place_name}` : '',
    x.fatalities !== null && x.fatalities !== undefined ? ` · ${x.fatalities} killed` : '', el('div', { class: 'meta' }, x.evidence)), 'no events match');
}

// A story: its events by date and its quotes, each opening its article at its evidence; and its briefing.
async function openStory(story) {
  await run('Reading the story', async () => {
    const r = await api(`/api/stories/${encodeURIComponent(story.story_id)}?limit=500`);
    $('story-title').textContent = story.title || story.story_id;
    $('story-briefing').href = `/api/stories/${encodeURIComponent(story.story_id)}/briefing`;
    byDay($('story-timeline'), r.rows, (x) => x.date, (x) => el('button', { type: 'button', class: 'ev ' + x.item, onclick: () => openDocument(x.doc_id, x.span_start, x.item) },
      el('span', { class: 'cat' }, x.item === 'quote' ? 'QUOTE' : x.what), ' ',
      x.item === 'quote' ? `${x.who || 'unattributed'}: ` : `${x.who || '?'} → ${x.whom || '?'}${x.place ? ' · ' + x.place : ''}${x.killed !== null && x.killed !== undefined ? ` · ${x.killed} killed` : ''}`,
      el('div', { class: 'meta' }, x.text)), 'no events or quotes in this story');
    $('story-view').hidden = false;
  });
}

async function query(name, form) {
  await run('Asking the store', async () => { await QUERIES[name](await api(`/api/${name}?${params(form)}`), form); });
}

function showQuotes(who) {
  showTab('quotes');
  const form = document.querySelector('form[data-query=quotes]');
  form.elements.who.value = who;
  form.elements.about.value = '';
  $('quotes-results').replaceChildren();
  query('quotes', form);
}

function showEvents(filter) {
  showTab('events');
  const form = document.querySelector('form[data-query=events]');
  for (const k of ['type', 'who', 'where', 'since', 'until']) form.elements[k].value = filter[k] || '';
  $('events-timeline').replaceChildren();
  query('events', form);
}

// ---- start -----------------------------------------------------------------------------------------------------
document.addEventListener('DOMContentLoaded', () => {
  for (const b of document.querySelectorAll('#tabs button')) b.addEventListener('click', () => showTab(b.dataset.tab));
  for (const c of PLOVER) $('events-type').append(el('option', { value: c }, c));
  const key = $('api-key');
  key.value = apiKey();
  key.addEventListener('change', () => sessionStorage.setItem('sitrep-key', key.value));
  for (const r of document.querySelectorAll('input[name=mode]')) {
    r.addEventListener('change', () => {
      $('analyze-text').hidden = mode() !== 'paste';
      $('analyze-file').hidden = mode() !== 'upload';
      $('analyze-url').hidden = mode() !== 'url';
    });
  }
  $('analyze-form').addEventListener('submit', (ev) => { ev.preventDefault(); analyze(false); });
  $('analyze-store').addEventListener('click', () => analyze(true));
  $('briefing-form').addEventListener('submit', (ev) => { ev.preventDefault(); briefing(ev.target); });
  for (const f of document.querySelectorAll('form[data-query]')) {
    f.addEventListener('submit', (ev) => { ev.preventDefault(); query(f.dataset.query, f); });
  }
});
