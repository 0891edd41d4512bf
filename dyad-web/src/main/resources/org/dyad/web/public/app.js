'use strict';
// The dashboard: every text that comes from the store is put into the page with textContent,
// never as markup, because articles are written by anyone.

const QUAD_NAMES = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};
const QUAD_COLOURS = {1: '#8cc084', 2: '#2e7d32', 3: '#f0a35e', 4: '#c0392b'};
const state = {page: 1, size: 50, sort: '-date', total: 0, dyad: null, cameo: {}, chart: null, simulation: null};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-')) node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const c of children) {
    if (c === undefined || c === null) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function filterParams(extra) {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(document.getElementById('filters'))) {
    if (String(v).trim() !== '') params.set(k, String(v).trim());
  }
  for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
  return params;
}

async function getJson(path, params) {
  const url = params && [...params].length ? path + '?' + params : path;
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || response.status + ' ' + response.statusText);
  return body;
}

function showError(e) {
  document.getElementById('error').textContent = e ? e.message : '';
}

function cameoName(code) {
  const c = state.cameo[code];
  return c ? c.name : '';
}

function actorLabel(a) {
  if (!a) return '—';
  return a.code;
}

// ---- network ------------------------------------------------------------------------------

async function loadNetwork() {
  const by = document.getElementById('network-by').value;
  const data = await getJson('/api/network', filterParams({by: by, limit: 150}));
  drawNetwork(data);
}

function drawNetwork(data) {
  const svg = d3.select('#network');
  svg.selectAll('*').remove();
  if (state.simulation) state.simulation.stop();
  const box = svg.node().getBoundingClientRect();
  const width = box.width || 600, height = box.height || 460;
  if (!data.edges.length) {
    svg.append('text').attr('x', 20).attr('y', 30).text('No dyads for these filters.');
    return;
  }
  const nodes = data.nodes.map(n => ({...n}));
  const links = data.edges.map(e => ({...e}));
  const radius = d => 4 + Math.min(22, Math.sqrt(d.events) * 2);
  const colour = d3.scaleSequential(d3.interpolateRdYlGn).domain([-10, 10]);
  const countryColour = d3.scaleOrdinal(d3.schemeTableau10);
  const maxEvents = d3.max(links, l => l.events) || 1;
  const strokeWidth = d3.scaleSqrt().domain([1, maxEvents]).range([1, 8]);

  svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 -4 8 8')
    .attr('refX', 8).attr('refY', 0).attr('markerUnits', 'userSpaceOnUse').attr('markerWidth', 9).attr('markerHeight', 9).attr('orient', 'auto')
    .append('path').attr('d', 'M0,-4L8,0L0,4').attr('fill', '#98a2b3');

  const edge = svg.append('g').selectAll('line').data(links).join('line')
    .attr('class', 'edge')
    .attr('stroke', d => colour(d.mean_goldstein ?? 0))
    .attr('stroke-width', d => strokeWidth(d.events))
    .attr('marker-end', 'url(#arrow)')
    .on('click', (event, d) => {
      state.dyad = {source: d.source.id, target: d.target.id};
      state.page = 1;
      loadEvents().catch(showError);
    });
  edge.append('title').text(d => `${d.source} → ${d.target}: ${d.events} events, mean Goldstein `
    + (d.mean_goldstein == null ? '—' : d.mean_goldstein.toFixed(1)));

  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node')
    .call(d3.drag()
      .on('start', (event, d) => { if (!event.active) simulation.alphaTarget(0.2).restart(); d.fx = d.x; d.fy = d.y; })
      .on('drag', (event, d) => { d.fx = event.x; d.fy = event.y; })
      .on('end', (event, d) => { if (!event.active) simulation.alphaTarget(0); d.fx = null; d.fy = null; }));
  node.append('circle').attr('r', radius).attr('fill', d => countryColour(d.country))
    .on('click', (event, d) => {
      document.getElementById('f-actor').value = d.id;
      apply();
    });
  node.append('title').text(d => `${d.id}: ${d.events} events`);
  node.append('text').attr('dx', d => radius(d) + 3).attr('dy', 4).text(d => d.id);

  const simulation = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id(d => d.id).distance(95))
    .force('charge', d3.forceManyBody().strength(-260))
    .force('center', d3.forceCenter(width / 2, height / 2))
    .force('collide', d3.forceCollide(d => radius(d) + 6));
  state.simulation = simulation;
  edge.select('title').text(d => `${d.source.id} → ${d.target.id}: ${d.events} events, mean Goldstein `
    + (d.mean_goldstein == null ? '—' : d.mean_goldstein.toFixed(1)));
  simulation.on('tick', () => {
    for (const n of nodes) {
      n.x = Math.max(12, Math.min(width - 40, n.x));
      n.y = Math.max(12, Math.min(height - 12, n.y));
    }
    edge.each(function (d) {
      const dx = d.target.x - d.source.x, dy = d.target.y - d.source.y;
      const len = Math.hypot(dx, dy) || 1, r = radius(d.target) + 2;
      d3.select(this).attr('x1', d.source.x).attr('y1', d.source.y)
        .attr('x2', d.target.x - dx / len * r).attr('y2', d.target.y - dy / len * r);
    });
    node.attr('transform', d => `translate(${d.x},${d.y})`);
  });
}

