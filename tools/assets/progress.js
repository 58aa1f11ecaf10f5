/* Tamkeen's progress page (tools/site/progress.py): the completion summary, moving progress to
   another device (a code or a file), and "erase my data on this phone". Loaded by
   tamkeen.js on that page only, which hands it `api` (storage, records, refresh). Imported
   codes and files are hostile input: caps on their size, the name and the number of
   records; only lessons this site has and fields tamkeen.js knows are taken, as
   null-prototype objects. */
(function () {
  "use strict";
  var api;
  var MAX_CODE = 200000, MAX_FILE = 256 * 1024, MAX_NAME = 80, MAX_RECORDS = 2000;
  var MAX_CERTS = 20, MAX_CERT = 16384, CERT_PREFIX = "tamkeen:cert:";
  var memName = "";

  /* The progress code: "TK2-" + base64url(deflate-raw(JSON)) + "-" + checksum where the
     browser can compress (a quarter of the length: it fits a QR code), else "TK1-" +
     base64url(JSON) + "-" + checksum. `decode` reads both, checks all of it and returns
     what it holds; the import below and the class view use it, nothing else parses a code. */
  var MAX_JSON = 400000; /* inflated size cap: a small code cannot unpack into a flood */
  function sum(s) {
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) { h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0; }
    return h.toString(36);
  }
  function b64(bytes) {
    var bin = "";
    bytes.forEach(function (b) { bin += String.fromCharCode(b); });
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function unb64(text) {
    var bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(bin, function (c) { return c.charCodeAt(0); });
  }
  function pipe(bytes, stream, cap) {
    var reader = new Blob([bytes]).stream().pipeThrough(stream).getReader(), parts = [], size = 0;
    function next() {
      return reader.read().then(function (r) {
        if (r.done) { return new Blob(parts).arrayBuffer().then(function (b) { return new Uint8Array(b); }); }
        size += r.value.length;
        if (size > cap) { reader.cancel(); throw new Error("too large"); }
        parts.push(r.value);
        return next();
      });
    }
    return next();
  }
  function payload() {
    var p = {};
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k.indexOf(api.PREFIX) === 0 && api.KEY.test(k.slice(api.PREFIX.length))) { p[k.slice(api.PREFIX.length)] = api.load(k.slice(api.PREFIX.length)); }
      }
    } catch (e) { /* storage unavailable: what this page knows */ }
    var mem = api.memory();
    Object.keys(mem).forEach(function (k) { p[k] = mem[k]; });
    var data = { v: 1, n: api.storageGet(api.NAME_KEY) || memName, p: p }, certs = storedCerts();
    if (certs.length) { data.c = certs; } /* the participant's certificates move with it */
    return new TextEncoder().encode(JSON.stringify(data));
  }
  function exportCode() {
    var json = payload();
    function plain() { var t = b64(json); return "TK1-" + t + "-" + sum(t); }
    if (!window.CompressionStream) { return Promise.resolve(plain()); }
    return pipe(json, new CompressionStream("deflate-raw"), MAX_JSON).then(function (z) {
      var t = b64(z); return "TK2-" + t + "-" + sum(t);
    }, plain);
  }
  /* The lessons this site has (the page lists them all): nothing else is imported. */
  function knownKeys() {
    var known = Object.create(null);
    api.all("[data-tk-lessons]").forEach(function (el) {
      api.attr(el, "lessons").split(" ").forEach(function (k) { if (api.KEY.test(k)) { known[k] = true; } });
    });
    return known;
  }
  /* {name, records} of a code (records: lesson key -> null-prototype record, only lessons
     of `known`), or null: a code that is not whole, not ours, or holds anything unknown. */
  function check(data, known) {
    if (!data || typeof data !== "object" || Array.isArray(data)) { return null; }
    var top = Object.keys(data);
    if (top.some(function (k) { return k !== "v" && k !== "n" && k !== "p" && k !== "c"; })) { return null; }
    var certs = data.c === undefined ? [] : data.c;
    if (!Array.isArray(certs) || certs.length > MAX_CERTS ||
        !certs.every(function (t) { return typeof t === "string" && t.length <= MAX_CERT; })) { return null; }
    if (data.v !== 1 || typeof data.n !== "string" || data.n.length > MAX_NAME) { return null; }
    if (!data.p || typeof data.p !== "object" || Array.isArray(data.p)) { return null; }
    var keys = Object.keys(data.p), records = Object.create(null);
    if (keys.length > MAX_RECORDS) { return null; }
    for (var i = 0; i < keys.length; i++) {
      var rec = api.record(data.p[keys[i]]);
      if (!rec) { return null; }
      if (api.own(known, keys[i])) { records[keys[i]] = rec; } /* a lesson this site no longer has: left out */
    }
    return { name: data.n, records: records, certs: certs.slice(), total: keys.length };
  }
  function decode(text, known) {
    if (typeof text !== "string" || text.length > MAX_CODE) { return Promise.resolve(null); }
    var m = /^TK([12])-([A-Za-z0-9_-]+)-([0-9a-z]+)$/.exec(text.replace(/\s+/g, ""));
    if (!m || sum(m[2]) !== m[3]) { return Promise.resolve(null); }
    var bytes;
    try { bytes = unb64(m[2]); } catch (e) { return Promise.resolve(null); }
    var raw = m[1] === "1" ? Promise.resolve(bytes)
      : window.DecompressionStream ? pipe(bytes, new DecompressionStream("deflate-raw"), MAX_JSON)
      : Promise.reject(new Error("no DecompressionStream"));
    return raw.then(function (json) {
      return check(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json)), known);
    }).catch(function () { return null; });
  }
  function importCode(text) {
    return decode(text, knownKeys()).then(function (data) {
      if (!data) { return false; }
      Object.keys(data.records).forEach(function (k) { api.save(k, data.records[k]); });
      if (data.name) { setName(data.name); }
      if (!data.certs.length || !document.querySelector(".tk-cert-data")) { return true; }
      /* each certificate is checked (credential.js) and kept only if it verifies */
      return loadCert().then(function (cert) {
        return Promise.all(data.certs.map(function (t) { return cert.keep(t, api); }));
      }).then(function () { return true; }, function () { return true; });
    });
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
      exportCode().then(function (code) {
        said();
        out.value = code;
        out.parentNode.hidden = false;
        link.href = URL.createObjectURL(new Blob([code + "\n"], { type: "text/plain" }));
        link.hidden = false;
        out.select();
        showQr(transfer.querySelector(".tk-qr"), code);
      });
    });
    function take(text) {
      importCode(text).then(function (ok) {
        said(); /* an old "erased" no longer holds */
        status.textContent = api.attr(box, ok ? "imported" : "bad");
        status.classList.toggle("tk-bad", !ok);
        api.refresh();
      });
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
    receive(status);
  }

  /* --- Received by the installed app (issue 27) ---
     The manifest's share_target sends a shared code or progress file to this page; the
     service worker (sw_share.js) keeps it in memory and opens `#tk-received=<id>`. Asked
     once, it is checked like an import: a good code fills the import field and waits for
     "Import" (nothing is replaced unasked); anything else is named, in the page's language,
     and nothing is stored. */
  var GOT = /*ui:share.got.*/{};
  function askWorker(id) {
    var sw = navigator.serviceWorker;
    if (!sw || !window.MessageChannel) { return Promise.resolve(null); }
    return new Promise(function (resolve) {
      var timer = setTimeout(function () { resolve(null); }, 5000);
      (sw.controller ? Promise.resolve(sw.controller) : sw.ready.then(function (r) { return sw.controller || r.active; })).then(function (worker) {
        if (!worker) { clearTimeout(timer); resolve(null); return; }
        var channel = new MessageChannel();
        channel.port1.onmessage = function (e) { clearTimeout(timer); resolve(e.data); };
        worker.postMessage({ type: "tk-received", id: id }, [channel.port2]);
      });
    });
  }
  function sizeText(n) { return n >= 1048576 ? (n / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(n / 1024)) + " KB"; }
  /* A code in a shared text: the text itself, or one of its words ("my code: TK2-…"). */
  function codesIn(text) {
    var words = String(text).split(/\s+/).filter(function (w) { return /^TK[12]-/.test(w); });
    return words.concat([String(text)]);
  }
  function sameAsStored(data) {
    var keys = Object.keys(data.records);
    return keys.every(function (k) { return JSON.stringify(api.load(k)) === JSON.stringify(data.records[k]); }) &&
      (!data.name || data.name === (api.storageGet(api.NAME_KEY) || memName)) &&
      data.certs.every(function (c) { return storedCerts().indexOf(c) >= 0; });
  }
  /* [message, code to fill in or null] for what came. */
  function judge(got, t) {
    var fill = function (s, v) { return s.replace(/\{(\w+)\}/g, function (m, k) { return v[k] === undefined ? m : v[k]; }); };
    got = got && typeof got === "object" ? got : { kind: "none" };
    var file = "\u2068" + String(got.name || "").slice(0, 80) + "\u2069"; /* isolated: a Latin name in Arabic */
    if (got.kind === "many") { return Promise.resolve([fill(t["share.got.many"], { n: got.n }), null]); }
    if (got.kind === "image") { return Promise.resolve([fill(t["share.got.image"], { file: file }), null]); }
    if (got.kind === "big") { return Promise.resolve([fill(t["share.got.big"], { file: file, size: "\u2066" + sizeText(got.size) + "\u2069" }), null]); }
    if (got.kind !== "text" && got.kind !== "file") { return Promise.resolve([t["share.got.none"], null]); }
    var notCode = got.kind === "file" ? fill(t["share.got.file"], { file: file })
      : fill(t["share.got.text"], { text: "\u2068" + got.text.replace(/\s+/g, " ").trim().slice(0, 60) + "\u2069" });
    var known = knownKeys(), candidates = codesIn(got.text || "");
    return (function next() {
      if (!candidates.length) { return Promise.resolve([notCode, null]); }
      var code = candidates.shift();
      return decode(code, known).then(function (data) {
        if (!data) { return next(); }
        var n = Object.keys(data.records).length;
        if (!n && data.total) { return [t["share.got.unknown"], null]; }
        if (sameAsStored(data)) { return [t["share.got.same"], null]; }
        var name = data.name ? fill(t["share.got.name"], { name: "\u2068" + data.name + "\u2069" }) : "";
        return [fill(t["share.got.code"], { n: n, name: name }), code.replace(/\s+/g, "")];
      });
    })();
  }
  function receive(status) {
    var m = /(?:^#|&)tk-received=([0-9a-z]{1,40})$/.exec(location.hash);
    if (!m) { return; }
    history.replaceState(null, "", location.pathname + location.search); /* read once */
    var t = GOT[document.documentElement.lang]; /* a table for every language of the site */
    askWorker(m[1]).then(function (got) { return judge(got, t); }).then(function (out) {
      var input = document.getElementById("tk-code-in");
      said();
      if (out[1]) { input.value = out[1]; }
      status.textContent = out[0];
      status.classList.toggle("tk-bad", !out[1]);
      document.querySelector(".tk-transfer").scrollIntoView({ block: "center" });
      (out[1] ? document.querySelector("[data-tk-import]") : input).focus();
    });
  }

  /* What the page shows of the data: the code made (with the name in it), its QR code and
     file, the codes pasted, the last messages. Erasing the data hides them too; a new
     export or import clears an old message. */
  function said() {
    [".tk-transfer__status", ".tk-erase__status"].forEach(function (sel) {
      var el = document.querySelector(sel);
      if (el) { el.textContent = ""; el.classList.remove("tk-bad"); }
    });
  }
  function hideShown() {
    var out = document.getElementById("tk-code-out"), into = document.getElementById("tk-code-in");
    var link = document.querySelector("[data-tk-download]"), qr = document.querySelector(".tk-qr");
    var file = document.getElementById("tk-file");
    said();
    if (out) { out.value = ""; out.parentNode.hidden = true; }
    if (into) { into.value = ""; }
    if (file) { file.value = ""; }
    if (link) {
      if (link.href) { URL.revokeObjectURL(link.href); }
      link.removeAttribute("href");
      link.hidden = true;
    }
    if (qr) { qr.textContent = ""; qr.hidden = true; }
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
        hideShown();
        status.textContent = api.attr(status, "done");
        api.refresh();
      });
    });
  }

  /* The code as a QR code too (qrcode-generator from npm, loaded here only): an SVG drawn
     with the DOM, black modules on white with the 4-module quiet zone scanners need. */
  var qrLoading = null;
  function loadQr() {
    if (window.qrcode) { return Promise.resolve(window.qrcode); }
    qrLoading = qrLoading || new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL("assets/js/qrcode.js", api.siteBase()).href;
      script.onload = function () { resolve(window.qrcode); };
      script.onerror = function () { qrLoading = null; reject(new Error("qrcode.js")); };
      document.head.appendChild(script);
    });
    return qrLoading;
  }
  function showQr(box, code) {
    if (!box) { return; }
    loadQr().then(function (qrcode) {
      var qr = qrcode(0, "L");
      qr.addData(code, "Byte");
      try { qr.make(); } catch (e) { box.hidden = true; return; } /* too long for a QR code: the text stays */
      var n = qr.getModuleCount(), q = 4, size = n + 2 * q, d = [], ns = "http://www.w3.org/2000/svg";
      box.setAttribute("data-tk-version", (n - 17) / 4); /* the QR version, for the measures */
      for (var r = 0; r < n; r++) {
        for (var c = 0; c < n; c++) { if (qr.isDark(r, c)) { d.push("M" + (c + q) + " " + (r + q) + "h1v1h-1z"); } }
      }
      var svg = document.createElementNS(ns, "svg"), bg = document.createElementNS(ns, "rect"), path = document.createElementNS(ns, "path");
      svg.setAttribute("viewBox", "0 0 " + size + " " + size);
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", api.attr(box, "label"));
      svg.setAttribute("shape-rendering", "crispEdges");
      bg.setAttribute("width", size); bg.setAttribute("height", size); bg.setAttribute("fill", "#fff");
      path.setAttribute("d", d.join("")); path.setAttribute("fill", "#000");
      svg.append(bg, path);
      box.textContent = "";
      box.append(svg);
      box.hidden = false;
    }, function () { box.hidden = true; });
  }

  /* Certificates (issue 26): credential.js, loaded on the pages that show or check them. */
  function storedCerts() {
    var out = [];
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k.indexOf(CERT_PREFIX) === 0) { out.push(localStorage.getItem(k)); }
      }
    } catch (e) { /* storage unavailable */ }
    return out.sort().slice(0, MAX_CERTS);
  }
  var certLoading = null;
  function loadCert() {
    certLoading = certLoading || new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL("assets/js/credential.js", api.siteBase()).href;
      script.onload = function () { resolve(window.tamkeenCert); };
      script.onerror = function () { certLoading = null; reject(new Error("credential.js")); };
      document.head.appendChild(script);
    });
    return certLoading;
  }
  window.tamkeenShowQr = showQr;

  /* For the class view (classview.js), which reads codes with the same checks and never
     stores them in this site's progress: `decode(text)` -> {name, records} or null. */
  window.tamkeenProgressCodes = function (given) {
    api = given;
    return { decode: function (text) { return decode(text, knownKeys()); } };
  };
  window.tamkeenProgressCode = function (text) { return decode(text, knownKeys()); };

  window.tamkeenProgressPage = function (box, given) {
    api = given;
    if (box.classList.contains("tk-verify")) { /* the verify page */
      loadCert().then(function (cert) { cert.verifyPage(box, api); });
      return;
    }
    initSummary(box);
    var mine = document.querySelector(".tk-cert-mine");
    if (mine) { loadCert().then(function (cert) { cert.progressPage(mine, api); }); }
  };
})();
