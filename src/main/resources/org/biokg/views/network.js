/*
 * The network view: persons and organizations as nodes, alliedWith / opposed / memberOf / expelledFrom as edges
 * (queries/view-network.rq), the biography's subject in the centre (queries/view-subjects.rq). The table below
 * the picture lists exactly the links the picture shows, so the filters apply to both.
 */
(function () {
  'use strict';
  const V = window.biokgViews;
  const RELATIONS = ['alliedWith', 'opposed', 'memberOf', 'expelledFrom'];
  const SYMMETRIC = ['alliedWith', 'opposed'];
  const COLOURS = {alliedWith: '#23864a', opposed: '#c62f26', memberOf: '#2f62c9', expelledFrom: '#c77700'};

  let links = [];
  let subject = null;
  let cy = null;

  function checkedRelations() {
    return new Set(Array.from(document.querySelectorAll('#relations input:checked')).map(function (i) { return i.value; }));
  }

  /** The links the filters let through. */
  function visibleLinks() {
    const relations = checkedRelations();
    const from = parseInt(document.getElementById('year-from').value, 10);
    const to = parseInt(document.getElementById('year-to').value, 10);
    const undated = document.getElementById('undated').checked;
    return links.filter(function (l) {
      if (!relations.has(l.relation)) return false;
      if (l.year === null) return undated;
      return (isNaN(from) || l.year >= from) && (isNaN(to) || l.year <= to);
    });
  }

  /** Rings by distance from the subject: the subject innermost, nodes it cannot reach outermost. */
  function levels(nodeIds, shown) {
    const neighbours = new Map();
    nodeIds.forEach(function (id) { neighbours.set(id, []); });
    shown.forEach(function (l) {
      neighbours.get(l.source).push(l.target);
      neighbours.get(l.target).push(l.source);
    });
    const distance = new Map();
    if (subject && neighbours.has(subject.subject)) {
      distance.set(subject.subject, 0);
      const queue = [subject.subject];
      while (queue.length) {
        const n = queue.shift();
        neighbours.get(n).forEach(function (m) {
          if (!distance.has(m)) {
            distance.set(m, distance.get(n) + 1);
            queue.push(m);
          }
        });
      }
    }
    let far = 0;
    distance.forEach(function (d) { far = Math.max(far, d); });
    const level = new Map();
    nodeIds.forEach(function (id) {
      level.set(id, distance.has(id) ? far + 1 - distance.get(id) : 0);
    });
    return level;
  }

  function elements(shown) {
    const nodes = new Map();
    function addNode(id, name, type, article) {
      if (!nodes.has(id)) nodes.set(id, {id: id, name: name, type: type});
      if (article) nodes.get(id).article = article;
    }
    if (subject) addNode(subject.subject, subject.name, 'Person');
    // Neighbours of the subject first, grouped by relation, so each colour sits together on the first ring.
    const order = shown.slice().sort(function (a, b) {
      const sa = subject && (a.source === subject.subject || a.target === subject.subject) ? 0 : 1;
      const sb = subject && (b.source === subject.subject || b.target === subject.subject) ? 0 : 1;
      return sa - sb || RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation);
    });
    order.forEach(function (l) {
      addNode(l.source, l.sourceName, l.sourceType, l.sourceArticle);
      addNode(l.target, l.targetName, l.targetType, l.targetArticle);
    });
    const level = levels(Array.from(nodes.keys()), shown);
    const out = [];
    nodes.forEach(function (n) {
      const isSubject = subject && n.id === subject.subject;
      out.push({group: 'nodes', data: {id: n.id, name: n.name, type: n.type, level: level.get(n.id), article: n.article},
        classes: (isSubject ? 'subject ' : '') + n.type.toLowerCase() + (n.article ? ' linked' : '')});
    });
    shown.forEach(function (l, i) {
      out.push({group: 'edges', data: {id: 'link' + i, source: l.source, target: l.target, relation: l.relation,
        fact: l.fact, title: l.sourceName + ' ' + V.relationName(l.relation) + ' ' + l.targetName}, classes: l.relation});
    });
    return out;
  }

  // Labels keep a readable size on screen whatever the zoom: a graph fitted into the window is drawn at a
  // zoom below 1, which would shrink 12-pixel labels to 6 pixels. The sizes below are screen pixels; the
  // style divides them by the zoom when it is below 1 (labelScale), so a label never renders smaller.
  const LABEL_PX = 13;
  const SUBJECT_LABEL_PX = 16;
  let labelScale = 1;
  function scaled(px) { return function () { return px * labelScale; }; }

  const STYLE = [
    {selector: 'node', style: {
      // The name as the text writes it (no change of case).
      'label': 'data(name)', 'font-size': scaled(LABEL_PX), 'color': '#1d2430', 'text-valign': 'bottom',
      'text-margin-y': scaled(4), 'text-wrap': 'wrap', 'text-max-width': scaled(130),
      'text-outline-color': '#ffffff', 'text-outline-width': scaled(2.5),
      'width': 20, 'height': 20, 'background-color': '#4a7fb5', 'border-width': 1, 'border-color': '#ffffff'}},
    {selector: 'node.organization', style: {'shape': 'round-rectangle', 'background-color': '#8c6bb8', 'width': 24, 'height': 18}},
    // Linked to Wikipedia by biokg build --link: a teal ring (the selection's black border still wins).
    {selector: 'node.linked', style: {'border-width': 3, 'border-color': '#13a89e'}},
    {selector: 'node.subject', style: {'width': 46, 'height': 46, 'font-size': scaled(SUBJECT_LABEL_PX), 'font-weight': 'bold',
      'background-color': '#e0a526', 'border-width': 4, 'border-color': '#222222', 'z-index': 10}},
    {selector: 'node:selected', style: {'border-width': 4, 'border-color': '#000000'}},
    {selector: 'edge', style: {'width': 2.5, 'curve-style': 'bezier', 'line-color': '#999999', 'opacity': 0.85,
      'target-arrow-color': '#999999', 'arrow-scale': 1.1}},
    {selector: 'edge.alliedWith', style: {'line-color': COLOURS.alliedWith}},
    {selector: 'edge.opposed', style: {'line-color': COLOURS.opposed, 'line-style': 'dashed'}},
    {selector: 'edge.memberOf', style: {'line-color': COLOURS.memberOf, 'target-arrow-color': COLOURS.memberOf,
      'target-arrow-shape': 'triangle'}},
    {selector: 'edge.expelledFrom', style: {'line-color': COLOURS.expelledFrom, 'line-style': 'dotted', 'width': 3,
      'target-arrow-color': COLOURS.expelledFrom, 'target-arrow-shape': 'tee'}},
    {selector: 'edge:selected', style: {'width': 5, 'opacity': 1}}
  ];

  function draw(shown) {
    const els = elements(shown);
    const legend = document.getElementById('legend-linked');
    if (legend) legend.hidden = !els.some(function (e) { return e.data.article; });
    if (!cy) {
      cy = cytoscape({container: document.getElementById('graph'), elements: els, style: STYLE,
        minZoom: 0.15, maxZoom: 4, layout: {name: 'preset'}});
      window.biokgNetwork = cy; // for the browser's console and the tests
      cy.on('zoom', scaleLabels);
      cy.on('tap', 'node', function (e) {
        const article = e.target.data('article');
        V.showFacts(e.target.id(), e.target.data('name'))
          .then(function () { if (article) showArticle(article); }).catch(V.fail);
      });
      cy.on('tap', 'edge', function (e) {
        V.showFacts(e.target.data('fact'), e.target.data('title')).catch(V.fail);
      });
    } else {
      cy.batch(function () {
        cy.elements().remove();
        cy.add(els);
      });
    }
    cy.layout({name: 'concentric', concentric: function (n) { return n.data('level'); },
      levelWidth: function () { return 1; }, minNodeSpacing: 28, spacingFactor: 1.05, avoidOverlap: true,
      startAngle: 1.5 * Math.PI, animate: false, fit: false}).run();
    stretchToFit();
  }

  /** Puts the Wikipedia article of a linked node (biokg build --link) above its facts. */
  function showArticle(url) {
    const body = document.querySelector('#facts .facts-body');
    const title = decodeURIComponent(url.replace(/^.*\/wiki\//, '')).replace(/_/g, ' ');
    const a = V.el('a', null, 'Wikipedia: ' + title);
    a.href = url;
    a.target = '_blank';
    a.rel = 'noopener';
    const p = V.el('p', 'article');
    p.appendChild(a);
    body.prepend(p);
  }

  /** Rings become ellipses as wide as the picture, which leaves more room for the names; the subject stays put. */
  /** Labels at least LABEL_PX on screen: their size in the graph grows as the zoom falls below 1. */
  function scaleLabels() {
    const next = Math.max(1, 1 / cy.zoom());
    if (Math.abs(next - labelScale) > 0.01) {
      labelScale = next;
      cy.nodes().updateStyle();
    }
  }

  function stretchToFit() {
    const box = document.getElementById('graph');
    const factor = Math.min(1.8, Math.max(1, box.clientWidth / Math.max(1, box.clientHeight)));
    const centre = subject ? cy.getElementById(subject.subject) : cy.collection();
    const cx = centre.nonempty() ? centre.position('x') : 0;
    cy.nodes().positions(function (n) {
      return {x: cx + (n.position('x') - cx) * factor, y: n.position('y')};
    });
    if (centre.empty()) {
      cy.fit(undefined, 30);
      return;
    }
    // Zoom so that the node farthest from the subject (with room for its name) fits, then put the subject in
    // the middle: a plain fit would centre the bounding box instead, which is lopsided when the rings are.
    const cyy = centre.position('y');
    let dx = 1;
    let dy = 1;
    cy.nodes().forEach(function (n) {
      dx = Math.max(dx, Math.abs(n.position('x') - cx) + 60);
      dy = Math.max(dy, Math.abs(n.position('y') - cyy) + 30);
    });
    const zoom = Math.min((cy.width() / 2 - 10) / dx, (cy.height() / 2 - 10) / dy, 1.6);
    // Pan by the node's position, not cy.center(), which centres its box with the name below it.
    cy.viewport({zoom: zoom, pan: {x: cy.width() / 2 - zoom * cx, y: cy.height() / 2 - zoom * cyy}});
  }

  function table(shown) {
    const body = document.querySelector('#links tbody');
    const rows = shown.slice().sort(function (a, b) {
      return RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation)
        || a.sourceName.localeCompare(b.sourceName) || a.targetName.localeCompare(b.targetName);
    });
    body.replaceChildren.apply(body, rows.map(function (l) {
      const tr = V.el('tr');
      tr.dataset.relation = l.relation;
      const from = V.el('td');
      from.appendChild(V.linkButton(l.sourceName, function () { V.showFacts(l.source, l.sourceName).catch(V.fail); },
        'Facts about ' + l.sourceName));
      const to = V.el('td');
      to.appendChild(V.linkButton(l.targetName, function () { V.showFacts(l.target, l.targetName).catch(V.fail); },
        'Facts about ' + l.targetName));
      const since = V.el('td');
      if (l.since) since.appendChild(V.timeElement(l.since));
      else since.textContent = 'no date';
      const why = V.el('td');
      const title = l.sourceName + ' ' + V.relationName(l.relation) + ' ' + l.targetName;
      why.appendChild(V.linkButton('why?', function () { V.showFacts(l.fact, title).catch(V.fail); },
        'Evidence that ' + title));
      tr.append(from, V.el('td', null, V.relationName(l.relation)), to, since,
        V.el('td', 'num', V.formatConfidence(l.confidence)), why);
      return tr;
    }));
  }

  function update() {
    const shown = visibleLinks();
    draw(shown);
    table(shown);
    const nodes = cy.nodes().length;
    V.setStatus('Showing ' + shown.length + ' of ' + links.length + ' links between ' + nodes
      + (nodes === 1 ? ' person or organization' : ' people and organizations')
      + (subject ? ', centred on ' + subject.name : '') + '.');
  }

  async function start() {
    const who = await V.subjects();
    subject = who.chosen;
    V.subjectChooser(document.getElementById('subject'), who.all, subject);
    const rows = await V.select(await V.loadQuery('view-network'));
    links = rows.map(function (r) {
      const link = {source: r.source, sourceName: r.sourceName, sourceType: V.localName(r.sourceType),
        relation: V.localName(r.relation), target: r.target, targetName: r.targetName,
        targetType: V.localName(r.targetType), since: r.since || null, year: V.year(r.since),
        confidence: r.confidence, fact: r.fact, sourceArticle: r.sourceArticle, targetArticle: r.targetArticle};
      // A symmetric link reads better from the subject's side ("Ada allied with Ben").
      if (SYMMETRIC.indexOf(link.relation) >= 0 && subject && link.target === subject.subject) {
        [link.source, link.target] = [link.target, link.source];
        [link.sourceName, link.targetName] = [link.targetName, link.sourceName];
        [link.sourceType, link.targetType] = [link.targetType, link.sourceType];
        [link.sourceArticle, link.targetArticle] = [link.targetArticle, link.sourceArticle];
      }
      return link;
    });
    const years = links.map(function (l) { return l.year; }).filter(function (y) { return y !== null; });
    const from = document.getElementById('year-from');
    const to = document.getElementById('year-to');
    if (years.length) {
      from.min = to.min = Math.min.apply(null, years);
      from.max = to.max = Math.max.apply(null, years);
      from.value = from.min;
      to.value = to.max;
    }
    document.querySelectorAll('#filters input').forEach(function (i) {
      i.addEventListener('change', update);
      if (i.type === 'number') i.addEventListener('input', update);
    });
    update();
    document.body.dataset.ready = 'true';
  }

  start().catch(function (e) {
    V.fail(e);
    console.error(e);
  });
})();
