/*
 * biokg views: what the network and timeline pages share. Everything they show comes from the named queries
 * in queries/ (served here under queries/NAME.rq), posted to the read-only SPARQL endpoint of this server.
 * Data goes into the page with textContent only, never as HTML.
 */
(function (global) {
  'use strict';

  /** Relative to /view/, so the views work behind a proxy that mounts biokg under a prefix. */
  const ENDPOINT = '../biokg/sparql';
  const CONSOLE = '../#/dataset/biokg/query';
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  const queries = new Map();

  /** The text of a named query (cached). */
  function loadQuery(name) {
    if (!queries.has(name)) {
      queries.set(name, fetch('queries/' + encodeURIComponent(name) + '.rq').then(function (r) {
        if (!r.ok) throw new Error('cannot load the query ' + name + ' (HTTP ' + r.status + ')');
        return r.text();
      }));
    }
    return queries.get(name);
  }

  /** The query with its line "VALUES ?variable { UNDEF }" set to one value: the same text the console gets. */
  function withValue(text, variable, term) {
    const line = 'VALUES ?' + variable + ' { UNDEF }';
    if (text.indexOf(line) < 0) throw new Error('the query has no line ' + line);
    return text.replace(line, 'VALUES ?' + variable + ' { ' + term + ' }');
  }

  /** An IRI as a SPARQL term. */
  function iri(value) {
    if (/[\s<>"{}|^`\\]/.test(value)) throw new Error('not an IRI: ' + value);
    return '<' + value + '>';
  }

  /** Runs a SELECT query; rows map each bound variable to its value (IRI or lexical form). */
  async function select(text) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json'},
      body: new URLSearchParams({query: text})
    });
    if (!response.ok) {
      const body = await response.text();
      throw new Error('the SPARQL endpoint answered HTTP ' + response.status + ': ' + body.split('\n')[0]);
    }
    const json = await response.json();
    return json.results.bindings.map(function (b) {
      const row = {};
      Object.keys(b).forEach(function (k) { row[k] = b[k].value; });
      return row;
    });
  }

  /** The console's query editor opened on this query. */
  function consoleLink(text) {
    return CONSOLE + '?query=' + encodeURIComponent(text);
  }

  /** "alliedWith" (or its full IRI) -> "allied with". */
  function relationName(relation) {
    const local = relation.replace(/^.*[#/]/, '');
    return local.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  }

  /** Local name of an IRI: the type of an entity. */
  function localName(value) {
    return value.replace(/^.*[#/]/, '');
  }

  const DATE = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

  /** Start of an xsd:gYear, xsd:gYearMonth or xsd:date as a fractional year; null when it is none of them. */
  function yearStart(lexical) {
    const m = lexical ? DATE.exec(lexical) : null;
    if (!m) return null;
    const month = m[2] ? +m[2] - 1 : 0;
    const day = m[3] ? +m[3] - 1 : 0;
    return +m[1] + (month + day / 31) / 12;
  }

  /** End of the period a date names: the whole year of "1917", the whole month of "1917-10". */
  function yearEnd(lexical) {
    const m = lexical ? DATE.exec(lexical) : null;
    if (!m) return null;
    if (!m[2]) return +m[1] + 1;
    if (!m[3]) return +m[1] + (+m[2]) / 12;
    return yearStart(lexical) + 1 / 372;
  }

  /** The calendar year of a date, for the year filter. */
  function year(lexical) {
    const m = lexical ? DATE.exec(lexical) : null;
    return m ? +m[1] : null;
  }

  /** "1917-10-08" -> "8 October 1917", "1917-10" -> "October 1917", "1917" -> "1917". */
  function formatDate(lexical) {
    const m = lexical ? DATE.exec(lexical) : null;
    if (!m) return lexical || '';
    if (!m[2]) return m[1];
    if (!m[3]) return MONTHS[+m[2] - 1] + ' ' + m[1];
    return (+m[3]) + ' ' + MONTHS[+m[2] - 1] + ' ' + m[1];
  }

  /** A <time> element for a date. */
  function timeElement(lexical) {
    const t = document.createElement('time');
    t.dateTime = lexical;
    t.textContent = formatDate(lexical);
    return t;
  }

  function formatConfidence(value) {
    const n = Number(value);
    return isNaN(n) ? '' : n.toFixed(2);
  }

  /** Creates an element with optional class and text. */
  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /** A button that looks like a link. */
  function linkButton(text, onClick, label) {
    const b = el('button', 'link', text);
    b.type = 'button';
    if (label) b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    return b;
  }

  function setStatus(message, isError) {
    const s = document.getElementById('status');
    if (!s) return;
    s.textContent = message;
    s.classList.toggle('error', !!isError);
  }

  function fail(error) {
    setStatus(String(error && error.message ? error.message : error), true);
  }

  /** The biographies' subjects, and the one chosen by ?subject= in the page address (or the first). */
  async function subjects() {
    const rows = await select(await loadQuery('view-subjects'));
    const wanted = new URLSearchParams(location.search).get('subject');
    const chosen = rows.find(function (r) { return r.subject === wanted; }) || rows[0] || null;
    return {all: rows, chosen: chosen};
  }

  /** Fills the subject chooser (shown only when there are several biographies); changing it reloads the page. */
  function subjectChooser(select, all, chosen) {
    const wrap = select.closest('.subject-choice');
    if (all.length < 2) {
      if (wrap) wrap.hidden = true;
      return;
    }
    all.forEach(function (s) {
      const o = el('option', null, s.name);
      o.value = s.subject;
      o.selected = chosen && s.subject === chosen.subject;
      select.appendChild(o);
    });
    if (wrap) wrap.hidden = false;
    select.addEventListener('change', function () {
      const params = new URLSearchParams(location.search);
      params.set('subject', select.value);
      location.search = params.toString();
    });
  }

  /** Copies text to the clipboard; falls back to a selected text area where the Clipboard API is missing or refuses. */
  async function copyText(text) {
    if (navigator.clipboard && global.isSecureContext) {
      try {
        await navigator.clipboard.writeText(text);
        return;
      } catch (e) {
        // Not allowed here (no permission, page not focused): try the older way below.
      }
    }
    const area = el('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('the browser refused to copy');
  }

  /**
   * Shows the facts about a node, link or bar in the facts panel: each fact with its dates and confidence,
   * its evidence sentences with rule and confidence, and the same question as SPARQL (console link, copy).
   */
  async function showFacts(focusIri, title) {
    const panel = document.getElementById('facts');
    const heading = panel.querySelector('h2');
    const body = panel.querySelector('.facts-body');
    panel.hidden = false;
    heading.textContent = 'Facts: ' + title;
    body.replaceChildren(el('p', 'status', 'Loading the evidence…'));
    const text = withValue(await loadQuery('view-facts'), 'focus', iri(focusIri));
    panel.querySelector('a.console-link').href = consoleLink(text);
    panel.querySelector('pre.sparql').textContent = text;
    panel.dataset.focus = focusIri;
    const copy = panel.querySelector('button.copy-sparql');
    copy.onclick = function () {
      const note = panel.querySelector('.copy-note');
      copyText(text).then(function () { note.textContent = 'Copied.'; },
        function (e) { note.textContent = 'Could not copy (' + e.message + '); select the query below.'; });
    };
    let rows;
    try {
      rows = await select(text);
    } catch (e) {
      body.replaceChildren(el('p', 'error', e.message));
      return;
    }
    const facts = new Map();
    rows.forEach(function (r) {
      if (!facts.has(r.fact)) facts.set(r.fact, {row: r, evidence: []});
      if (r.text) facts.get(r.fact).evidence.push(r);
    });
    const list = el('ol', 'facts-list');
    facts.forEach(function (f) {
      const r = f.row;
      const li = el('li', 'fact');
      const p = el('p');
      p.style.margin = '0';
      p.append(el('strong', null, r.subjectName), ' ' + relationName(r.relation) + ' ',
        el('strong', null, r.relation.endsWith('Date') ? formatDate(r.objectName) : r.objectName));
      li.appendChild(p);
      const meta = el('div', 'meta');
      const parts = [];
      if (r.start && r.end) parts.push('from ' + formatDate(r.start) + ' to ' + formatDate(r.end));
      else if (r.start) parts.push('since ' + formatDate(r.start));
      else if (r.end) parts.push('until ' + formatDate(r.end));
      parts.push('confidence ' + formatConfidence(r.confidence));
      meta.textContent = parts.join(', ');
      li.appendChild(meta);
      // the sentence that states each date, which may not be among the evidence sentences below
      if (r.start && r.startText) li.appendChild(dateSource('start ' + formatDate(r.start), r.startText));
      if (r.end && r.endText) li.appendChild(dateSource('end ' + formatDate(r.end), r.endText));
      if (f.evidence.length) {
        const ul = el('ul', 'evidence');
        f.evidence.forEach(function (ev) {
          const item = el('li');
          item.append(el('q', null, ev.text), ' ',
            el('span', 'meta', '(' + ev.rule + ', confidence ' + formatConfidence(ev.evidenceConfidence) + ')'));
          ul.appendChild(item);
        });
        li.appendChild(ul);
      }
      list.appendChild(li);
    });
    if (facts.size === 0) body.replaceChildren(el('p', null, 'No accepted facts.'));
    else body.replaceChildren(list);
    heading.focus({preventScroll: true});
  }

  function dateSource(what, text) {
    const d = el('div', 'meta date-source');
    d.append(what + ' as stated in ', el('q', null, text));
    return d;
  }

  global.biokgViews = {
    loadQuery: loadQuery, withValue: withValue, iri: iri, select: select, consoleLink: consoleLink,
    relationName: relationName, localName: localName, yearStart: yearStart, yearEnd: yearEnd, year: year,
    formatDate: formatDate, timeElement: timeElement, formatConfidence: formatConfidence, el: el,
    linkButton: linkButton, setStatus: setStatus, fail: fail, subjects: subjects, subjectChooser: subjectChooser,
    showFacts: showFacts
  };
})(window);