// ---- time series --------------------------------------------------------------------------

async function loadTimeline() {
  const interval = document.getElementById('interval').value;
  const data = await getJson('/api/timeseries', filterParams({interval: interval}));
  drawTimeline(data.buckets);
}

function drawTimeline(buckets) {
  const periods = [...new Set(buckets.map(b => b.period))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const datasets = [1, 2, 3, 4].map(q => ({
    type: 'bar', label: q + ' ' + QUAD_NAMES[q], backgroundColor: QUAD_COLOURS[q], stack: 'events',
    data: periods.map(() => 0), yAxisID: 'y'
  }));
  const weighted = periods.map(() => ({sum: 0, n: 0}));
  for (const b of buckets) {
    const i = index.get(b.period);
    datasets[b.quad_class - 1].data[i] = b.events;
    if (b.mean_goldstein != null) {
      weighted[i].sum += b.mean_goldstein * b.events;
      weighted[i].n += b.events;
    }
  }
  datasets.push({
    type: 'line', label: 'mean Goldstein', borderColor: '#1d2430', backgroundColor: '#1d2430',
    data: weighted.map(w => w.n ? +(w.sum / w.n).toFixed(2) : null), yAxisID: 'g', tension: 0.25, pointRadius: 2
  });
  if (state.chart) state.chart.destroy();
  state.chart = new Chart(document.getElementById('timeline'), {
    data: {labels: periods, datasets: datasets},
    options: {
      animation: false, maintainAspectRatio: false, interaction: {mode: 'index', intersect: false},
      scales: {
        x: {stacked: true},
        y: {stacked: true, title: {display: true, text: 'events'}, beginAtZero: true},
        g: {position: 'right', min: -10, max: 10, grid: {drawOnChartArea: false},
          title: {display: true, text: 'mean Goldstein'}}
      }
    }
  });
}

// ---- events table -------------------------------------------------------------------------

function eventParams() {
  const extra = {page: state.page, size: state.size, sort: state.sort};
  if (state.dyad) Object.assign(extra, state.dyad);
  return filterParams(extra);
}

async function loadEvents() {
  const data = await getJson('/api/events', eventParams());
  state.total = data.total;
  const exportParams = filterParams(state.dyad || {});
  for (const [id, path] of [['export-csv', '/api/events.csv'], ['export-jsonl', '/api/events.jsonl'],
    ['export-parquet', '/api/events.parquet']]) {
    document.getElementById(id).href = path + (exportParams.toString() ? '?' + exportParams : '');
  }
  const count = document.getElementById('events-count');
  count.replaceChildren(`${data.total.toLocaleString()} selected`);
  if (state.dyad) {
    const clear = el('button', {type: 'button', id: 'clear-dyad'}, `${state.dyad.source} → ${state.dyad.target} ×`);
    clear.addEventListener('click', () => { state.dyad = null; state.page = 1; loadEvents().catch(showError); });
    count.append(' ', clear);
  }
  const body = document.querySelector('#events tbody');
  body.replaceChildren(...data.events.map(row));
  const pages = Math.max(1, Math.ceil(data.total / state.size));
  document.getElementById('page').textContent = `page ${state.page} of ${pages}`;
  document.getElementById('prev').disabled = state.page <= 1;
  document.getElementById('next').disabled = state.page >= pages;
}

function row(e) {
  const attribution = e.attribution ? e.attribution.text + (e.attribution.from_article ? ' (article)' : '') : '';
  const tr = el('tr', {'data-event-id': e.id, 'data-article-id': e.article_id, title: e.sentence},
    el('td', {}, e.date || ''),
    el('td', {}, actorLabel(e.source), el('div', {class: 'code'}, e.source ? e.source.text : '')),
    el('td', {}, e.code + ' ', el('span', {class: 'code'}, cameoName(e.code))),
    el('td', {}, actorLabel(e.target), el('div', {class: 'code'}, e.target ? e.target.text : '')),
    el('td', {}, e.goldstein == null ? '' : e.goldstein.toFixed(1)),
    el('td', {class: 'mod-' + e.modality}, e.modality || ''),
    el('td', {}, attribution),
    el('td', {}, e.location ? e.location.name : ''));
  tr.addEventListener('click', () => {
    document.querySelectorAll('#events tbody tr.selected').forEach(r => r.classList.remove('selected'));
    tr.classList.add('selected');
    openArticle(e.article_id, e.id).catch(showError);
  });
  return tr;
}

// ---- article view -------------------------------------------------------------------------

async function openArticle(articleId, eventId) {
  const a = await getJson('/api/articles/' + encodeURIComponent(articleId));
  drawArticle(a, eventId);
  const panel = document.getElementById('article-panel');
  panel.hidden = false;
  panel.scrollIntoView({behavior: 'smooth', block: 'start'});
}

function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

function drawArticle(a, eventId) {
  const meta = document.getElementById('article-meta');
  const link = a.url && safeUrl(a.url);
  meta.replaceChildren(...[
    el('h3', {id: 'article-title'}, a.title || a.id),
    el('div', {}, [a.outlet, a.date, `${a.sentences} sentences, ${a.events.length} events`].filter(Boolean).join(' · ')),
    link ? el('a', {href: link, rel: 'noopener noreferrer', target: '_blank'}, link) : null].filter(Boolean));

  const events = new Map(a.events.map(e => [e.id, e]));
  const current = events.get(eventId) || a.events[0];
  const sentences = [];
  for (const s of a.spans.filter(s => s.role === 'sentence').sort((x, y) => x.start - y.start)) {
    const last = sentences[sentences.length - 1];
    if (last && s.start < last.end) {
      if (s.start === last.start) last.events.push(s.event_id);
      continue;
    }
    sentences.push({start: s.start, end: s.end, events: [s.event_id]});
  }
  const text = document.getElementById('article-text');
  const parts = [];
  let pos = 0;
  for (const s of sentences) {
    parts.push(a.text.slice(pos, s.start));
    const isCurrent = current && s.events.includes(current.id);
    const wrapper = el('span', {class: 'coded' + (isCurrent ? ' current' : ''), 'data-events': s.events.join(' ')});
    if (isCurrent) {
      const marks = a.spans.filter(x => x.event_id === current.id && x.role !== 'sentence'
        && x.start >= s.start && x.end <= s.end).sort((x, y) => x.start - y.start);
      let inner = s.start;
      for (const m of marks) {
        if (m.start < inner) continue; // overlapping spans: the first keeps its mark
        wrapper.append(a.text.slice(inner, m.start));
        wrapper.append(el('mark', {class: 'role-' + m.role, title: m.role}, a.text.slice(m.start, m.end)));
        inner = m.end;
      }
      wrapper.append(a.text.slice(inner, s.end));
    } else {
      wrapper.append(a.text.slice(s.start, s.end));
      wrapper.addEventListener('click', () => drawArticle(a, s.events[0]));
    }
    parts.push(wrapper);
    pos = s.end;
  }
  parts.push(a.text.slice(pos));
  text.replaceChildren(...parts);
  drawWhy(current);
}

function drawWhy(e) {
  const list = document.getElementById('why-list');
  if (!e) {
    list.replaceChildren(el('dt', {}, 'events'), el('dd', {}, 'none coded in this article'));
    return;
  }
  const items = [
    ['Event', `${e.code} ${cameoName(e.code)} (root ${e.root_code}, QuadClass ${e.quad_class} `
      + `${QUAD_NAMES[e.quad_class] || ''}, Goldstein ${e.goldstein ?? '—'})`],
    ['PLOVER', e.plover ? [e.plover.event, e.plover.mode, e.plover.context].filter(Boolean).join(' / ') : '—'],
    ['Source', e.source ? `${e.source.code} — “${e.source.text}”` : '—'],
    ['Target', e.target ? `${e.target.code} — “${e.target.text}”` : '—'],
    ['Verb', e.evidence ? e.evidence.verb : '—'],
    ['Dictionary entry', e.evidence ? e.evidence.pattern : '—'],
    ['Written at', e.evidence ? e.evidence.source : '—'],
    ['Modality', e.modality],
    ['According to', e.attribution ? `${e.attribution.text}` + (e.attribution.code ? ` (${e.attribution.code})` : '')
      + (e.attribution.anonymous ? ', anonymous' : '') + (e.attribution.from_article ? ', named earlier in the article' : '')
      : 'no source named'],
    ['Date', e.date || 'unknown'],
    ['Place', e.location ? `${e.location.name}${e.location.country ? ' (' + e.location.country + ')' : ''}` : '—'],
    ['Mentions', `${e.mentions} in this article`]
  ];
  list.replaceChildren(...items.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {'data-why': k}, v)]));
}

