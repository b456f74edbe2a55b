/*
 * The timeline view: the subject's life on a time axis (queries/view-timeline.rq), drawn as plain SVG. One lane
 * per kind of event; offices and anything else with a start and an end are bars, the rest are marks. The table
 * below the picture lists the same events, undated ones included.
 */
(function () {
  'use strict';
  const V = window.biokgViews;
  const SVG = 'http://www.w3.org/2000/svg';
  const LANES = [
    {kind: 'life', name: 'Life', kinds: ['born', 'died']},
    {kind: 'office', name: 'Offices', kinds: ['office']},
    {kind: 'resided', name: 'Residences', kinds: ['resided']},
    {kind: 'exiled', name: 'Exiles', kinds: ['exiled']},
    {kind: 'expelled', name: 'Expulsions', kinds: ['expelled']}
  ];
  const KIND_NAMES = {born: 'Born', died: 'Died', office: 'Office', resided: 'Lived in', exiled: 'Exiled to',
    expelled: 'Expelled from'};
  const COLOURS = {born: '#3c4452', died: '#3c4452', office: '#2f62c9', resided: '#23864a', exiled: '#7d4fb8',
    expelled: '#c77700'};
  const ROW = 22;
  const LEFT = 96;
  const RIGHT = 16;
  const TOP = 30;
  const CHAR = 6.1;

  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function what(e) {
    return e.body ? e.label + ' (' + e.body + ')' : e.label;
  }

  /** "Office: Chair of the Assembly, from 1 May 1905 to 1906" — for screen readers and tooltips. */
  function describe(e) {
    let text = KIND_NAMES[e.kind] + (what(e) ? ': ' + what(e) : '');
    if (e.start && e.end) text += ', from ' + V.formatDate(e.start) + ' to ' + V.formatDate(e.end);
    else if (e.start) text += ', ' + V.formatDate(e.start) + (e.kind === 'office' ? ' (end not known)' : '');
    else if (e.end) text += ', until ' + V.formatDate(e.end);
    else text += ', date not known';
    return text;
  }

  function tickStep(span, width) {
    const wanted = span / Math.max(1, width / 70);
    const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
    for (let i = 0; i < steps.length; i++) if (steps[i] >= wanted) return steps[i];
    return 1000;
  }

  function show(e) {
    V.showFacts(e.focus, describe(e)).catch(V.fail);
  }

  function draw(events) {
    const box = document.getElementById('timeline');
    const dated = events.filter(function (e) { return e.from !== null; });
    if (!dated.length) {
      box.replaceChildren(V.el('p', 'status', 'No dated events to draw; the table lists what is known.'));
      return;
    }
    const lo = Math.floor(Math.min.apply(null, dated.map(function (e) { return e.from; }))) - 1;
    const hi = Math.ceil(Math.max.apply(null, dated.map(function (e) { return e.to !== null ? e.to : e.from; }))) + 1;
    const width = Math.max(640, box.clientWidth - 2);
    const scale = function (y) { return LEFT + (y - lo) / (hi - lo) * (width - LEFT - RIGHT); };
    const yearPx = scale(lo + 1) - scale(lo);

    // Place each event: its bar or mark, its label, and the row of its lane where nothing overlaps it.
    const lanes = LANES.map(function (lane) {
      const rows = [];
      const items = dated.filter(function (e) { return lane.kinds.indexOf(e.kind) >= 0; }).map(function (e) {
        const x0 = scale(e.from);
        let x1;
        let shape;
        if (e.to !== null && e.to > e.from) {
          x1 = Math.max(scale(e.to), x0 + 4);
          shape = 'bar';
        } else if (e.kind === 'office') {
          x1 = x0 + Math.max(28, 2 * yearPx);
          shape = 'open';
        } else {
          x1 = x0 + 5;
          shape = 'mark';
        }
        const label = lane.kind === 'life' ? KIND_NAMES[e.kind] + (what(e) ? ' in ' + what(e) : '')
          : what(e) || KIND_NAMES[e.kind];
        const labelWidth = label.length * CHAR;
        let left = x0 - 6;
        let right = x1 + 4 + labelWidth;
        let anchor = 'start';
        if (right > width - RIGHT) {
          anchor = 'end';
          left = x0 - 6 - labelWidth - 4;
          right = x1 + 2;
        }
        let row = rows.findIndex(function (end) { return end + 8 < left; });
        if (row < 0) {
          row = rows.length;
          rows.push(0);
        }
        rows[row] = right;
        return {event: e, x0: x0, x1: x1, shape: shape, label: label, anchor: anchor, row: row};
      });
      return {lane: lane, items: items, rows: Math.max(1, rows.length)};
    });
    const height = TOP + lanes.reduce(function (h, l) { return h + l.rows * ROW + 14; }, 0) + 8;

    const root = svg('svg', {width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
      role: 'group', 'aria-label': 'Timeline; the same events are listed in the table below the picture.'});
    const defs = svg('defs');
    Object.keys(COLOURS).forEach(function (kind) {
      const gradient = svg('linearGradient', {id: 'fade-' + kind});
      gradient.appendChild(svg('stop', {offset: '0', 'stop-color': COLOURS[kind], 'stop-opacity': 0.9}));
      gradient.appendChild(svg('stop', {offset: '1', 'stop-color': COLOURS[kind], 'stop-opacity': 0.05}));
      defs.appendChild(gradient);
    });
    root.appendChild(defs);
    const axis = svg('g', {'class': 'axis'});
    const step = tickStep(hi - lo, width - LEFT - RIGHT);
    for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) {
      const x = scale(y);
      axis.appendChild(svg('line', {x1: x, x2: x, y1: TOP - 6, y2: height - 4}));
      axis.appendChild(svg('text', {x: x, y: TOP - 12, 'text-anchor': 'middle'}, String(y)));
    }
    root.appendChild(axis);

    let top = TOP;
    lanes.forEach(function (l) {
      const laneHeight = l.rows * ROW + 14;
      root.appendChild(svg('text', {'class': 'lane-name', x: 8, y: top + 17}, l.lane.name));
      root.appendChild(svg('line', {'class': 'lane-rule', x1: 0, x2: width, y1: top + laneHeight, y2: top + laneHeight}));
      if (l.lane.kind === 'life') lifeLine(root, l.items, top);
      l.items.forEach(function (it) {
        root.appendChild(eventMark(it, top + 7 + it.row * ROW));
      });
      top += laneHeight;
    });
    box.replaceChildren(root);
  }

  /** A thin line from birth to death, behind their marks. */
  function lifeLine(root, items, top) {
    const born = items.find(function (it) { return it.event.kind === 'born'; });
    const died = items.find(function (it) { return it.event.kind === 'died'; });
    if (born && died)
      root.appendChild(svg('line', {x1: born.x0, x2: died.x0, y1: top + 7 + ROW / 2, y2: top + 7 + ROW / 2,
        stroke: COLOURS.born, 'stroke-width': 2, 'stroke-opacity': 0.35}));
  }

  function eventMark(it, y) {
    const e = it.event;
    const colour = COLOURS[e.kind];
    const g = svg('g', {'class': 'event ' + e.kind, tabindex: 0, role: 'button', 'aria-label': describe(e),
      'data-focus': e.focus});
    g.appendChild(svg('title', {}, describe(e)));
    const mid = y + ROW / 2 - 2;
    if (it.shape === 'bar' || it.shape === 'open') {
      const attrs = {x: it.x0, y: mid - 6, width: Math.max(4, it.x1 - it.x0), height: 12, rx: 2, fill: colour,
        stroke: colour};
      if (it.shape === 'open') {
        // No end in the text: the bar fades out instead of stopping at a made-up date.
        attrs.fill = 'url(#fade-' + e.kind + ')';
        attrs['stroke-dasharray'] = '4 3';
        attrs['stroke-opacity'] = 0.6;
      }
      g.appendChild(svg('rect', attrs));
    } else if (e.kind === 'born' || e.kind === 'died') {
      g.appendChild(svg('circle', {cx: it.x0, cy: mid, r: 6, fill: e.kind === 'born' ? '#ffffff' : colour,
        stroke: colour, 'stroke-width': 2}));
    } else {
      const d = 'M' + it.x0 + ' ' + (mid - 7) + ' l6 7 l-6 7 l-6 -7 z';
      g.appendChild(svg('path', {d: d, fill: colour, stroke: colour}));
    }
    const tx = it.anchor === 'start' ? Math.max(it.x1, it.x0 + 6) + 4 : it.x0 - 9;
    g.appendChild(svg('text', {x: tx, y: mid + 4, 'text-anchor': it.anchor}, it.label));
    g.addEventListener('click', function () { select(g); show(e); });
    g.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        select(g);
        show(e);
      }
    });
    return g;
  }

  function select(g) {
    document.querySelectorAll('#timeline g.event.selected').forEach(function (s) { s.classList.remove('selected'); });
    g.classList.add('selected');
  }

  function table(events) {
    const body = document.querySelector('#events tbody');
    body.replaceChildren.apply(body, events.map(function (e) {
      const tr = V.el('tr');
      tr.dataset.kind = e.kind;
      const date = V.el('td');
      if (e.start) date.appendChild(V.timeElement(e.start));
      else date.textContent = 'no date';
      const until = V.el('td');
      if (e.end) until.appendChild(V.timeElement(e.end));
      const kind = V.el('td');
      kind.appendChild(V.el('span', 'kind-badge ' + e.kind, KIND_NAMES[e.kind]));
      const why = V.el('td');
      why.appendChild(V.linkButton('why?', function () { show(e); }, 'Evidence: ' + describe(e)));
      tr.append(date, until, kind, V.el('td', null, what(e)), V.el('td', 'num', V.formatConfidence(e.confidence)), why);
      return tr;
    }));
  }

  async function start() {
    const who = await V.subjects();
    V.subjectChooser(document.getElementById('subject'), who.all, who.chosen);
    if (!who.chosen) {
      V.setStatus('The graph names no biography subject (no ?doc schema:about ?subject), so there is no life to draw.');
      document.body.dataset.ready = 'true';
      return;
    }
    const text = V.withValue(await V.loadQuery('view-timeline'), 'subject', V.iri(who.chosen.subject));
    const rows = await V.select(text);
    const events = rows.map(function (r) {
      const from = V.yearStart(r.start) !== null ? V.yearStart(r.start) : null;
      return {kind: r.kind, label: r.label || '', body: r.body || '', start: r.start || null, end: r.end || null,
        from: from !== null ? from : V.yearStart(r.end), to: r.start ? V.yearEnd(r.end) : null, confidence: r.confidence,
        focus: r.focus};
    });
    document.querySelector('#events caption').textContent = 'Events in the life of ' + who.chosen.name + ', by date';
    draw(events);
    table(events);
    let resize = null;
    window.addEventListener('resize', function () {
      clearTimeout(resize);
      resize = setTimeout(function () { draw(events); }, 150);
    });
    const undated = events.filter(function (e) { return !e.start && !e.end; }).length;
    V.setStatus(events.length + ' events in the life of ' + who.chosen.name
      + (undated ? ' (' + undated + ' without a date, listed in the table only)' : '') + '.');
    document.body.dataset.ready = 'true';
  }

  start().catch(function (e) {
    V.fail(e);
    console.error(e);
  });
})();
