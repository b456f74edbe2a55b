// biokg's additions to Fuseki's console (jena-fuseki-ui, a Vue 3 app), loaded by the console page the server
// serves (ConsolePage): the named queries in the editor's example menu, the data model's prefixes in its prefix
// list, each result IRI's label beside it, and no Manage-page buttons for admin operations that are switched off.
// It changes the running app's data and the page, never Fuseki's files. The configuration comes from
// ./view/console.json (the same named queries as `biokg query NAME`).
(function () {
  'use strict';
  var LABELLED = 'data-biokg-labelled';
  // The admin API is off: these Manage-page actions would answer 404.
  var SWITCHED_OFF = ['remove', 'backup', 'compact', 'new dataset', 'add new dataset'];
  var config = null;
  var labels = {};
  var pending = false;

  fetch('./view/console.json').then(function (r) { return r.json(); }).then(function (c) {
    config = c;
    tick();
  });

  // Instances of the component named `name` under a vnode.
  function find(vnode, name, out) {
    if (!vnode) { return out; }
    if (vnode.component) {
      if (vnode.component.type && vnode.component.type.name === name) { out.push(vnode.component); }
      find(vnode.component.subTree, name, out);
    }
    if (vnode.suspense) { find(vnode.suspense.activeBranch, name, out); }
    if (Array.isArray(vnode.children)) {
      vnode.children.forEach(function (c) { if (c && typeof c === 'object') { find(c, name, out); } });
    }
    return out;
  }

  function patchQueryPage() {
    // Vue keeps the rendered tree on the element it is mounted on (in production builds too).
    var root = document.getElementById('app');
    if (!config || !root || !root._vnode) { return; }
    find(root._vnode, 'DatasetQuery', []).forEach(function (c) {
      var page = c.proxy;
      if (!page || page.biokgPatched) { return; }
      page.biokgPatched = true;
      var named = config.queries.map(function (q) { return { value: q.text, text: q.name }; });
      page.queries = named.concat(page.queries || []);
      page.prefixes = config.prefixes.map(function (p) { return { uri: p.uri, text: p.prefix }; });
      document.documentElement.setAttribute('data-biokg-console', 'ready');
    });
  }

  // Each example's one-line question, as its tooltip and for screen readers.
  function describeExamples() {
    if (!config) { return; }
    var questions = {};
    config.queries.forEach(function (q) { questions[q.name] = q.description; });
    document.querySelectorAll('#app .badge:not([data-biokg-question])').forEach(function (b) {
      var q = questions[(b.textContent || '').trim()];
      if (q) {
        b.setAttribute('data-biokg-question', q);
        b.setAttribute('title', q);
        b.setAttribute('aria-label', (b.textContent || '').trim() + ': ' + q);
        b.style.cursor = 'pointer';
        b.addEventListener('mouseenter', function () { say(b, q); });
        b.addEventListener('focus', function () { say(b, q); });
        b.addEventListener('click', function () { say(b, q); });
      }
    });
  }

  // The question of the example pointed at or chosen, in a line under the examples.
  function say(badge, question) {
    var box = badge.parentNode;
    var line = box.parentNode.querySelector('.biokg-question');
    if (!line) {
      line = document.createElement('div');
      line.className = 'biokg-question';
      line.setAttribute('aria-live', 'polite');
      box.insertAdjacentElement('afterend', line);
    }
    line.textContent = (badge.textContent || '').trim() + ': ' + question;
  }

  function hideSwitchedOff() {
    document.querySelectorAll('#app button, #app a').forEach(function (el) {
      var text = (el.textContent || '').trim().toLowerCase();
      if (SWITCHED_OFF.indexOf(text) >= 0 && !el.hasAttribute('data-biokg-hidden')) {
        // !important: Bootstrap's display classes (d-md-inline-block) are !important too
        el.style.setProperty('display', 'none', 'important');
        el.setAttribute('data-biokg-hidden', 'switched off');
      }
    });
  }

  // The label of every result IRI, asked of the dataset's endpoint in one query per batch.
  function labelResults() {
    var links = Array.prototype.slice.call(document.querySelectorAll('.yasr a.iri:not([' + LABELLED + '])'));
    if (!links.length) { return; }
    var unknown = [];
    links.forEach(function (a) {
      var iri = a.getAttribute('href');
      if (iri && !(iri in labels) && unknown.indexOf(iri) < 0 && /^https?:\/\/[^\s<>"{}|\\^`]+$/.test(iri)) {
        unknown.push(iri);
      }
    });
    if (!unknown.length) { show(links); return; }
    if (pending) { return; }
    pending = true;
    unknown = unknown.slice(0, 300);
    var query = 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?s (SAMPLE(?l) AS ?label) WHERE { VALUES ?s { '
      + unknown.map(function (i) { return '<' + i + '>'; }).join(' ') + ' } ?s rdfs:label ?l } GROUP BY ?s';
    fetch('./biokg/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
      body: query
    }).then(function (r) { return r.json(); }).then(function (json) {
      unknown.forEach(function (i) { labels[i] = null; });
      json.results.bindings.forEach(function (b) { labels[b.s.value] = b.label.value; });
    }).catch(function () {
      unknown.forEach(function (i) { labels[i] = null; });
    }).then(function () {
      pending = false;
      show(Array.prototype.slice.call(document.querySelectorAll('.yasr a.iri:not([' + LABELLED + '])')));
    });
  }

  function show(links) {
    links.forEach(function (a) {
      var iri = a.getAttribute('href');
      if (!(iri in labels)) { return; }
      a.setAttribute(LABELLED, '');
      a.setAttribute('title', iri);
      var label = labels[iri];
      if (label && label !== a.textContent) {
        var span = document.createElement('span');
        span.className = 'biokg-label';
        span.textContent = label;
        a.insertAdjacentElement('afterend', span);
      }
    });
  }

  function tick() {
    try {
      patchQueryPage();
      describeExamples();
      hideSwitchedOff();
      labelResults();
    } catch (e) {
      if (window.console) { window.console.warn('biokg console:', e); }
    }
  }

  var style = document.createElement('style');
  // Whole IRIs (wrapped, not cut off) with their labels beside them.
  style.textContent = '.yasr td, .yasr td div { white-space: normal !important; overflow-wrap: anywhere; '
    + 'text-overflow: clip !important; max-width: none !important; }\n'
    + '.yasr .biokg-label { margin-left: .5em; color: #555; font-style: italic; }\n'
    + '.biokg-question { margin-top: .3em; color: #333; font-size: .95em; }\n'
    + '.yasr .biokg-label::before { content: "("; } .yasr .biokg-label::after { content: ")"; }';
  document.head.appendChild(style);
  var scheduled = false;
  new MutationObserver(function () {
    if (!scheduled) {
      scheduled = true;
      setTimeout(function () { scheduled = false; tick(); }, 50);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  setInterval(tick, 500);
})();
