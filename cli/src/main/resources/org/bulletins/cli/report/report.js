(function () {
  'use strict';
  if (window.performance && performance.mark) performance.mark('bulletins-report-start');

  // Every text from the data is put in the page with textContent or createTextNode, never as HTML.
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var stories = data.stories;
  var CHUNK = 200;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function plural(n, one, many) {
    return n.toLocaleString('en') + ' ' + (n === 1 ? one : many);
  }

  function percent(x) {
    return (Math.round(x * 1000) / 10).toFixed(1) + '%';
  }

  function where(copy) {
    return copy.source + ':' + copy.line;
  }

  // ---- Stories ----

  var list = document.getElementById('story-list');
  var count = document.getElementById('story-count');
  var more = document.getElementById('story-more');
  var form = document.getElementById('filter');
  var fText = document.getElementById('f-text');
  var fFrom = document.getElementById('f-from');
  var fTo = document.getElementById('f-to');
  var fKind = document.getElementById('f-kind');

  // A kind the engine reports that the form does not list yet becomes an option too.
  var knownKinds = {};
  Array.prototype.forEach.call(fKind.options, function (o) { knownKinds[o.value] = true; });
  stories.forEach(function (s) {
    if (!knownKinds[s.kind]) {
      knownKinds[s.kind] = true;
      var option = el('option', null, s.kind);
      option.value = s.kind;
      fKind.appendChild(option);
    }
  });

  var searchText = null; // lower-cased titles of every copy, built on the first search
  var matches = [];
  var shown = 0;

  function storySearchText(i) {
    if (searchText === null) {
      searchText = stories.map(function (s) {
        return s.copies.map(function (c) { return c.title; }).concat([s.title]).join('\n').toLowerCase();
      });
    }
    return searchText[i];
  }

  function accepts(i, text, from, to, kind) {
    var s = stories[i];
    if (kind === 'merged') {
      if (s.copies.length < 2) return false;
    } else if (kind && s.kind !== kind) {
      return false;
    }
    if (from || to) {
      if (!s.date) return false;
      if (from && s.date < from) return false;
      if (to && s.date > to) return false;
    }
    return !text || storySearchText(i).indexOf(text) >= 0;
  }

  function applyFilter() {
    var text = fText.value.trim().toLowerCase();
    var from = fFrom.value;
    var to = fTo.value;
    var kind = fKind.value;
    matches = [];
    for (var i = 0; i < stories.length; i++) {
      if (accepts(i, text, from, to, kind)) matches.push(i);
    }
    list.textContent = '';
    shown = 0;
    renderMore();
  }

  function renderMore() {
    var end = Math.min(matches.length, shown + CHUNK);
    var fragment = document.createDocumentFragment();
    for (var k = shown; k < end; k++) fragment.appendChild(storyRow(matches[k]));
    list.appendChild(fragment);
    shown = end;
    more.hidden = shown >= matches.length;
    more.textContent = 'Show ' + Math.min(CHUNK, matches.length - shown).toLocaleString('en') + ' more stories';
    count.textContent = (matches.length === stories.length
      ? 'All ' + plural(stories.length, 'story', 'stories')
      : plural(matches.length, 'story', 'stories') + ' of ' + stories.length.toLocaleString('en') + ' match')
      + (shown < matches.length ? '; the first ' + shown.toLocaleString('en') + ' are listed.' : '.');
  }

  function storyRow(i) {
    var s = stories[i];
    var li = el('li', 'story');
    li.dataset.index = String(i);
    var details = el('details');
    var summary = el('summary');
    summary.appendChild(el('span', 'story-date', s.date || 'undated'));
    summary.appendChild(el('span', 'kind kind-' + s.kind, s.kind));
    summary.appendChild(el('span', 'story-title', s.title));
    summary.appendChild(el('span', 'story-copies', plural(s.copies.length, 'copy', 'copies')));
    details.appendChild(summary);
    // The body is built when the story is first opened, so that a long list stays light.
    details.addEventListener('toggle', function () {
      if (details.open && details.childElementCount === 1) details.appendChild(storyBody(s));
    });
    li.appendChild(details);
    return li;
  }

  function storyBody(s) {
    var body = el('div', 'story-body');
    body.appendChild(el('h3', null, s.copies.length === 1 ? 'Copy' : 'Copies'));
    var table = el('table', 'copies-table');
    var head = el('tr');
    ['#', 'read at', 'date', 'title'].forEach(function (h) {
      var th = el('th', null, h);
      th.scope = 'col';
      head.appendChild(th);
    });
    var thead = el('thead');
    thead.appendChild(head);
    table.appendChild(thead);
    var tbody = el('tbody');
    s.copies.forEach(function (c, n) {
      var tr = el('tr');
      function cell(label, className, text) {
        var td = el('td', className, text);
        td.setAttribute('data-label', label);
        tr.appendChild(td);
        return td;
      }
      cell('copy', null, String(n + 1));
      cell('read at', 'source', where(c)).title = 'lines ' + c.firstLine + '\u2013' + c.lastLine;
      cell('date', null, c.date || 'undated');
      cell('title', null, c.title);
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    body.appendChild(table);

    body.appendChild(el('h3', null, 'Text of copy 1'));
    var paragraphs = el('div', 'paragraphs');
    if (s.copies[0].paragraphs.length === 0) paragraphs.appendChild(el('p', 'note', 'No paragraphs.'));
    s.copies[0].paragraphs.forEach(function (p) { paragraphs.appendChild(el('p', null, p)); });
    body.appendChild(paragraphs);

    if (s.diffs.length > 0) {
      body.appendChild(el('h3', null, 'Differences'));
      body.appendChild(el('p', 'diff-legend',
        'Words only in copy 1 are struck through; words only in the other copy are underlined.'));
      s.diffs.forEach(function (d) { body.appendChild(diffBlock(s, d)); });
    }
    if (s.links.length > 0) {
      body.appendChild(el('h3', null, 'Evidence'));
      s.links.forEach(function (l) { body.appendChild(evidenceBlock(s, l)); });
    }
    return body;
  }

  function diffBlock(s, d) {
    var wrap = el('div', 'diff-wrap');
    wrap.appendChild(el('h4', null, 'Copy ' + (d.left + 1) + ' \u2192 copy ' + (d.right + 1)
      + ' (' + where(s.copies[d.right]) + ')'));
    var box = el('div', 'diff');
    var title = el('p', 'diff-title');
    title.appendChild(el('strong', null, 'Title: '));
    appendSegments(title, d.title);
    box.appendChild(title);
    var paragraph = el('p');
    box.appendChild(paragraph);
    d.body.forEach(function (seg) {
      // A paragraph break starts a new paragraph; a break on one side only is marked as such.
      var parts = seg[1].split('\n');
      parts.forEach(function (part, n) {
        if (n > 0) {
          if (seg[0] === '=') {
            paragraph = el('p');
            box.appendChild(paragraph);
          } else {
            paragraph.appendChild(segment(seg[0], '\u00b6'));
            paragraph.appendChild(document.createTextNode(' '));
          }
        }
        if (part) paragraph.appendChild(segment(seg[0], part));
      });
    });
    wrap.appendChild(box);
    return wrap;
  }

  function appendSegments(parent, segments) {
    segments.forEach(function (seg) { parent.appendChild(segment(seg[0], seg[1])); });
  }

  function segment(op, text) {
    if (op === '-') {
      var del = el('del', null, text);
      del.title = 'only in the first copy';
      return del;
    }
    if (op === '+') {
      var ins = el('ins', null, text);
      ins.title = 'only in the other copy';
      return ins;
    }
    return document.createTextNode(text);
  }

  function evidenceBlock(s, l) {
    var wrap = el('div', 'evidence');
    var h = el('h4');
    h.appendChild(document.createTextNode('Copies ' + (l.left + 1) + ' and ' + (l.right + 1) + ': '));
    h.appendChild(el('span', l.sameStory ? 'verdict-same' : 'verdict-apart',
      l.sameStory ? 'same story' : 'not the same story'));
    h.appendChild(document.createTextNode(' by rule '));
    h.appendChild(el('code', null, l.rule));
    wrap.appendChild(h);
    var dl = el('dl');
    function row(name, value) {
      dl.appendChild(el('dt', null, name));
      var dd = el('dd');
      if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
      dl.appendChild(dd);
    }
    row('title similarity', percent(l.titleSimilarity));
    row('body similarity', percent(l.bodySimilarity));
    row('containment', percent(l.containment));
    row('dates', l.dateDistanceDays === null ? 'at least one is unknown'
      : l.dateDistanceDays === 0 ? 'the same day' : plural(l.dateDistanceDays, 'day', 'days') + ' apart');
    row('shared terms', terms(l.sharedTerms, 'terms'));
    row('conflicting terms', terms(l.conflictingTerms, 'terms terms-conflicting'));
    Object.keys(l.scores).forEach(function (name) {
      var v = l.scores[name];
      row(name, Number.isInteger(v) ? String(v) : v.toFixed(3));
    });
    wrap.appendChild(dl);
    return wrap;
  }

  function terms(list, className) {
    if (list.length === 0) return el('span', 'note', 'none');
    var ul = el('ul', className);
    list.forEach(function (t) { ul.appendChild(el('li', null, t)); });
    return ul;
  }

  var timer = 0;
  function scheduleFilter() {
    clearTimeout(timer);
    timer = setTimeout(applyFilter, 120);
  }
  fText.addEventListener('input', scheduleFilter);
  fText.addEventListener('change', applyFilter);
  fFrom.addEventListener('change', applyFilter);
  fTo.addEventListener('change', applyFilter);
  fKind.addEventListener('change', applyFilter);
  form.addEventListener('submit', function (e) { e.preventDefault(); applyFilter(); });
  form.addEventListener('reset', function () { setTimeout(applyFilter, 0); });
  more.addEventListener('click', renderMore);
  if ('IntersectionObserver' in window) {
    // Scrolling near the end of the list shows the next chunk, as the button does.
    new IntersectionObserver(function (entries) {
      if (entries[0].isIntersecting && !more.hidden) renderMore();
    }, { rootMargin: '600px' }).observe(more);
  }

  // A month of the chart narrows the list to that month (click, Enter or Space).
  function lastDay(month) {
    var parts = month.split('-');
    var days = new Date(Date.UTC(+parts[0], +parts[1], 0)).getUTCDate();
    return month + '-' + (days < 10 ? '0' : '') + days;
  }
  Array.prototype.forEach.call(document.querySelectorAll('.chart .month'), function (g) {
    function pick() {
      var month = g.getAttribute('data-month');
      fFrom.value = month + '-01';
      fTo.value = lastDay(month);
      applyFilter();
      document.getElementById('stories-heading').scrollIntoView();
    }
    g.addEventListener('click', pick);
    g.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        pick();
      }
    });
  });

  // ---- Diagnostics ----

  function fileList() {
    var root = document.getElementById('file-list');
    var withDiagnostics = data.files.filter(function (f) { return f.diagnostics.length + f.omitted > 0; });
    var clean = data.files.filter(function (f) { return f.diagnostics.length + f.omitted === 0; });
    var total = 0;
    data.files.forEach(function (f) { total += f.errors + f.warnings + f.infos; });
    root.appendChild(el('p', 'count', plural(data.files.length, 'file', 'files') + ' read; '
      + plural(total, 'diagnostic', 'diagnostics') + ' in ' + plural(withDiagnostics.length, 'file', 'files') + '.'));
    withDiagnostics.forEach(function (f) { root.appendChild(fileBlock(f)); });
    if (clean.length > 0) {
      var details = el('details', 'file');
      details.appendChild(el('summary', null, plural(clean.length, 'file', 'files') + ' without diagnostics'));
      var body = el('div', 'file-body');
      details.addEventListener('toggle', function () {
        if (!details.open || body.childElementCount > 0) return;
        var ul = el('ul');
        clean.forEach(function (f) {
          var li = el('li');
          li.appendChild(el('span', 'source', f.source));
          li.appendChild(document.createTextNode(' \u2014 ' + plural(f.items, 'item', 'items')));
          ul.appendChild(li);
        });
        body.appendChild(ul);
      });
      details.appendChild(body);
      root.appendChild(details);
    }
  }

  function fileBlock(f) {
    var details = el('details', 'file');
    var summary = el('summary');
    summary.appendChild(el('span', 'source', f.source));
    var counts = [];
    if (f.errors) counts.push(plural(f.errors, 'error', 'errors'));
    if (f.warnings) counts.push(plural(f.warnings, 'warning', 'warnings'));
    if (f.infos) counts.push(plural(f.infos, 'note', 'notes'));
    summary.appendChild(document.createTextNode(' \u2014 ' + counts.join(', ') + '; ' + plural(f.items, 'item', 'items')));
    details.appendChild(summary);
    var body = el('div', 'file-body');
    details.appendChild(body);
    details.addEventListener('toggle', function () {
      if (!details.open || body.childElementCount > 0) return;
      var ul = el('ul', 'diagnostics');
      f.diagnostics.forEach(function (d) { ul.appendChild(diagnosticItem(f, d)); });
      body.appendChild(ul);
      if (f.omitted > 0) {
        body.appendChild(el('p', 'note', plural(f.omitted, 'more diagnostic is', 'more diagnostics are')
          + ' not shown; run bulletins check for all of them.'));
      }
    });
    return details;
  }

  function diagnosticItem(f, d) {
    var li = el('li');
    var p = el('p');
    p.appendChild(el('span', 'source', f.source + ':' + d.line + ':' + d.column));
    p.appendChild(document.createTextNode(' '));
    p.appendChild(el('span', 'sev sev-' + d.severity, d.severity));
    p.appendChild(document.createTextNode(' '));
    p.appendChild(el('code', null, d.code));
    p.appendChild(document.createTextNode(' ' + d.message));
    li.appendChild(p);
    var pre = el('pre', 'line-text');
    pre.appendChild(el('span', 'line-no', d.line));
    var line = el('span', 'line-content');
    pre.appendChild(line);
    if (d.text === null) {
      line.appendChild(el('span', 'empty-line', '(the line could not be read again)'));
    } else if (d.text.length === 0) {
      line.appendChild(el('span', 'empty-line', '(empty line)'));
    } else {
      // The column counts UTF-16 units, as JavaScript strings do; the marked unit is the column's.
      var at = Math.min(d.column - 1, d.text.length);
      line.appendChild(document.createTextNode(d.text.slice(0, at)));
      if (at < d.text.length) {
        var mark = el('mark', null, d.text.charAt(at));
        mark.title = 'column ' + d.column;
        line.appendChild(mark);
        line.appendChild(document.createTextNode(d.text.slice(at + 1)));
      }
    }
    li.appendChild(pre);
    return li;
  }

  applyFilter();
  fileList();
  // For measuring: the moment the first stories and the files are on the page.
  if (window.performance && performance.mark) performance.mark('bulletins-report-ready');
}());
