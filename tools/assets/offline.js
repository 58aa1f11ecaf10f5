/* Tamkeen offline (tools/site/offline.py, tools/publish/offline_bundle.py). Loaded only where needed:
   - on course pages of the site: "save this course for offline" opens every page of the
     course (and its images and the shared assets) through the service worker, which keeps
     them (sw.js);
   - on every page of the workshop bundle opened from file://: search without Pagefind
     (a per-language data file loaded with a classic <script>, searched with the query
     forms of tamkeen.js), and links to folders (`…/lesson/`) opened as `…/lesson.html`. */
(function () {
  "use strict";
  var FILE = location.protocol === "file:";
  /* Each language's direction, decimal mark, list separator (tools/common/languages.py, filled
     in by the build); the interface tables below have every language of the site. */
  var LANGS = /*languages:data*/{}, lang = document.documentElement.lang;

  function siteBase() {
    var base = ".";
    try { base = JSON.parse(document.getElementById("__config").textContent).base || "."; } catch (e) { /* "." */ }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }

  /* --- Save a course (served site, service worker) --- */
  function controlled(sw) {
    return sw.ready.then(function () {
      return sw.controller || new Promise(function (resolve, reject) {
        sw.addEventListener("controllerchange", function () { resolve(sw.controller); });
        setTimeout(function () { if (sw.controller) { resolve(sw.controller); } else { reject(new Error("no service worker")); } }, 10000);
      });
    });
  }
  function urlsOf(list) {
    var base = siteBase();
    return list.pages.concat(list.files, list.assets).map(function (u) { return new URL(u, base).href; });
  }
  /* Is a course saved on this device? Every URL of its list is in a cache: its list, or
     false. */
  function isSaved(listUrl) {
    if (!window.caches) { return Promise.resolve(false); }
    return fetch(listUrl).then(function (r) { return r.json(); }).then(function (list) {
      return Promise.all(urlsOf(list).map(function (u) { return caches.match(u, { ignoreVary: true }); })).then(function (hits) {
        return hits.every(Boolean) && list;
      });
    }).catch(function () { return false; });
  }
  /* The offline page (sw.js): the courses saved on this device, as links. */
  function initSavedList(box) {
    var courses = [];
    try { courses = JSON.parse(box.getAttribute("data-tk-courses")) || []; } catch (e) { /* none */ }
    Promise.all(courses.map(function (c) { return isSaved(new URL(c.list, location.href)); })).then(function (flags) {
      var ul = box.querySelector("ul");
      courses.forEach(function (c, i) {
        if (!flags[i]) { return; }
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = c.url;
        a.textContent = c.title;
        li.appendChild(a);
        ul.appendChild(li);
        offerSend(li, c.title, flags[i]);
      });
      var any = ul.children.length > 0;
      box.querySelector(".tk-offline-list__label").hidden = !any;
      box.querySelector(".tk-offline-list__none").hidden = any;
    });
  }
  function initSave(box) {
    var sw = navigator.serviceWorker;
    if (FILE || !sw || !window.caches) { return; }
    var button = box.querySelector("button"), status = box.querySelector(".tk-offline__status");
    var attr = function (n) { return box.getAttribute("data-tk-" + n); };
    var listUrl = new URL(box.getAttribute("data-tk-list"), location.href);
    box.hidden = false;
    function saved() { status.textContent = attr("saved"); box.classList.add("tk-offline--saved"); }
    isSaved(listUrl).then(function (yes) { if (yes) { saved(); } });

    button.addEventListener("click", function () {
      button.disabled = true;
      var done = 0, total = 0;
      controlled(sw).then(function () {
        return fetch(listUrl, { cache: "no-cache" });
      }).then(function (r) { return r.json(); }).then(function (list) {
        var queue = urlsOf(list);
        total = queue.length;
        status.textContent = attr("saving").replace("{n}", 0).replace("{m}", total);
        function worker() {
          var url = queue.shift();
          if (!url) { return Promise.resolve(); }
          return fetch(url, { cache: "no-cache" }).then(function (r) {
            if (!r.ok) { throw new Error(url); }
            return r.arrayBuffer();
          }).then(function () {
            done++;
            status.textContent = attr("saving").replace("{n}", done).replace("{m}", total);
            return worker();
          });
        }
        return Promise.all([worker(), worker(), worker(), worker()]);
      }).then(saved, function () {
        status.textContent = attr("failed");
      }).then(function () { button.disabled = false; });
    });
  }

  /* --- Send this course (tools/publish/course_zip.py, issue 27) ---
     The course's zip through the phone's share sheet (navigator.share with files:
     Bluetooth, Nearby Share, WhatsApp) where it can take it, else downloaded. A copy is
     kept in a cache of its own to send again offline (the offline page offers it), and is
     used only if its SHA-256 is the one the page states: another site of the origin can
     write into this origin's caches. Hidden from file:// (the zip itself). */
  var SEND_CACHE = "tamkeen-send";
  var SEND = /*ui:share.course.*/{}, KB = /*ui:offline.kb*/{}, MB = /*ui:offline.mb*/{};
  function sizeText(n) {
    if (n < 1048576) { return KB[lang]["offline.kb"].replace("{n}", Math.max(1, Math.round(n / 1024))); }
    var mb = (n / 1048576).toFixed(1);
    return MB[lang]["offline.mb"].replace("{n}", mb.replace(".", LANGS[lang].decimal));
  }
  function hex(buf) {
    return Array.prototype.map.call(new Uint8Array(buf), function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }
  function checked(buf, sha) {
    return crypto.subtle.digest("SHA-256", buf).then(function (h) {
      if (hex(h) !== sha) { throw new Error("sha"); }
      return buf;
    });
  }
  function keptZip(url, sha) {
    if (!window.caches || !window.crypto || !crypto.subtle) { return Promise.reject(new Error("no cache")); }
    return caches.open(SEND_CACHE).then(function (c) { return c.match(url); }).then(function (r) {
      if (!r) { throw new Error("not kept"); }
      return r.arrayBuffer();
    }).then(function (buf) { return checked(buf, sha); });
  }
  function courseZip(url, sha) {
    return fetch(url).then(function (r) {
      if (!r.ok) { throw new Error(url); }
      return r.arrayBuffer();
    }).then(function (buf) {
      if (window.caches && window.crypto && crypto.subtle) {
        checked(buf, sha).then(function () {
          return caches.open(SEND_CACHE).then(function (c) {
            return c.put(url, new Response(buf, { headers: { "Content-Type": "application/zip" } }));
          });
        }).catch(function () { /* not kept: sent all the same */ });
      }
      return buf;
    }).catch(function () { return keptZip(url, sha); });
  }
  function sendZip(url, sha, title, button, status) {
    var texts = SEND[lang];
    var name = url.split("/").pop().replace(/^(\w+)-(.+)\.zip$/, "tamkeen-$2-$1.zip");
    button.disabled = true;
    status.textContent = texts["share.course.sending"];
    courseZip(url, sha).then(function (buf) {
      var file = new File([buf], name, { type: "application/zip" });
      function download() {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(file);
        a.download = name;
        a.hidden = true;
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
        return texts["share.course.downloaded"];
      }
      if (navigator.share && navigator.canShare && navigator.canShare({ files: [file] })) {
        return navigator.share({ files: [file], title: title }).then(function () { return texts["share.course.sent"]; }, function (e) {
          return e && e.name === "AbortError" ? "" : download();
        });
      }
      return download();
    }).then(function (said) { status.textContent = said; }, function () { status.textContent = texts["share.course.failed"]; })
      .then(function () { button.disabled = false; });
  }
  function initSend(box) {
    if (FILE) { return; }
    var button = box.querySelector("button"), status = box.querySelector(".tk-send__status");
    var url = new URL(box.getAttribute("data-tk-zip"), location.href).href;
    box.hidden = false;
    button.addEventListener("click", function () {
      sendZip(url, box.getAttribute("data-tk-sha"), box.getAttribute("data-tk-title"), button, status);
    });
  }
  /* The offline page: "send" beside a saved course whose zip this phone kept (its list
     names the zip, its size and SHA-256). */
  function offerSend(li, title, list) {
    if (!list || !list.zip || !list.sha) { return; }
    var url = new URL(list.zip, siteBase()).href;
    keptZip(url, list.sha).then(function () {
      var button = document.createElement("button"), size = document.createElement("span"), status = document.createElement("p");
      button.type = "button";
      button.className = "md-button tk-send__button";
      button.textContent = SEND[lang]["share.course.send"];
      size.textContent = " (" + SEND[lang]["share.course.size"].replace("{size}", sizeText(list.zip_bytes)) + ")";
      status.className = "tk-send__status";
      status.setAttribute("role", "status");
      li.append(" ", button, size, status);
      button.addEventListener("click", function () { sendZip(url, list.sha, title, button, status); });
    }, function () { /* not kept here: nothing to send offline */ });
  }

  /* --- Workshop bundle (file://) --- */
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[\u2019\u02BC`´]/g, "'").toLowerCase();
  }
  function escape(s) {
    return s.replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }
  var data = null;
  /* Like the site's two indexes: a trainer page (`…/trainer.html`) searches the trainer
     pages, any other page the participants' data (no trainer notes). */
  var DATA_KEY = (/\/trainer(\.html|\/(index\.html)?)$/.test(location.pathname) ? "trainer-" : "") + lang;
  function loadData() {
    if (!data) {
      data = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = new URL("assets/offline/search-" + DATA_KEY + ".js", siteBase()).href;
        s.onload = function () {
          var pages = (window.tamkeenSearchData || {})[DATA_KEY] || [];
          pages.forEach(function (p) {
            p.words = fold(p.t + " " + p.x + " " + p.f).split(/[^\p{L}\p{N}']+/u);
            p.title = fold(p.t);
          });
          resolve(pages);
        };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return data;
  }
  /* One query form (several words): every word starts a word of the page. */
  function match(page, form) {
    var score = 0, words = fold(form).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
    if (!words.length) { return 0; }
    for (var i = 0; i < words.length; i++) {
      var w = words[i], n = 0;
      page.words.forEach(function (pw) { if (pw.indexOf(w) === 0) { n++; } });
      if (!n) { return 0; }
      score += n + (page.title.indexOf(w) >= 0 ? 10 : 0);
    }
    return score;
  }
  function excerpt(page, form) {
    var w = fold(form).split(/\s+/)[0], text = page.x, at = fold(text).indexOf(w);
    if (at < 0) { return escape(text.slice(0, 160)); }
    var start = Math.max(0, at - 60);
    return (start ? "…" : "") + escape(text.slice(start, at)) + "<mark>" +
      escape(text.slice(at, at + w.length)) + "</mark>" + escape(text.slice(at + w.length, at + w.length + 100)) + "…";
  }
  /* The part of Pagefind's API that tamkeen.js uses. */
  var shim = {
    options: function () { return loadData(); },
    search: function (form) {
      return loadData().then(function (pages) {
        var results = [];
        pages.forEach(function (p) {
          var score = match(p, form);
          if (score) {
            results.push({
              id: p.u, score: score,
              data: function () {
                return Promise.resolve({ url: new URL(p.u, siteBase()).href, meta: { title: p.t }, excerpt: excerpt(p, form) });
              }
            });
          }
        });
        return { results: results };
      });
    }
  };
  if (FILE) {
    window.tamkeenPagefind = shim;
    /* A link to a folder (the "continue" link of tamkeen.js) opens the page's file:
       `courses/…/lesson/` is `lesson.html`, any other folder its `index.html`. */
    document.addEventListener("click", function (e) {
      var a = e.target.closest && e.target.closest("a[href]");
      if (a && a.protocol === "file:" && /\/$/.test(a.pathname)) {
        e.preventDefault();
        location.href = /\/courses(\/[^/]+){3}\/$/.test(a.pathname)
          ? a.href.replace(/\/(#.*)?$/, ".html$1") : a.href.replace(/\/(#.*)?$/, "/index.html$1");
      }
    }, true);
  }
  var box = document.querySelector(".tk-offline");
  if (box) { initSave(box); }
  var send = document.querySelector(".tk-send");
  if (send) { initSend(send); }
  var list = document.querySelector(".tk-offline-list");
  if (list) { initSavedList(list); }
})();
