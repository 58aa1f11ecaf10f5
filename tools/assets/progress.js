/* Tamkeen's progress page (tools/progress.py): the completion summary, moving progress to
   another device (a code or a file), and "erase my data on this phone". Loaded by
   tamkeen.js on that page only, which hands it `api` (storage, records, refresh). Imported
   codes and files are hostile input: caps on their size, the name and the number of
   records; only lessons this site has and fields tamkeen.js knows are taken, as
   null-prototype objects. */
(function () {
  "use strict";
  var api;
  var MAX_CODE = 200000, MAX_FILE = 256 * 1024, MAX_NAME = 80, MAX_RECORDS = 2000;
  var memName = "";

  /* Export: "TK1-" + base64url(JSON) + "-" + checksum; import checks all of it first. */
  function sum(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0; }
    return h.toString(36);
  }
  function exportCode() {
    var p = {};
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k.indexOf(api.PREFIX) === 0 && api.KEY.test(k.slice(api.PREFIX.length))) { p[k.slice(api.PREFIX.length)] = api.load(k.slice(api.PREFIX.length)); }
      }
    } catch (e) { /* storage unavailable: what this page knows */ }
    var mem = api.memory();
    Object.keys(mem).forEach(function (k) { p[k] = mem[k]; });
    var json = JSON.stringify({ v: 1, n: api.storageGet(api.NAME_KEY) || memName, p: p });
    var bin = "";
    new TextEncoder().encode(json).forEach(function (b) { bin += String.fromCharCode(b); });
    var b64 = btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    return "TK1-" + b64 + "-" + sum(b64);
  }
  /* The lessons this site has (the summary page lists them all): nothing else is imported. */
  function knownKeys() {
    var known = Object.create(null);
    api.all("[data-tk-lessons]").forEach(function (el) {
      api.attr(el, "lessons").split(" ").forEach(function (k) { if (api.KEY.test(k)) { known[k] = true; } });
    });
    return known;
  }
  function importCode(text) {
    if (typeof text !== "string" || text.length > MAX_CODE) { return false; }
    var m = /^TK1-([A-Za-z0-9_-]+)-([0-9a-z]+)$/.exec(text.replace(/\s+/g, ""));
    if (!m || sum(m[1]) !== m[2]) { return false; }
    var data;
    try {
      var bin = atob(m[1].replace(/-/g, "+").replace(/_/g, "/"));
      data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, function (c) { return c.charCodeAt(0); })));
    } catch (e) { return false; }
    if (!data || typeof data !== "object" || Array.isArray(data)) { return false; }
    var top = Object.keys(data);
    if (top.some(function (k) { return k !== "v" && k !== "n" && k !== "p"; })) { return false; }
    if (data.v !== 1 || typeof data.n !== "string" || data.n.length > MAX_NAME) { return false; }
    if (!data.p || typeof data.p !== "object" || Array.isArray(data.p)) { return false; }
    var keys = Object.keys(data.p), known = knownKeys(), records = Object.create(null);
    if (keys.length > MAX_RECORDS) { return false; }
    for (var i = 0; i < keys.length; i++) {
      var rec = api.record(data.p[keys[i]]);
      if (!rec) { return false; }
      if (api.own(known, keys[i])) { records[keys[i]] = rec; } /* a lesson this site no longer has: left out */
    }
    Object.keys(records).forEach(function (k) { api.save(k, records[k]); });
    if (data.n) { setName(data.n); }
    return true;
  }
  function setName(name) {
    memName = name;
    var input = document.getElementById("tk-name");
    if (input) { input.value = name; }
    if (!api.storageSet(api.NAME_KEY, name || null)) { api.noStore(); }
  }

  function initSummary(box) {
    var input = document.getElementById("tk-name");
    input.value = api.storageGet(api.NAME_KEY) || "";
    input.addEventListener("input", function () { setName(input.value); });
    var print = document.querySelector(".tk-summary__print");
    print.hidden = false;
    print.querySelector("button").addEventListener("click", function () { window.print(); });
    var transfer = document.querySelector(".tk-transfer"), out = document.getElementById("tk-code-out");
    var status = transfer.querySelector(".tk-transfer__status"), link = transfer.querySelector("[data-tk-download]");
    transfer.hidden = false;
    transfer.querySelector("[data-tk-export]").addEventListener("click", function () {
      var code = exportCode();
      out.value = code;
      out.parentNode.hidden = false;
      link.href = URL.createObjectURL(new Blob([code + "\n"], { type: "text/plain" }));
      link.hidden = false;
      out.select();
    });
    function take(text) {
      var ok = importCode(text);
      status.textContent = api.attr(box, ok ? "imported" : "bad");
      status.classList.toggle("tk-bad", !ok);
      api.refresh();
    }
    transfer.querySelector("[data-tk-import]").addEventListener("click", function () {
      take(document.getElementById("tk-code-in").value);
    });
    document.getElementById("tk-file").addEventListener("change", function (ev) {
      var file = ev.target.files[0];
      if (file && file.size > MAX_FILE) { take(""); }
      else if (file) { file.text().then(take); }
    });
    initErase();
  }

  /* "Erase my data on this phone": everything this site keeps on the device (progress,
     name, trainer view, Material's settings under the site's path, the offline caches and
     the service worker), and nothing of the other sites sharing the origin. */
  function eraseAll() {
    var base = api.siteBase(), jobs = [];
    [window.localStorage, window.sessionStorage].forEach(function (store) {
      try {
        for (var i = store.length - 1; i >= 0; i--) {
          var k = store.key(i);
          if (k && (k.indexOf("tamkeen:") === 0 || k.indexOf(base.pathname) === 0)) { store.removeItem(k); }
        }
      } catch (e) { /* storage disabled: nothing kept there */ }
    });
    api.forget();
    memName = "";
    if (window.caches) {
      jobs.push(caches.keys().then(function (names) {
        return Promise.all(names.filter(function (n) { return n.indexOf("tamkeen-") === 0; })
          .map(function (n) { return caches.delete(n); }));
      }));
    }
    if (navigator.serviceWorker && navigator.serviceWorker.getRegistrations) {
      jobs.push(navigator.serviceWorker.getRegistrations().then(function (regs) {
        return Promise.all(regs.filter(function (r) { return r.scope.indexOf(base.href) === 0; })
          .map(function (r) { return r.unregister(); }));
      }));
    }
    return Promise.all(jobs.map(function (j) { return j.catch(function () {}); }));
  }
  function initErase() {
    var box = document.querySelector(".tk-erase");
    if (!box) { return; }
    var confirmBox = box.querySelector(".tk-erase__confirm"), status = box.querySelector(".tk-erase__status");
    box.hidden = false;
    box.querySelector("[data-tk-erase]").addEventListener("click", function () {
      confirmBox.hidden = false;
      box.querySelector("[data-tk-erase-no]").focus();
    });
    box.querySelector("[data-tk-erase-no]").addEventListener("click", function () { confirmBox.hidden = true; });
    box.querySelector("[data-tk-erase-yes]").addEventListener("click", function () {
      confirmBox.hidden = true;
      eraseAll().then(function () {
        var input = document.getElementById("tk-name");
        if (input) { input.value = ""; }
        status.textContent = api.attr(status, "done");
        api.refresh();
      });
    });
  }

  window.tamkeenProgressPage = function (box, given) {
    api = given;
    initSummary(box);
  };
})();
