/* Tamkeen's client code: search on demand, trainer view, quizzes and progress. A plain
   file, cached across pages. The search index (Pagefind, one per language) is fetched only when the reader opens
   search; nothing is sent anywhere else. */
(function () {
  "use strict";

  /* The interface's words in every language of the site (tools/common/ui_strings.py, keys
     `search.` and `trainer.`, filled in by the build): a language being translated has its
     fallback's words where it has none of its own. */
  var SEARCH = /*ui:search.*/{}, TRAINER = /*ui:trainer.*/{};
  var lang = document.documentElement.lang;
  /* Each language's folder in the site ("" for the default one, "fr/"), from
     tools/common/languages.py. */
  var FOLDERS = /*languages:folders*/{}, FOLDER = FOLDERS[lang] || "";
  var S = SEARCH[lang], t = {
    open: S["search.open"],
    label: S["search.label"],
    placeholder: S["search.placeholder"],
    loading: S["search.loading"],
    none: S["search.none"],
    count: function (n) { return n === 1 ? S["search.count.one"] : S["search.count"].replace("{n}", n); },
    close: S["search.close"],
    failed: S["search.failed"],
    more: S["search.more"],
    code: S["search.code"],
    glossary: S["search.glossary"],
    offline: S["search.offline"],
    saved: S["search.offline.saved"],
    trainerOn: TRAINER[lang]["trainer.on"],
    trainerOff: TRAINER[lang]["trainer.off"]
  };

  function siteBase() {
    var el = document.getElementById("__config");
    var base = ".";
    try { base = JSON.parse(el.textContent).base || "."; } catch (e) { /* keep "." */ }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  /* Query forms: Arabic clitics (و ف ب ك ل ال) and vowel marks, French elisions (l', d', qu'…)
     and curly apostrophes, so `والمهندسون` also looks for `مهندسون` and `l’ordinateur`
     for `ordinateur`. Exported for the tests through window.tamkeenQueryForms. */
  /* Same prefixes as tools/site/search_forms.py, longest first. */
  var AR_PREFIXES = ["وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];
  var AR_SINGLE = ["و", "ف", "ب", "ل", "ك"];
  var ARABIC = /[\u0600-\u06FF]/;
  function wordForms(w) {
    var m = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(.{2,})$/i.exec(w);
    if (m) { return [m[1]]; }
    if (!ARABIC.test(w)) { return []; }
    var bare = [];
    for (var i = 0; i < AR_PREFIXES.length; i++) {
      var p = AR_PREFIXES[i];
      if (w.indexOf(p) === 0 && w.length - p.length >= 3) { bare.push(w.slice(p.length)); break; }
    }
    if (!bare.length) {
      AR_SINGLE.forEach(function (p) {
        if (w.indexOf(p) === 0 && w.length - 1 >= 3) { bare.push(w.slice(1)); }
      });
      bare.push(w);
    }
    var out = [];
    bare.forEach(function (b) { out.push(b, "ال" + b); });
    return out;
  }
  function queryForms(q) {
    var clean = q.normalize("NFC")
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")   /* harakat, tatweel */
      .replace(/[\u2019\u02BC`´]/g, "'")
      .trim();
    var forms = [clean];
    var words = clean.split(/\s+/);
    /* One variant per word position; a multi-word query keeps the other words as typed. */
    words.forEach(function (w, i) {
      wordForms(w).forEach(function (f) {
        var v = words.slice(); v[i] = f;
        var joined = v.join(" ");
        if (forms.indexOf(joined) < 0) { forms.push(joined); }
      });
    });
    return forms;
  }
  window.tamkeenQueryForms = queryForms;

  /* Two indexes (tools/site/search_index.py): "pagefind/" for participants, "pagefind-trainer/"
     for the trainer pages. Each comes with its ranks: which results are not lessons. A
     failed load (no connection) is tried again at the next search. */
  var pagefinds = {}, ranks = {};
  function loadPagefind(dir) {
    dir = dir || "pagefind/";
    if (!pagefinds[dir]) {
      var base = siteBase();
      /* The workshop bundle (file://) has its own search: offline.js. */
      pagefinds[dir] = (window.tamkeenPagefind ? Promise.resolve(window.tamkeenPagefind)
        : import(new URL(dir + "pagefind.js", base).href)).then(function (pf) {
        return pf.options({ baseUrl: base.pathname }).then(function () { return pf; });
      });
      pagefinds[dir].catch(function () { delete pagefinds[dir]; delete ranks[dir]; });
      ranks[dir] = window.tamkeenPagefind ? Promise.resolve({})
        : fetch(new URL(dir + "tamkeen-ranks.json", base).href).then(function (r) {
          return r.ok ? r.json() : {};
        }).catch(function () { return {}; });
    }
    return pagefinds[dir];
  }

  /* Pagefind answers a word it does not have with the pages of its longest start it has:
     `xqzwv` finds a lone "x". A form's results count only if its best page holds every
     word of it, or at least its first letters (three, or six in ten of a long word: the
     stemmer's `réseau` for `réseaux`), inside a word (Arabic: after و، ب، ال…). */
  var MIN_PREFIX = 3;
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f\u064B-\u065F\u0670\u0640]/g, "")
      .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  }
  function holds(word, query) {
    var q = fold(query), need = Math.min(q.length, Math.max(MIN_PREFIX, Math.ceil(q.length * 0.6)));
    return fold(word).indexOf(q.slice(0, need)) >= 0;
  }
  function realResults(form, results) {
    /* The workshop bundle's own search (offline.js) matches whole word starts only. */
    if (!results.length || window.tamkeenPagefind) { return Promise.resolve(results); }
    var top = results[0];
    return top.data().then(function (d) {
      var words = d.content.split(/[\r\n\s]+/g);
      var found = top.words.map(function (i) { return words[i] || ""; });
      var real = form.split(/\s+/).filter(Boolean).every(function (q) {
        return found.some(function (w) { return holds(w, q); });
      });
      return real ? results : [];
    });
  }

  /* Participants search the lessons: trainer pages (module trainer notes) have their own
     index (tools/site/search_index.py), searched from a trainer page. (A "trainer-only word"
     cannot be told from Pagefind's prefix matches in an index that lacks it.) */
  var TRAINER_PAGE = /\/trainer\/(index\.html)?$/.test(location.pathname);
  var OWN_INDEX = TRAINER_PAGE ? "pagefind-trainer/" : "pagefind/";
  var PAGE_SIZE = 10;
  /* Lessons first, then course and module pages, then the others (progress, about…), each
     by score: tools/site/search_index.py writes the rank of every page that is not a lesson. */
  function searchAudience(audience, forms) {
    var dir = audience === "trainer" ? "pagefind-trainer/" : "pagefind/";
    return loadPagefind(dir).then(function (pf) {
      return Promise.all([ranks[dir]].concat(forms.map(function (f) {
        return pf.search(f).then(function (res) { return realResults(f, res.results); });
      })));
    }).then(function (all) {
      var rank = all.shift() || {}, seen = {}, merged = [];
      all.forEach(function (results) {
        results.forEach(function (r) {
          if (!seen[r.id]) { seen[r.id] = true; merged.push(r); }
        });
      });
      merged.sort(function (a, b) { return ((rank[a.id] || 0) - (rank[b.id] || 0)) || (b.score - a.score); });
      return merged;
    });
  }

  /* Search fails with no connection (its index is not kept offline): say so, and what still
     works, with the courses saved on this device. A phone may say it is online with no
     network that answers: one small request tells. */
  function failed(ui) {
    var probe = navigator.onLine === false ? Promise.reject(new Error("offline"))
      : fetch(new URL("pagefind/pagefind-entry.json", siteBase()).href, { cache: "no-store" });
    return probe.then(function () { return false; }, function () { return true; }).then(function (offline) {
      ui.status.textContent = offline ? t.offline : t.failed;
      ui.offline.hidden = !(offline && navigator.serviceWorker && navigator.serviceWorker.controller);
    });
  }

  function search(q, ui) {
    var forms = queryForms(q);
    var own = TRAINER_PAGE ? "trainer" : "participant";
    return searchAudience(own, forms).then(function (merged) {
      ui.list.textContent = "";
      ui.offline.hidden = true;
      ui.results = merged;
      ui.shown = 0;
      ui.hint.hidden = merged.length > 0;
      /* The count is announced once the first results are listed, not before. */
      return showMore(ui).then(function (first) {
        ui.status.textContent = merged.length ? t.count(merged.length) : t.none;
        return first;
      });
    }).catch(function () { failed(ui); });
  }

  /* The next PAGE_SIZE results; "more results" stays while some are left. */
  function showMore(ui) {
    var batch = ui.results.slice(ui.shown, ui.shown + PAGE_SIZE);
    ui.shown += batch.length;
    ui.more.hidden = ui.shown >= ui.results.length;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (data) {
      var first = null;
      data.forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = d.url;
        /* Material's heading permalinks ("¶") are part of the indexed text: drop them. */
        a.textContent = ((d.meta && d.meta.title) || d.url).replace(/\s*\u00B6/g, "");
        var p = document.createElement("p");
        excerpt(p, d.excerpt.replace(/\s*\u00B6/g, ""));
        li.appendChild(a);
        li.appendChild(p);
        ui.list.appendChild(li);
        first = first || a;
      });
      return first;
    });
  }

  /* An excerpt is text with <mark> around the matches: only those become elements, whatever
     else the indexed text held (no innerHTML). */
  function excerpt(el, html) {
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    (function copy(from, to) {
      [].forEach.call(from.childNodes, function (node) {
        if (node.nodeType === 3) { to.appendChild(document.createTextNode(node.nodeValue)); }
        else if (node.nodeType === 1) {
          var into = node.localName === "mark" ? to.appendChild(document.createElement("mark")) : to;
          copy(node, into);
        }
      });
    })(doc.body.firstChild || doc.body, el);
  }

  function buildSearch() {
    var header = document.querySelector(".md-header__inner");
    if (!header || document.querySelector(".tk-search-button")) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "tk-search-button md-header__button";
    button.setAttribute("aria-label", t.open);
    button.title = t.open;
    button.innerHTML = '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.52 6.52 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg>';

    var dialog = document.createElement("dialog");
    dialog.className = "tk-search";
    dialog.setAttribute("aria-label", t.label);
    dialog.innerHTML =
      '<form method="dialog"><button class="tk-search__close md-button" value="close"></button></form>' +
      '<label><span class="md-visually-hidden"></span>' +
      '<input class="tk-search__input" type="search" autocomplete="off" enterkeyhint="search"></label>' +
      '<p class="tk-search__status" role="status" aria-live="polite"></p>' +
      '<ol class="tk-search__results"></ol>' +
      '<button type="button" class="tk-search__more md-button" hidden></button>' +
      '<p class="tk-search__hint" hidden><a></a></p>' +
      '<p class="tk-search__offline" hidden><a></a></p>';
    dialog.querySelector(".tk-search__close").textContent = t.close;
    dialog.querySelector("label span").textContent = t.label;
    var input = dialog.querySelector("input");
    input.placeholder = t.placeholder;
    var ui = {
      status: dialog.querySelector(".tk-search__status"),
      list: dialog.querySelector(".tk-search__results"),
      more: dialog.querySelector(".tk-search__more"),
      hint: dialog.querySelector(".tk-search__hint"),
      offline: dialog.querySelector(".tk-search__offline"),
      results: [],
      shown: 0
    };
    var status = ui.status;
    ui.more.textContent = t.more;
    var glossary = ui.hint.querySelector("a");
    glossary.textContent = t.glossary;
    glossary.href = new URL(FOLDER + "glossary/", siteBase()).pathname;
    var saved = ui.offline.querySelector("a");
    saved.textContent = t.saved;
    saved.href = new URL(FOLDER + "offline.html", siteBase()).pathname;
    ui.more.addEventListener("click", function () {
      /* Keyboard readers land on the first new result. */
      showMore(ui).then(function (first) { if (first) { first.focus(); } });
    });

    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) {
        ui.list.textContent = ""; status.textContent = ""; ui.more.hidden = ui.hint.hidden = true;
        return;
      }
      timer = setTimeout(function () { search(q, ui); }, 200);
    });
    button.addEventListener("click", function () {
      status.textContent = pagefinds[OWN_INDEX] ? "" : t.loading;
      dialog.showModal();
      input.focus();
      loadPagefind(OWN_INDEX).then(function () {
        if (status.textContent === t.loading) { status.textContent = ""; }
      }, function () { failed(ui); });
    });

    /* Before the language menu, which keeps its place: only the title (which grows to fill
       the header) gives up the room, so nothing moves after the first paint. */
    var anchor = header.querySelector(".md-header__option");
    header.insertBefore(button, anchor);
    document.body.appendChild(dialog);
  }

  /* Trainer view: trainer notes (`!!! trainer`, tools/common/blocks.py) are hidden from
     participants; a toggle
     remembered on this device, or a `?trainer` link, shows them. Storage may be disabled
     or full: the view then still works for this page. */
  var TRAINER_KEY = "tamkeen:trainer";
  function storageGet(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  function storageSet(key, value) {
    try {
      if (value === null) { window.localStorage.removeItem(key); }
      else { window.localStorage.setItem(key, value); }
      return true;
    } catch (e) { return false; }
  }
  function setTrainer(on) {
    document.documentElement.classList.toggle("tk-trainer", on);
    var button = document.querySelector(".tk-trainer-toggle");
    if (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = on ? t.trainerOff : t.trainerOn;
    }
  }
  function initTrainer() {
    var params = new URLSearchParams(location.search);
    if (params.has("trainer")) {
      var off = params.get("trainer") === "0";
      storageSet(TRAINER_KEY, off ? null : "1");
      setTrainer(!off);
    } else {
      setTrainer(storageGet(TRAINER_KEY) === "1");
    }
    var article = document.querySelector("article.md-content__inner");
    /* a block participants do not see (the selector filled from tools/common/blocks.py) */
    var hidden = article && article.querySelector(/*blocks:trainer*/"");
    if (!hidden || article.querySelector(".tk-trainer-toggle")) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "tk-trainer-toggle md-button";
    article.appendChild(button);
    setTrainer(document.documentElement.classList.contains("tk-trainer"));
    button.addEventListener("click", function () {
      var on = !document.documentElement.classList.contains("tk-trainer");
      storageSet(TRAINER_KEY, on ? "1" : null);
      setTrainer(on);
    });
  }

  /* Progress and quizzes (tools/site/progress.py, tools/model/quiz.py): kept on this device only,
     one localStorage entry per lesson key (the same in every language). Texts come from
     the page (data-tk-* attributes written from tools/common/ui_strings.py). If storage throws,
     everything works for this page (`mem`) and the page says nothing can be saved. */
  var PREFIX = "tamkeen:lesson:";
  var NAME_KEY = "tamkeen:name";
  var mem = Object.create(null);
  /* Caps on what a stored or imported record may hold (hostile input). */
  var MAX_QUESTIONS = 100, MAX_OPTIONS = 50;
  var KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;
  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  function isList(a, ok, max) { return Array.isArray(a) && a.length <= max && a.every(ok); }
  /* A lesson record as a null-prototype object with known fields only: d (date done),
     s (score per question: 1 right, 0 wrong), a (chosen options per question); null if
     anything else is there or a field is not what it should be. */
  function record(r) {
    if (!r || typeof r !== "object" || Array.isArray(r)) { return null; }
    var keys = Object.keys(r), out = Object.create(null);
    for (var i = 0; i < keys.length; i++) {
      var k = keys[i], v = r[k];
      if (k === "d" && typeof v === "string" && /^\d{4}-\d\d-\d\d$/.test(v)) { out.d = v; }
      else if (k === "s" && isList(v, function (x) { return x === null || x === 0 || x === 1; }, MAX_QUESTIONS)) { out.s = v.slice(); }
      else if (k === "a" && isList(v, function (x) {
        return x === null || isList(x, function (n) { return n === (n | 0) && n >= 0 && n < MAX_OPTIONS; }, MAX_OPTIONS);
      }, MAX_QUESTIONS)) { out.a = v.map(function (x) { return x && x.slice(); }); }
      else { return null; }
    }
    return out;
  }
  function all(sel, root) { return [].slice.call((root || document).querySelectorAll(sel)); }
  function attr(el, name) { return el.getAttribute("data-tk-" + name) || ""; }
  function noStore() { all(".tk-nostore").forEach(function (el) { el.hidden = false; }); }
  function load(key) {
    if (own(mem, key)) { return mem[key]; }
    try { return record(JSON.parse(storageGet(PREFIX + key))) || Object.create(null); }
    catch (e) { return Object.create(null); }
  }
  function save(key, rec) {
    mem[key] = rec;
    if (!storageSet(PREFIX + key, JSON.stringify(rec))) { noStore(); }
  }
  function isDone(key) { return !!load(key).d; }
  function today() {
    var d = new Date();
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }
  function keyOf(href) {
    var base = siteBase().pathname, path = new URL(href, location.href).pathname;
    if (path.indexOf(base) !== 0) { return null; }
    path = path.slice(base.length);
    Object.keys(FOLDERS).forEach(function (code) {
      if (FOLDERS[code] && path.indexOf(FOLDERS[code]) === 0) { path = path.slice(FOLDERS[code].length); }
    });
    path = path.replace(/(index)?(\.html)?$/, "").replace(/\/$/, "");
    var m = /^courses\/(.+)$/.exec(decodeURIComponent(path));
    return m ? m[1] : null;
  }
  function urlOf(key) {
    return new URL(FOLDER + "courses/" + key + "/", siteBase()).href;
  }
  function fill(template, n, m) { return template.replace("{n}", n).replace("{m}", m); }
  function ltr(text) { var b = document.createElement("bdi"); b.dir = "ltr"; b.textContent = text; return b; }

  function refresh() {
    all(".md-nav__link[href]").forEach(function (a) {
      var href = a.getAttribute("href"), key = href.charAt(0) !== "#" && keyOf(href);
      a.classList.toggle("tk-nav-done", !!key && isDone(key));
    });
    /* A finished lesson is ticked wherever the page links it: the course's and module's
       lesson lists, the previous/next links. */
    all("article a[href]:not(.headerlink)").forEach(function (a) {
      var href = a.getAttribute("href"), key = href.charAt(0) !== "#" && keyOf(href);
      a.classList.toggle("tk-link-done", !!key && isDone(key));
    });
    all(".tk-count").forEach(function (el) {
      var keys = attr(el, "lessons").split(" ");
      el.textContent = fill(attr(el, "template"), keys.filter(isDone).length, keys.length);
      el.hidden = false;
    });
    all(".tk-continue").forEach(function (el) {
      var list = JSON.parse(attr(el, "lessons")), last = -1, next = null;
      list.forEach(function (l, i) { if (isDone(l[0])) { last = i; } });
      list.forEach(function (l, i) { if (!isDone(l[0]) && (!next || (next.i < last && i > last))) { next = { i: i, l: l }; } });
      el.textContent = "";
      if (next) {
        var a = document.createElement("a");
        a.href = urlOf(next.l[0]);
        a.textContent = next.l[1];
        el.append(attr(el, last < 0 ? "start" : "continue") + " ", a);
      } else { el.textContent = attr(el, "all"); }
      el.hidden = false;
    });
    all(".tk-done").forEach(function (el) {
      el.querySelector("button").setAttribute("aria-pressed", isDone(attr(el, "key")) ? "true" : "false");
    });
    all(".tk-summary__course").forEach(function (course) {
      var summary = document.querySelector(".tk-summary"), latest = "";
      all("tr[data-tk-lessons]", course).forEach(function (row) {
        var keys = attr(row, "lessons").split(" "), qs = attr(row, "questions").split(" ");
        var done = 0, right = 0, total = 0, date = "";
        keys.forEach(function (k, i) {
          var rec = load(k), q = +qs[i] || 0;
          if (rec.d) { done++; if (rec.d > date) { date = rec.d; } }
          total += q;
          for (var j = 0; j < q; j++) { right += rec.s && rec.s[j] === 1 ? 1 : 0; }
        });
        if (date > latest) { latest = date; }
        row.querySelector(".tk-n").textContent = "";
        row.querySelector(".tk-n").append(ltr(done + "/" + keys.length));
        row.querySelector(".tk-date").textContent = "";
        if (done === keys.length) { row.querySelector(".tk-date").append(ltr(date)); }
        row.querySelector(".tk-score").textContent = "";
        row.querySelector(".tk-score").append(total ? ltr(right + "/" + total) : "—");
      });
      var line = course.querySelector(".tk-summary__course-done"), parts = attr(summary, "course_done").split("{date}");
      line.textContent = "";
      if (attr(course, "lessons").split(" ").every(isDone)) { line.append(parts[0], ltr(latest), parts[1]); }
    });
  }

  function initQuiz(box, key, count) {
    var n = +attr(box, "quiz"), items = all(".tk-quiz__option", box), inputs = all("input", box);
    var check = box.querySelector(".tk-quiz__check"), retry = box.querySelector(".tk-quiz__retry");
    var status = box.querySelector(".tk-quiz__status");
    box.querySelector(".tk-quiz__actions").hidden = false;
    function show(chosen) {
      var right = items.every(function (li, i) { return li.hasAttribute("data-tk-correct") === (chosen.indexOf(i) >= 0); });
      items.forEach(function (li, i) {
        li.classList.toggle("tk-chosen", chosen.indexOf(i) >= 0);
        inputs[i].checked = chosen.indexOf(i) >= 0;
        inputs[i].disabled = true;
      });
      box.classList.add("tk-checked");
      box.classList.toggle("tk-right", right);
      status.textContent = attr(box, right ? "right" : "wrong");
      check.hidden = true;
      retry.hidden = false;
      return right;
    }
    check.addEventListener("click", function () {
      var chosen = [];
      inputs.forEach(function (input, i) { if (input.checked) { chosen.push(i); } });
      if (!chosen.length) { status.textContent = attr(box, "choose"); return; }
      var rec = load(key), right = show(chosen);
      rec.a = rec.a || [];
      rec.s = rec.s || [];
      rec.a[n] = chosen;
      rec.s[n] = right ? 1 : 0;
      var allRight = true;
      for (var i = 0; i < count; i++) { allRight = allRight && rec.s[i] === 1; }
      if (allRight && !rec.d) { rec.d = today(); }
      save(key, rec);
      refresh();
      retry.focus();
    });
    retry.addEventListener("click", function () {
      items.forEach(function (li, i) { li.classList.remove("tk-chosen"); inputs[i].disabled = false; inputs[i].checked = false; });
      box.classList.remove("tk-checked", "tk-right");
      status.textContent = "";
      check.hidden = false;
      retry.hidden = true;
      inputs[0].focus();
    });
    var saved = load(key).a;
    if (saved && saved[n] && saved[n].length) { show(saved[n]); status.textContent = ""; }
  }

  /* The progress page's own code (summary, export/import, erase): assets/js/progress.js,
     loaded there only. It gets what it needs of this file as `api`. */
  function loadProgressPage(box) {
    var api = {
      PREFIX: PREFIX, NAME_KEY: NAME_KEY, KEY: KEY, own: own, record: record, all: all,
      attr: attr, load: load, save: save, refresh: refresh, noStore: noStore,
      storageGet: storageGet, storageSet: storageSet, siteBase: siteBase,
      memory: function () { return mem; },
      forget: function () { mem = Object.create(null); }
    };
    /* The class view (tools/site/classview.py) reads codes with progress.js, then classview.js. */
    var names = box.classList.contains("tk-class") ? ["progress", "classview"] : ["progress"];
    (function next() {
      var script = document.createElement("script");
      script.src = new URL("assets/js/" + names.shift() + ".js", siteBase()).href;
      script.onload = names.length ? next : function () {
        if (box.classList.contains("tk-class")) { window.tamkeenClassView(box, api); }
        else { window.tamkeenProgressPage(box, api); }
      };
      document.head.appendChild(script);
    })();
  }

  function initProgress() {
    if (!storageSet("tamkeen:probe", "1") || !storageSet("tamkeen:probe", null)) { noStore(); }
    var done = document.querySelector(".tk-done:not([data-tk-ready])");
    if (done) {
      var key = attr(done, "key"), quizzes = all(".tk-quiz");
      done.setAttribute("data-tk-ready", "");
      done.hidden = false;
      done.querySelector("button").addEventListener("click", function () {
        var rec = load(key);
        if (rec.d) { delete rec.d; } else { rec.d = today(); }
        save(key, rec);
        refresh();
      });
      quizzes.forEach(function (box) { initQuiz(box, key, quizzes.length); });
    }
    var summary = document.querySelector(".tk-summary:not([data-tk-ready])");
    if (summary) { summary.setAttribute("data-tk-ready", ""); loadProgressPage(summary); }
    var board = document.querySelector(".tk-class:not([data-tk-ready])");
    if (board) { board.setAttribute("data-tk-ready", ""); loadProgressPage(board); }
    refresh();
  }

  /* listen: "listen" on lesson pages; the phone's voices read it aloud (listen.<lang>.js,
     loaded on the first press by a classic <script> beside this file: file:// blocks
     import()). Not on a page shown untranslated: its lesson sits in a div[lang]. Not in a
     language the phones have no voice for: LISTEN has no table for the page's language
     (tools/common/languages.py). */
  var LISTEN = /*ui:listen*/{}, SELF = document.currentScript;
  function initListen() {
    var meta = document.querySelector("article > .tk-lesson-meta"), button;
    if (window.tkListen) { window.tkListen.stop(); }
    if (!meta || !LISTEN[lang] || !window.speechSynthesis ||
        document.querySelector(".tk-listen-open")) { return; }
    button = document.createElement("button");
    button.className = "md-button tk-listen-open";
    button.textContent = LISTEN[lang].listen;
    meta.after(button);
    function press() {
      if (window.tkListen) { window.tkListen.open(button); return; }
      var js = document.createElement("script");
      button.onclick = null; /* one load at a time; a failed one can be tried again */
      js.src = new URL("listen." + lang + ".js", SELF.src);
      js.onload = js.onerror = function () {
        button.onclick = press;
        if (window.tkListen) { press(); }
      };
      document.head.appendChild(js);
    }
    button.onclick = press;
  }
  /* :listen */

  /* share: "share this lesson" beside "mark as done", the QR code of the lesson in its
     trainer view, the trainer page's messages (tools/site/share.py). Everything else (the
     messages, the share sheet, the copy, the QR code) is share.<lang>.js, loaded on the
     first press like listen's. */
  var SHARE = /*ui:share.button*/{}, QR = /*ui:share.qr*/{}, sharing = null;
  function shareButton(kind, label) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "md-button tk-share-" + kind;
    b.setAttribute("data-tk-share", kind);
    b.textContent = label[lang]["share." + (kind === "qr" ? "qr" : "button")];
    return b;
  }
  function initShare() {
    var done = document.querySelector(".tk-done[data-tk-key]"), kit = document.querySelector(".tk-kit p");
    all(".tk-share-module[hidden]").forEach(function (el) { el.hidden = false; });
    if (!done || document.querySelector(".tk-share-lesson")) { return; }
    done.querySelector("button").after(" ", shareButton("lesson", SHARE));
    if (kit) { kit.append(" · ", shareButton("qr", QR)); }
  }
  document.addEventListener("click", function (e) {
    var el = e.target.closest && e.target.closest("[data-tk-share]");
    if (!el || sharing) { return; }
    if (window.tkShare) { window.tkShare(el); return; }
    var js = document.createElement("script");
    sharing = js.src = new URL("share." + lang + ".js", SELF.src);
    js.onload = js.onerror = function () {
      sharing = null; /* a failed load can be tried again */
      if (window.tkShare) { window.tkShare(el); }
    };
    document.head.appendChild(js);
  });
  /* :share */

  /* Material gives each code block a <nav> for its copy button, all unnamed: several
     identical landmarks (axe landmark-unique). Each gets a name of its own: "Code 3". Material
     sets a block up only once it comes into view (mkdocs.yml `content.lazy`), so navs keep
     coming after load: each is named as it comes, numbered in that order. */
  var navs = 0;
  function nameCodeNavs(nodes) {
    [].forEach.call(nodes, function (n) {
      if (/\bmd-code__nav\b/.test(n.className)) { n.setAttribute("aria-label", t.code + " " + ++navs); }
    });
  }

  /* A code block wider than its box scrolls. With a mouse, Material makes it focusable for the
     keyboard (tabindex) when it sets the block up, and it sets up only the blocks in view. The
     others get it here after load, measured all at once: one layout, not one per block. */
  function focusWideCode() {
    if (!matchMedia("(hover)").matches) return;
    all("pre > code:not([tabindex])").filter(function (c) { return c.scrollWidth > c.clientWidth; })
      .forEach(function (c) { c.tabIndex = 0; });
  }

  /* Once the page has loaded: fn now, or at the load event. */
  function onLoad(fn) {
    if (document.readyState === "complete") { fn(); } else { window.addEventListener("load", fn); }
  }

  function init() {
    /* Service worker (sw.js, tools/site/offline.py): pages and assets kept for offline reading.
       Registered once the page has loaded and the phone is idle: installing fetches files,
       which must not compete with the page's own. */
    if (navigator.serviceWorker && location.protocol !== "file:") {
      var register = function () {
        navigator.serviceWorker.register(new URL("sw.js", siteBase())).catch(function () {});
      };
      onLoad(function () {
        if (window.requestIdleCallback) { requestIdleCallback(register, { timeout: 5000 }); } else { setTimeout(register, 1000); }
      });
    }
    onLoad(focusWideCode);
    nameCodeNavs(document.querySelectorAll(".md-code__nav"));
    new MutationObserver(function (records) {
      records.forEach(function (r) { nameCodeNavs(r.addedNodes); });
    }).observe(document.body, { childList: true, subtree: true });
    buildSearch();
    initTrainer();
    /* Material's document$ fires on every page, instant navigation included. */
    var each = function () { initProgress(); initListen(); initShare(); };
    if (window.document$ && window.document$.subscribe) { window.document$.subscribe(each); } else { each(); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
