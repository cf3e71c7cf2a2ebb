(function () {
  'use strict';
  var doc = document;
  var body = doc.body;
  function all(selector, within) {
    return Array.prototype.slice.call((within || doc).querySelectorAll(selector));
  }
  function byId(id) {
    return doc.getElementById(id);
  }

  // The rule and clause views name their members; copy the cards of the subject view into them.
  var cards = {};
  all('.view[data-view=subject] .finding').forEach(function (card) {
    cards[card.getAttribute('data-i')] = card;
  });
  // A copy shows the subject and the dependency path that the subject view shows once, in the
  // group's head.
  function copy(card) {
    var clone = card.cloneNode(true);
    var head = card.closest('.group').querySelector('.g-head');
    var subject = doc.createElement('span');
    subject.className = 'f-subject';
    subject.appendChild(head.querySelector('.kind').cloneNode(true));
    subject.appendChild(doc.createTextNode(' '));
    var id = doc.createElement('code');
    id.textContent = head.querySelector('.g-id').textContent;
    subject.appendChild(id);
    var rule = clone.querySelector('.f-rule');
    rule.parentNode.insertBefore(subject, rule.nextSibling);
    var path = head.querySelector('.g-path');
    if (path) {
      var body = clone.querySelector('.f-body');
      var dt = doc.createElement('dt');
      var dd = doc.createElement('dd');
      dt.appendChild(path.querySelector('.label').cloneNode(true));
      dd.appendChild(path.querySelector('ol').cloneNode(true));
      body.insertBefore(dd, body.firstChild);
      body.insertBefore(dt, dd);
    }
    return clone;
  }
  all('.items[data-members]').forEach(function (items) {
    items.getAttribute('data-members').split(' ').forEach(function (i) {
      if (cards[i]) {
        items.appendChild(copy(cards[i]));
      }
    });
  });

  // Language: the stylesheet shows the elements of the selected language; attributes and the
  // text of <option> and <title> (which render no markup) are set here.
  function setLanguage(zh) {
    body.classList.toggle('show-zh', zh);
    body.classList.toggle('show-en', !zh);
    doc.documentElement.lang = zh ? 'zh-CN' : 'en';
    all('[data-attr]').forEach(function (el) {
      var value = el.getAttribute(zh ? 'data-zh' : 'data-en');
      var attr = el.getAttribute('data-attr');
      if (attr === 'text') {
        el.textContent = value;
      } else {
        el.setAttribute(attr, value);
      }
    });
  }
  byId('lang').addEventListener('click', function () {
    setLanguage(!body.classList.contains('show-zh'));
  });

  var q = byId('q');
  var sev = byId('sev');
  var state = byId('state');
  var count = byId('count');
  var empty = byId('empty');
  var expand = byId('expand');
  if (!q) {
    setLanguage(body.classList.contains('show-zh'));
    return;
  }

  function grouping() {
    var checked = doc.querySelector('input[name=group]:checked');
    return checked ? checked.value : 'subject';
  }
  function currentView() {
    return doc.querySelector('.view[data-view=' + grouping() + ']');
  }

  // What the text filter searches: the card in both languages and its group's head (the subject
  // and its dependency path, the rule, or the clause). Computed once per card.
  var texts = new WeakMap();
  function searchable(card) {
    var t = texts.get(card);
    if (t === undefined) {
      t = (card.textContent + ' ' + card.closest('.group').querySelector('.g-head').textContent)
        .toLowerCase();
      texts.set(card, t);
    }
    return t;
  }

  // Filters and grouping: a card is shown when it matches severity, state and text; a group when
  // it shows a card; the count is of distinct findings (each is once in the subject view).
  function apply() {
    var text = q.value.trim().toLowerCase();
    var view = grouping();
    all('.view').forEach(function (v) {
      v.hidden = v.getAttribute('data-view') !== view;
    });
    all('.finding').forEach(function (card) {
      var ok = (!sev.value || card.getAttribute('data-severity') === sev.value)
        && (!state.value || card.getAttribute('data-state') === state.value)
        && (!text || searchable(card).indexOf(text) >= 0);
      card.hidden = !ok;
    });
    all('.group').forEach(function (group) {
      var shown = all('.finding:not([hidden])', group).length;
      group.hidden = shown === 0;
      group.querySelector('.g-count').textContent = String(shown);
    });
    var shown = all('.view[data-view=subject] .finding:not([hidden])').length;
    count.textContent = String(shown);
    empty.hidden = shown > 0;
  }

  function openAll(open) {
    all('.finding > details', currentView()).forEach(function (d) {
      d.open = open;
    });
    expand.setAttribute('aria-pressed', open ? 'true' : 'false');
  }

  q.addEventListener('input', apply);
  sev.addEventListener('change', apply);
  state.addEventListener('change', apply);
  all('input[name=group]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      apply();
      openAll(expand.getAttribute('aria-pressed') === 'true');
    });
  });
  expand.addEventListener('click', function () {
    openAll(expand.getAttribute('aria-pressed') !== 'true');
  });

  // The summary's tiles filter the findings by severity or state and scroll to them.
  all('.tile').forEach(function (tile) {
    tile.addEventListener('click', function () {
      sev.value = tile.getAttribute('data-sev') || '';
      state.value = tile.getAttribute('data-state') || (tile.getAttribute('data-sev') ? 'active' : '');
      apply();
      byId('findings').scrollIntoView();
    });
  });

  // Printing shows every finding of the current view opened; the page is restored afterwards.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = all('.finding > details:not([open])', currentView());
    closed.forEach(function (d) {
      d.open = true;
    });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) {
      d.open = false;
    });
    closed = [];
  });

  setLanguage(body.classList.contains('show-zh'));
  apply();
})();