// ---- wiring -------------------------------------------------------------------------------

async function refresh() {
  showError(null);
  const results = await Promise.allSettled([loadNetwork(), loadTimeline(), loadEvents()]);
  const failed = results.find(r => r.status === 'rejected');
  if (failed) showError(failed.reason);
}

function apply() {
  state.page = 1;
  state.dyad = null;
  refresh();
}

async function start() {
  try {
    const [summary, cameo] = await Promise.all([getJson('/api/summary'), getJson('/api/cameo')]);
    state.cameo = cameo.codes;
    document.getElementById('summary').textContent =
      `${summary.events.toLocaleString()} events from ${summary.articles.toLocaleString()} articles`;
    if (summary.note) {
      const note = document.getElementById('note');
      note.textContent = summary.note;
      note.hidden = false;
    }
    const roots = document.getElementById('f-root');
    for (const c of Object.values(state.cameo).filter(c => c.code.length === 2).sort((x, y) => x.code.localeCompare(y.code))) {
      roots.append(el('option', {value: c.code}, `${c.code} ${c.name}`));
    }
  } catch (e) {
    showError(e);
  }
  document.getElementById('filters').addEventListener('submit', event => { event.preventDefault(); apply(); });
  document.getElementById('reset').addEventListener('click', () => { document.getElementById('filters').reset(); apply(); });
  document.getElementById('network-by').addEventListener('change', () => loadNetwork().catch(showError));
  document.getElementById('interval').addEventListener('change', () => loadTimeline().catch(showError));
  document.getElementById('prev').addEventListener('click', () => { state.page--; loadEvents().catch(showError); });
  document.getElementById('next').addEventListener('click', () => { state.page++; loadEvents().catch(showError); });
  document.getElementById('close-article').addEventListener('click', () => {
    document.getElementById('article-panel').hidden = true;
  });
  for (const th of document.querySelectorAll('#events th[data-sort]')) {
    th.addEventListener('click', () => {
      const key = th.dataset.sort;
      state.sort = state.sort === key ? '-' + key : state.sort === '-' + key ? key : (key === 'code' ? key : '-' + key);
      if (state.sort === '-code') state.sort = 'code';
      state.page = 1;
      loadEvents().catch(showError);
    });
  }
  await refresh();
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', start);
