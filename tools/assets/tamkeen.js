/* Tamkeen's client code: search on demand. A plain file, cached across pages.
   The search index (Pagefind, one per language) is fetched only when the reader opens
   search; nothing is sent anywhere else. */
(function () {
  "use strict";

  var STRINGS = {
    ar: {
      open: "بحث",
      label: "ابحث في الدروس",
      placeholder: "اكتب كلمة، مثلا: ذكاء",
      loading: "جار تحميل البحث…",
      none: "لا توجد نتائج",
      count: function (n) { return n === 1 ? "نتيجة واحدة" : n + " نتائج"; },
      close: "إغلاق",
      failed: "البحث غير متاح الآن.",
      trainerOn: "إظهار ملاحظات المؤطّر",
      trainerOff: "إخفاء ملاحظات المؤطّر"
    },
    fr: {
      open: "Rechercher",
      label: "Rechercher dans les leçons",
      placeholder: "Tapez un mot, par exemple : prompt",
      loading: "Chargement de la recherche…",
      none: "Aucun résultat",
      count: function (n) { return n === 1 ? "1 résultat" : n + " résultats"; },
      close: "Fermer",
      failed: "La recherche n'est pas disponible pour le moment.",
      trainerOn: "Afficher les notes pour l'animateur",
      trainerOff: "Masquer les notes pour l'animateur"
    }
  };
  var lang = document.documentElement.lang in STRINGS ? document.documentElement.lang : "fr";
  var t = STRINGS[lang];

  function siteBase() {
    var el = document.getElementById("__config");
    var base = ".";
    try { base = JSON.parse(el.textContent).base || "."; } catch (e) { /* keep "." */ }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  /* Query forms: Arabic clitics (و ف ب ك ل ال) and vowel marks, French elisions (l', d', qu'…)
     and curly apostrophes, so `والمهندسون` also looks for `مهندسون` and `l’ordinateur`
     for `ordinateur`. Exported for the tests through window.tamkeenQueryForms. */
  /* Same prefixes as tools/search_forms.py, longest first. */
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

  var pagefind = null;
  function loadPagefind() {
    if (!pagefind) {
      var base = siteBase();
      pagefind = import(new URL("pagefind/pagefind.js", base).href).then(function (pf) {
        return pf.options({ baseUrl: base.pathname }).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  function search(q, status, list) {
    var forms = queryForms(q);
    return loadPagefind().then(function (pf) {
      return Promise.all(forms.map(function (f) { return pf.search(f); }));
    }).then(function (all) {
      var seen = {}, merged = [];
      all.forEach(function (res) {
        res.results.forEach(function (r) {
          if (!seen[r.id]) { seen[r.id] = true; merged.push(r); }
        });
      });
      merged.sort(function (a, b) { return b.score - a.score; });
      return Promise.all(merged.slice(0, 10).map(function (r) { return r.data(); }))
        .then(function (data) { return { total: merged.length, data: data }; });
    }).then(function (res) {
      list.textContent = "";
      status.textContent = res.total ? t.count(res.total) : t.none;
      res.data.forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = d.url;
        /* Material's heading permalinks ("¶") are part of the indexed text: drop them. */
        a.textContent = ((d.meta && d.meta.title) || d.url).replace(/\s*\u00B6/g, "");
        var p = document.createElement("p");
        p.innerHTML = d.excerpt.replace(/\s*\u00B6/g, ""); /* our own text with <mark> */
        li.appendChild(a);
        li.appendChild(p);
        list.appendChild(li);
      });
    }).catch(function () {
      status.textContent = t.failed;
    });
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
      '<ol class="tk-search__results"></ol>';
    dialog.querySelector(".tk-search__close").textContent = t.close;
    dialog.querySelector("label span").textContent = t.label;
    var input = dialog.querySelector("input");
    input.placeholder = t.placeholder;
    var status = dialog.querySelector(".tk-search__status");
    var list = dialog.querySelector(".tk-search__results");

    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) { list.textContent = ""; status.textContent = ""; return; }
      timer = setTimeout(function () { search(q, status, list); }, 200);
    });
    button.addEventListener("click", function () {
      status.textContent = pagefind ? "" : t.loading;
      dialog.showModal();
      input.focus();
      loadPagefind().then(function () {
        if (status.textContent === t.loading) { status.textContent = ""; }
      }, function () { status.textContent = t.failed; });
    });

    var anchor = header.querySelector(".md-header__option") || header.lastElementChild;
    header.insertBefore(button, anchor ? anchor.nextSibling : null);
    document.body.appendChild(dialog);
  }

  /* Trainer view: trainer notes (`!!! trainer`) are hidden from participants; a toggle
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
    if (!article || !article.querySelector(".trainer") || article.querySelector(".tk-trainer-toggle")) {
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

  function init() {
    buildSearch();
    initTrainer();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
