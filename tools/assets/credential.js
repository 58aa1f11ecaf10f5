/* Tamkeen certificates (issue 26; tools/model/credential.py is the same thing in Python): Open
   Badges 3.0 credentials as a compact JWS (ES256), signed on the trainer's device, checked
   here with the list of trainers built into the page (docs/issuers.yml). Nothing is sent
   anywhere: a certificate travels as a QR code, a file, or after `#` in a link.
   Loaded on demand by progress.js (the verify page, the progress page) and classview.js
   (the class view): never on a lesson page. Pages carry their data in `.tk-cert-data`
   (tools/site/cert_pages.py): the trainers, the revoked certificates, the courses and texts.
   Every text a certificate holds is shown with textContent inside <bdi>: inert, isolated.
   The verdict is computed in the order of tools/model/credential.py (a test runs a corpus of bad
   certificates through both): unreadable, alg, not ours, unknown, signature, claims,
   revoked, course, dates. */
(function () {
  "use strict";
  var MAX_INPUT = 16 * 1024, MAX_NAME = 80, SKEW = 24 * 3600 * 1000, KID = 16;
  var ISSUER_PREFIX = "urn:tamkeen:issuer:", ID_PREFIX = "urn:tamkeen:";
  var CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"];
  var TYPES = ["VerifiableCredential", "OpenBadgeCredential"];
  var UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069<>]/g;
  var CERT_PREFIX = "tamkeen:cert:", BACKUP_KIND = "tamkeen-issuer-key", ITERATIONS = 310000;
  var api, data, s;
  /* Each language's direction, decimal mark, list separator (tools/common/languages.py), and
     the languages a certificate names its course in, in order (tools/model/credential.py
     TITLE_LANGUAGES): filled in by the build (tools/site/site_assets.py). */
  var LANGS = /*languages:data*/{}, TITLED = /*languages:credential*/[];

  function own(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function bdi(text, dir) { var b = el("bdi", "", text); if (dir) { b.dir = dir; } return b; }
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return own(values, k) ? values[k] : m; });
  }
  function chars(text) { return Array.from(text).length; }

  /* --- bytes ------------------------------------------------------------------------ */
  function bad(code, reason, args) { var e = new Error(code); e.verdict = { code: code, reason: reason, args: args || {} }; return e; }
  function b64url(bytes) {
    var bin = "";
    new Uint8Array(bytes).forEach(function (b) { bin += String.fromCharCode(b); });
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function unb64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) { throw bad("unreadable", "base64"); }
    var bin = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4));
    return Uint8Array.from(bin, function (c) { return c.charCodeAt(0); });
  }
  var utf8 = new TextEncoder();
  /* A key written twice in an object (JSON.parse keeps the last one silently). The text
     has been parsed already, so it is valid JSON. */
  function duplicated(text) {
    var stack = [], i = 0, top;
    while (i < text.length) {
      var c = text[i];
      if (c === '"') {
        var j = i + 1;
        while (text[j] !== '"') { j += text[j] === "\\" ? 2 : 1; }
        top = stack[stack.length - 1];
        if (top && top.key) {
          var key = JSON.parse(text.slice(i, j + 1));
          if (top.seen.has(key)) { return true; }
          top.seen.add(key);
          top.key = false;
        }
        i = j + 1;
        continue;
      }
      if (c === "{") { stack.push({ seen: new Set(), key: true }); }
      else if (c === "[") { stack.push(null); }
      else if (c === "}" || c === "]") { stack.pop(); }
      else if (c === ",") { top = stack[stack.length - 1]; if (top) { top.key = true; } }
      i++;
    }
    return false;
  }
  function strictJson(bytes) {
    var text, value;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
      value = JSON.parse(text);
    } catch (e) { throw bad("unreadable", "json"); }
    if (duplicated(text)) { throw bad("unreadable", "duplicate"); }
    return value;
  }
  function isObject(v) { return !!v && typeof v === "object" && !Array.isArray(v); }
  function get(obj) {
    for (var i = 1; i < arguments.length; i++) {
      if (!isObject(obj)) { return undefined; }
      obj = own(obj, arguments[i]) ? obj[arguments[i]] : undefined;
    }
    return obj;
  }
  function instant(value) {
    var m = typeof value === "string" && /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$/.exec(value);
    if (!m) { return null; }
    var t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]), d = new Date(t);
    /* 2026-02-30 is no date (Python's strptime refuses it): no rolling over */
    if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3] ||
        d.getUTCHours() !== +m[4] || d.getUTCMinutes() !== +m[5] || d.getUTCSeconds() !== +m[6] || +m[1] < 1) { return null; }
    return t;
  }
  function day(t) { return new Date(t).toISOString().slice(0, 10); }

  /* --- reading -------------------------------------------------------------------------- */
  function verifyUrls() {
    var bases = [data.site.replace(/\/?$/, "/"), api.siteBase().href], out = [];
    bases.forEach(function (b) {
      data.prefixes.forEach(function (p) { out.push(b + p + "verify/", b + p + "verify.html"); });
    });
    return out;
  }
  /* The token of what was pasted, scanned or loaded; "" for a link to another site. */
  function extract(text) {
    text = String(text).trim();
    if (text.length > MAX_INPUT) { throw bad("unreadable", "too_large"); }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) {
      var at = text.indexOf("#"), link = at < 0 ? text : text.slice(0, at);
      if (verifyUrls().indexOf(link) < 0) { return ""; }
      text = at < 0 ? "" : text.slice(at + 1);
    }
    var token = text.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token)) { throw bad("unreadable", "format"); }
    return token;
  }
  function shape(p) {
    var types = p.type;
    if (!Array.isArray(types) || !TYPES.every(function (t) { return types.indexOf(t) >= 0; })) { return null; }
    var ctx = p["@context"];
    /* VC 2.0, OB 3.0, then any others (the OB 3.0 schema) */
    if (!Array.isArray(ctx) || !CONTEXT.every(function (c, i) { return ctx[i] === c; })) { return null; }
    var issuer = get(p, "issuer", "id"), subject = get(p, "credentialSubject"), url = get(subject, "achievement", "id");
    var ident = get(subject, "identifier"), prefix = data.site.replace(/\/?$/, "/") + "courses/";
    var course = typeof url === "string" && url.indexOf(prefix) === 0 && /\/$/.test(url) ? url.slice(prefix.length, -1) : "";
    if (!(typeof issuer === "string" && issuer.indexOf(ISSUER_PREFIX) === 0 && /^[a-z0-9][a-z0-9_-]*$/.test(course) &&
        Array.isArray(ident) && ident.length === 1 && typeof get(ident[0], "identityHash") === "string" &&
        get(ident[0], "identityType") === "name" && chars(ident[0].identityHash) > 0 &&
        chars(ident[0].identityHash) <= MAX_NAME && typeof get(p, "id") === "string")) { return null; }
    var lessons = get(subject, "lessons");
    if (lessons !== undefined && (typeof lessons !== "string" || chars(lessons) > 2000)) { return null; }
    var issued = instant(get(p, "validFrom")), until = get(p, "validUntil");
    if (issued === null || (until !== undefined && instant(until) === null)) { return null; }
    return {
      id: p.id, name: ident[0].identityHash, course: course, issued: issued, issuer: issuer,
      until: until !== undefined ? instant(until) : null, title: get(subject, "achievement", "name"),
      lessons: lessons ? lessons.split(/\s+/).filter(Boolean) : null
    };
  }
  /* RFC 7638: the members in order, as JSON with no spaces (tools/model/issuers.py thumbprint) */
  function thumbprintOf(jwk) {
    var text = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
    if (!window.crypto || !crypto.subtle) { return Promise.resolve(null); }
    return crypto.subtle.digest("SHA-256", utf8.encode(text)).then(function (h) { return b64url(h).slice(0, KID); });
  }
  function issuerOf(kid) {
    return typeof kid === "string" ? data.issuers.filter(function (i) { return i.kid === kid; })[0] || null : null;
  }
  function publicKey(jwk) {
    return crypto.subtle.importKey("jwk", { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, ext: true },
      { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
  }
  function signatureOk(token, jwk) {
    var parts = token.split("."), sig;
    try { sig = unb64url(parts[2]); } catch (e) { return Promise.resolve(false); }
    return publicKey(jwk).then(function (key) {
      return crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, sig, utf8.encode(parts[0] + "." + parts[1]));
    }).catch(function () { return false; });
  }
  /* {code, reason, args, info, token} for whatever a reader gave. */
  function verify(text, now) {
    now = now === undefined ? Date.now() : now;
    var token, header, p;
    try {
      token = extract(text);
      if (!token) { return Promise.resolve({ code: "foreign", reason: "another_site", args: {} }); }
      var parts = token.split(".");
      header = strictJson(unb64url(parts[0]));
      p = strictJson(unb64url(parts[1]));
      if (!isObject(header) || !isObject(p)) { throw bad("unreadable", "not_object"); }
    } catch (e) {
      if (e.verdict) { return Promise.resolve(e.verdict); }
      return Promise.resolve({ code: "unreadable", reason: "format", args: {} });
    }
    if (get(header, "alg") !== "ES256") { return Promise.resolve({ code: "tampered", reason: "alg", args: {} }); }
    var said = shape(p);
    if (!said) { return Promise.resolve({ code: "foreign", reason: "not_ours", args: {} }); }
    return kidOf(header).then(function (kid) { return checked(token, p, said, issuerOf(kid), now); });
  }
  /* The key a token names: its `kid`, else the thumbprint of its `jwk` (OB 3.0 allows
     either). Only a key of the list is ever used: a `jwk` merely names it. */
  function kidOf(header) {
    var kid = get(header, "kid"), jwk = get(header, "jwk");
    if (typeof kid === "string") { return Promise.resolve(kid); }
    if (isObject(jwk) && ["kty", "crv", "x", "y"].every(function (k) { return typeof jwk[k] === "string"; })) {
      return thumbprintOf(jwk);
    }
    return Promise.resolve(null);
  }
  function checked(token, p, said, issuer, now) {
    if (!issuer) { return Promise.resolve({ code: "unknown", reason: "issuer", args: {} }); }
    if (!window.crypto || !crypto.subtle) { return Promise.resolve({ code: "nocrypto", reason: "", args: {} }); }
    return signatureOk(token, issuer.jwk).then(function (good) {
      var date = { date: day(said.issued) };
      if (!good) { return { code: "tampered", reason: "signature", args: {} }; }
      if (said.issuer !== ISSUER_PREFIX + issuer.kid || get(p, "iss") !== said.issuer || get(p, "jti") !== said.id ||
          get(p, "nbf") !== said.issued / 1000) { return { code: "tampered", reason: "claims", args: {} }; }
      if (issuer.revoked) { return { code: "revoked", reason: "issuer", args: { date: issuer.revoked } }; }
      if (own(data.revoked, said.id)) { return { code: "revoked", reason: "credential", args: { date: data.revoked[said.id] } }; }
      if (issuer.courses.indexOf(said.course) < 0) { return { code: "not_allowed", reason: "course", args: {} }; }
      if (said.issued > now + SKEW) { return { code: "dates", reason: "future", args: date }; }
      if (date.date < issuer.from) { return { code: "dates", reason: "before", args: date }; }
      if (issuer.until && date.date > issuer.until) { return { code: "dates", reason: "after", args: date }; }
      if (said.until !== null && said.until < now) { return { code: "dates", reason: "expired", args: { date: day(said.until) } }; }
      return {
        code: "ok", reason: "", args: {}, token: token,
        info: { name: said.name, course: said.course, date: date.date, issuer: issuer.name, id: said.id, lessons: said.lessons }
      };
    });
  }

  /* --- showing ------------------------------------------------------------------------- */
  function longDate(iso, lang) {
    var m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(iso), months = data.months[lang];
    return m ? +m[3] + " " + months[+m[2] - 1] + " " + m[1] : iso;
  }
  function verdictText(v) {
    var head = s["v." + v.code] || s["v.unreadable"];
    var why = v.reason ? s["v." + v.code + "." + v.reason] : "";
    return { head: head, why: why ? fill(why, { date: v.args && v.args.date ? longDate(v.args.date, data.lang) : "" }) : "" };
  }
  function lessonTitles(info) {
    var course = data.courses[info.course];
    if (!course) { return []; }
    if (!info.lessons) { return course.l.map(function (l) { return l[1]; }); }
    return info.lessons.map(function (id) {
      var found = course.l.filter(function (l) { return l[0] === id; })[0];
      return found ? found[1] : fill(s["cert.lesson.unknown"], { id: id });
    });
  }
  function courseTitle(info, lang) {
    var course = data.courses[info.course];
    return course ? course[lang || data.lang] : info.course;
  }
  function hours(minutes, lang) {
    var v = (minutes / 60).toFixed(1).replace(/\.0$/, "");
    return v.replace(".", LANGS[lang].decimal);
  }
  /* The verdict in a box: data-tk-verdict and data-tk-reason say it to the tests. */
  function showVerdict(box, v) {
    box.textContent = "";
    box.setAttribute("data-tk-verdict", v.code);
    box.setAttribute("data-tk-reason", v.reason || "");
    box.className = "tk-cert-verdict " + (v.code === "ok" ? "tk-cert-verdict--ok" : "tk-cert-verdict--bad");
    var t = verdictText(v), head = el("p", "tk-cert-verdict__head");
    head.append(el("span", "tk-cert-verdict__mark", v.code === "ok" ? "✓ " : "✗ "), t.head);
    box.append(head);
    if (t.why) { box.append(el("p", "tk-cert-verdict__why", t.why)); }
    if (v.code !== "ok") { return; }
    var dl = el("dl", "tk-cert-facts"), info = v.info, course = data.courses[info.course];
    function row(label, value) {
      var dd = el("dd");
      dd.append(value);
      dl.append(el("dt", "", label), dd);
    }
    row(s["cert.name"], bdi(info.name, "auto"));
    row(s["cert.course"], bdi(courseTitle(info)));
    var titles = lessonTitles(info), ul = el("ul", "tk-cert-lessons");
    titles.forEach(function (t) { ul.append(el("li", "", t)); });
    row(fill(s["cert.lessons"], { n: titles.length, m: course ? course.l.length : titles.length }), ul);
    if (course) { row(s["cert.hours"], bdi(hours(course.m, data.lang), "ltr")); }
    row(s["cert.date"], bdi(longDate(info.date, data.lang)));
    row(s["cert.issuer"], bdi(info.issuer, "auto"));
    row(s["cert.id"], bdi(info.id, "ltr"));
    box.append(dl);
  }
  function verifyLink(token) { return data.site.replace(/\/?$/, "/") + data.prefix + "verify/#" + token; }
  function showQr(box, text) {
    if (window.tamkeenShowQr) { window.tamkeenShowQr(box, text); }
  }

  /* The certificate to print: A4, both languages, a QR code to the verify page. */
  function sheet(v) {
    var info = v.info, course = data.courses[info.course] || { l: [], m: 0 };
    var root = el("section", "tk-cert-sheet"), n = lessonTitles(info).length;
    root.setAttribute("aria-label", s["cert.sheet"]);
    TITLED.forEach(function (lang) {
      var t = data.sheet[lang], half = el("div", "tk-cert-sheet__half");
      half.lang = lang;
      half.dir = LANGS[lang].dir;
      half.append(el("p", "tk-cert-sheet__kind", t.title));
      half.append(el("p", "tk-cert-sheet__line", t.by));
      var who = el("p", "tk-cert-sheet__name");
      who.append(bdi(info.name, "auto"));
      half.append(who);
      half.append(el("p", "tk-cert-sheet__line", t.done));
      half.append(el("p", "tk-cert-sheet__course", course[lang] || info.course));
      half.append(el("p", "tk-cert-sheet__line", fill(t.facts, {
        n: n, m: course.l.length || n, h: hours(course.m, lang)
      })));
      var issued = el("p", "tk-cert-sheet__line");
      issued.append(fill(t.on, { date: longDate(info.date, lang) }) + " · " + t.issuer + " ", bdi(info.issuer, "auto"));
      half.append(issued);
      root.append(half);
    });
    var foot = el("div", "tk-cert-sheet__foot"), qr = el("div", "tk-qr tk-cert-sheet__qr");
    qr.setAttribute("data-tk-label", s["cert.qr"]);
    var how = el("p", "tk-cert-sheet__how");
    TITLED.forEach(function (lang) { how.append(data.sheet[lang].verify, el("br")); });
    how.append(bdi(data.site.replace(/\/?$/, "/") + "verify/", "ltr"), el("br"), bdi(info.id, "ltr"));
    foot.append(qr, how);
    root.append(foot);
    showQr(qr, verifyLink(v.token));
    return root;
  }
  function printSheet(v) {
    var old = document.querySelector("body > .tk-cert-sheet");
    if (old) { old.remove(); }
    var node = sheet(v);
    document.body.append(node);
    document.documentElement.classList.add("tk-printing-cert");
    function done() {
      document.documentElement.classList.remove("tk-printing-cert");
      window.removeEventListener("afterprint", done);
    }
    window.addEventListener("afterprint", done);
    /* the QR code is drawn once qrcode.js is there */
    var wait = 0;
    (function go() {
      if (!node.querySelector(".tk-qr svg") && wait++ < 40) { setTimeout(go, 50); return; }
      window.print();
    })();
    return node;
  }

  /* --- the participant's copies (with their progress) -------------------------------- */
  function stored() {
    var out = [];
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var k = localStorage.key(i);
        if (k.indexOf(CERT_PREFIX) === 0) { out.push(localStorage.getItem(k)); }
      }
    } catch (e) { /* no storage */ }
    return out.sort();
  }
  /* Kept only when it verifies: a bad certificate is never stored. */
  function keep(token) {
    return verify(token).then(function (v) {
      if (v.code !== "ok") { return false; }
      return api.storageSet(CERT_PREFIX + v.info.id, v.token);
    });
  }

  /* --- camera, file, link ----------------------------------------------------------- */
  function camera(button, onText, onFail) {
    if (!window.BarcodeDetector || !navigator.mediaDevices) { return; }
    button.parentNode.hidden = false;
    var stream = null, video = null, timer = null, label = button.textContent;
    function stop() {
      clearTimeout(timer);
      if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
      if (video) { video.remove(); }
      stream = video = null;
      button.textContent = label;
    }
    button.addEventListener("click", function () {
      if (stream) { stop(); return; }
      var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (media) {
        stream = media;
        video = el("video", "tk-cert-video");
        video.muted = true;
        video.setAttribute("playsinline", "");
        video.srcObject = media;
        button.parentNode.after(video);
        button.textContent = s["cert.stop"];
        return video.play();
      }).then(function look() {
        if (!stream) { return; }
        detector.detect(video).then(function (codes) {
          if (codes.length) { stop(); onText(codes[0].rawValue); return; }
          timer = setTimeout(look, 300);
        }, function () { timer = setTimeout(look, 300); });
      }).catch(function () { stop(); onFail(); });
    });
  }
  function readFile(input, onText) {
    input.addEventListener("change", function () {
      var file = input.files[0];
      input.value = "";
      if (!file) { return; }
      if (file.size > MAX_INPUT) { onText(new Array(MAX_INPUT + 2).join("x")); return; }
      file.text().then(onText);
    });
  }

  /* --- the verify page ----------------------------------------------------------------- */
  function verifyPage(box) {
    var input = box.querySelector("textarea"), result = box.querySelector(".tk-cert-verdict");
    var actions = box.querySelector(".tk-verify__actions"), status = box.querySelector(".tk-verify__status");
    var current = null;
    function check(text) {
      current = null;
      actions.hidden = true;
      status.textContent = "";
      return verify(text).then(function (v) {
        showVerdict(result, v);
        result.hidden = false;
        if (v.code === "ok") { current = v; actions.hidden = false; }
        return v;
      });
    }
    box.querySelector(".tk-verify__check").addEventListener("click", function () { check(input.value); });
    readFile(box.querySelector("input[type=file]"), function (text) { input.value = ""; check(text); });
    camera(box.querySelector(".tk-verify__scan button"), check, function () { status.textContent = s["cert.nocamera"]; });
    box.querySelector(".tk-verify__keep").addEventListener("click", function () {
      if (!current) { return; }
      keep(current.token).then(function (ok) { status.textContent = ok ? s["cert.kept"] : s["cert.notkept"]; });
    });
    box.querySelector(".tk-verify__print").addEventListener("click", function () { if (current) { printSheet(current); } });
    box.hidden = false;
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash.length > 20) { check(hash); }
    window.tamkeenVerify = check; /* for the tests: the page's own verdict */
  }

  /* --- the progress page: "verified: issued by …, on …" ------------------------------- */
  function progressPage(box) {
    var list = box.querySelector(".tk-cert-mine__list"), tokens = stored();
    box.hidden = false;
    if (!tokens.length) { return Promise.resolve(); }
    box.querySelector(".tk-cert-mine__none").hidden = true;
    return Promise.all(tokens.map(function (t) { return verify(t); })).then(function (verdicts) {
      verdicts.forEach(function (v) {
        var item = el("li", "tk-cert-mine__item"), line = el("p");
        item.setAttribute("data-tk-verdict", v.code);
        if (v.code === "ok") {
          line.append(el("strong", "", courseTitle(v.info)), " — ");
          var parts = s["cert.verified"].split(/(\{issuer\}|\{date\})/);
          parts.forEach(function (part) {
            if (part === "{issuer}") { line.append(bdi(v.info.issuer, "auto")); }
            else if (part === "{date}") { line.append(bdi(longDate(v.info.date, data.lang))); }
            else { line.append(part); }
          });
          var print = el("button", "md-button", s["cert.print"]);
          print.type = "button";
          print.addEventListener("click", function () { printSheet(v); });
          var open = el("a", "md-button", s["cert.open"]);
          open.href = box.querySelector(".tk-cert-mine__verify").href.replace(/#.*$/, "") + "#" + v.token;
          item.append(line, print, " ", open);
        } else {
          var t = verdictText(v);
          line.textContent = t.head + (t.why ? ": " + t.why : "");
          item.append(line);
        }
        list.append(item);
      });
    });
  }

  /* --- the trainer's key (class view) ------------------------------------------------- */
  var DB = "tamkeen-keys", STORE = "keys", SLOT = "issuer";
  function db() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open(DB, 1);
      req.onupgradeneeded = function () { req.result.createObjectStore(STORE); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  function store(mode, work) {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var tx = d.transaction(STORE, mode), req = work(tx.objectStore(STORE));
        tx.oncomplete = function () { d.close(); resolve(req && req.result); };
        tx.onerror = tx.onabort = function () { d.close(); reject(tx.error); };
      });
    });
  }
  function loadKey() { return store("readonly", function (st) { return st.get(SLOT); }).catch(function () { return null; }); }
  function saveKey(rec) { return store("readwrite", function (st) { return st.put(rec, SLOT); }); }
  function dropKey() { return store("readwrite", function (st) { return st.delete(SLOT); }); }
  function thumbprint(jwk) { return thumbprintOf({ kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y }); }
  function aesKey(passphrase, salt, iterations) {
    return crypto.subtle.importKey("raw", utf8.encode(passphrase), "PBKDF2", false, ["deriveKey"]).then(function (base) {
      return crypto.subtle.deriveKey({ name: "PBKDF2", salt: salt, iterations: iterations, hash: "SHA-256" }, base,
        { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    });
  }
  function privateKey(jwk) {
    /* not extractable: the key can sign on this device, never be read out */
    return crypto.subtle.importKey("jwk", { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, d: jwk.d },
      { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]);
  }
  function pub(jwk) { return { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y }; }
  /* A new key: made extractable for the one moment its encrypted backup is written. */
  function createKey(name, passphrase) {
    var jwk, salt = crypto.getRandomValues(new Uint8Array(16)), iv = crypto.getRandomValues(new Uint8Array(12));
    return crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]).then(function (pair) {
      return crypto.subtle.exportKey("jwk", pair.privateKey);
    }).then(function (exported) {
      jwk = exported;
      return aesKey(passphrase, salt, ITERATIONS);
    }).then(function (aes) {
      var plain = JSON.stringify({ kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, d: jwk.d });
      return Promise.all([crypto.subtle.encrypt({ name: "AES-GCM", iv: iv }, aes, utf8.encode(plain)), thumbprint(jwk), privateKey(jwk)]);
    }).then(function (r) {
      var backup = {
        v: 1, kind: BACKUP_KIND, name: name, kid: r[1], pub: pub(jwk),
        kdf: { name: "PBKDF2", hash: "SHA-256", iterations: ITERATIONS, salt: b64url(salt) },
        iv: b64url(iv), key: b64url(r[0])
      };
      jwk = null;
      var rec = { priv: r[2], pub: backup.pub, kid: r[1], name: name, backup: backup, created: new Date().toISOString() };
      return saveKey(rec).then(function () { return rec; });
    });
  }
  function restoreKey(text, passphrase) {
    var backup, jwk;
    try { backup = JSON.parse(text); } catch (e) { return Promise.reject(new Error("file")); }
    if (!isObject(backup) || backup.kind !== BACKUP_KIND || backup.v !== 1 || !isObject(backup.kdf) || !isObject(backup.pub)) {
      return Promise.reject(new Error("file"));
    }
    return aesKey(passphrase, unb64url(backup.kdf.salt), backup.kdf.iterations).then(function (aes) {
      return crypto.subtle.decrypt({ name: "AES-GCM", iv: unb64url(backup.iv) }, aes, unb64url(backup.key));
    }).then(function (plain) {
      jwk = JSON.parse(new TextDecoder().decode(plain));
      if (jwk.x !== backup.pub.x || jwk.y !== backup.pub.y) { throw new Error("file"); }
      return Promise.all([privateKey(jwk), thumbprint(jwk)]);
    }, function () { throw new Error("passphrase"); }).then(function (r) {
      var rec = { priv: r[0], pub: pub(jwk), kid: r[1], name: String(backup.name || ""), backup: backup, created: new Date().toISOString() };
      jwk = null;
      return saveKey(rec).then(function () { return rec; });
    });
  }
  function cleanName(name) {
    return Array.from(String(name).replace(UNSAFE, "").split(/\s+/).filter(Boolean).join(" ")).slice(0, MAX_NAME).join("");
  }
  function lessonId(key) {
    return crypto.subtle.digest("SHA-256", utf8.encode(key)).then(function (h) { return b64url(h).slice(0, 6); });
  }
  /* The credential's own bilingual text, word for word tools/model/credential.py `describe`. */
  function describe(n, minutes) {
    return "الدروس: " + n + " · المدة: " + hours(minutes, "ar") + " س / Leçons : " + n + " · Durée : " + hours(minutes, "fr") + " h";
  }
  /* The credential (tools/model/credential.py `payload`), signed with the device's key. */
  function issue(rec, courseKey, name, doneKeys) {
    var course = data.courses[courseKey], listed = issuerOf(rec.kid);
    var all = doneKeys.length === course.l.length;
    return Promise.all(all ? [] : doneKeys.map(lessonId)).then(function (ids) {
      var now = Math.floor(Date.now() / 1000), cid = ID_PREFIX + b64url(crypto.getRandomValues(new Uint8Array(12)));
      var iss = ISSUER_PREFIX + rec.kid, subject = {
        type: ["AchievementSubject"],
        identifier: [{ type: "IdentityObject", identityHash: cleanName(name), identityType: "name", hashed: false }]
      };
      if (!all) { subject.lessons = ids.join(" "); }
      subject.achievement = {
        id: data.site.replace(/\/?$/, "/") + "courses/" + courseKey + "/", type: ["Achievement"],
        name: TITLED.map(function (lang) { return course[lang]; }).join(" / "), description: describe(course.l.length, course.m), criteria: { narrative: "Tamkeen" }
      };
      var payload = {
        "@context": CONTEXT, id: cid, type: TYPES,
        issuer: { id: iss, type: ["Profile"], name: listed ? listed.name : rec.name },
        validFrom: new Date(now * 1000).toISOString().replace(/\.\d+Z$/, "Z"),
        credentialSubject: subject, iss: iss, nbf: now, jti: cid
      };
      var head = b64url(utf8.encode(JSON.stringify({ alg: "ES256", kid: rec.kid })));
      var body = b64url(utf8.encode(JSON.stringify(payload)));
      return crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, rec.priv, utf8.encode(head + "." + body)).then(function (sig) {
        return head + "." + body + "." + b64url(sig);
      });
    });
  }
  function download(link, name, text, type) {
    link.href = URL.createObjectURL(new Blob([text], { type: type || "text/plain" }));
    link.download = name;
    link.hidden = false;
  }
  function yamlEntry(rec) {
    var slug = cleanName(rec.name).toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "trainer";
    return "  - id: " + slug + "\n    name: " + JSON.stringify(rec.name) + "\n    key: {kty: EC, crv: P-256, x: \"" + rec.pub.x +
      "\", y: \"" + rec.pub.y + "\"}\n    courses: [" + Object.keys(data.courses).join(", ") + "]\n    from: " + new Date().toISOString().slice(0, 10) + "\n";
  }
  function keyPanel(panel, onKey) {
    var none = panel.querySelector(".tk-cert-key__none"), have = panel.querySelector(".tk-cert-key__have");
    var status = panel.querySelector(".tk-cert-key__status");
    function say(text, isBad) { status.textContent = text; status.classList.toggle("tk-bad", !!isBad); }
    function show(rec) {
      none.hidden = !!rec;
      have.hidden = !rec;
      onKey(rec);
      if (!rec) { return; }
      var listed = issuerOf(rec.kid), line = have.querySelector(".tk-cert-key__who");
      line.textContent = "";
      line.append(fill(s["cert.key.who"], { kid: "" }), bdi(rec.kid, "ltr"), " · ", bdi(rec.name, "auto"));
      have.querySelector(".tk-cert-key__listed").textContent = listed ?
        fill(s["cert.key.listed"], { name: listed.name, until: listed.until ? fill(s["cert.key.until"], { date: longDate(listed.until, data.lang) }) : "", courses: listed.courses.map(function (c) {
          return data.courses[c] ? data.courses[c][data.lang] : c;
        }).join(LANGS[data.lang].list) }) :
        s["cert.key.unlisted"];
      have.querySelector("textarea").value = yamlEntry(rec);
      download(have.querySelector(".tk-cert-key__backup"), "tamkeen-key-" + rec.kid + ".json", JSON.stringify(rec.backup, null, 1) + "\n", "application/json");
    }
    panel.querySelector(".tk-cert-key__create").addEventListener("click", function () {
      var name = cleanName(panel.querySelector("#tk-key-name").value), p1 = panel.querySelector("#tk-key-pass").value;
      if (!name) { say(s["cert.key.noname"], true); return; }
      if (p1.length < 10) { say(s["cert.key.short"], true); return; }
      if (p1 !== panel.querySelector("#tk-key-pass2").value) { say(s["cert.key.differ"], true); return; }
      say(s["cert.key.making"]);
      createKey(name, p1).then(function (rec) {
        panel.querySelector("#tk-key-pass").value = panel.querySelector("#tk-key-pass2").value = "";
        show(rec);
        say(s["cert.key.made"]);
      }, function () { say(s["cert.key.failed"], true); });
    });
    var file = panel.querySelector("#tk-key-file");
    panel.querySelector(".tk-cert-key__restore").addEventListener("click", function () {
      var f = file.files[0];
      if (!f || f.size > 64 * 1024) { say(s["cert.key.badfile"], true); return; }
      say(s["cert.key.making"]);
      f.text().then(function (text) { return restoreKey(text, panel.querySelector("#tk-key-restore-pass").value); }).then(function (rec) {
        panel.querySelector("#tk-key-restore-pass").value = "";
        show(rec);
        say(s["cert.key.restored"]);
      }, function (e) { say(e && e.message === "passphrase" ? s["cert.key.badpass"] : s["cert.key.badfile"], true); });
    });
    var confirmBox = panel.querySelector(".tk-cert-key__confirm");
    panel.querySelector(".tk-cert-key__remove").addEventListener("click", function () { confirmBox.hidden = false; });
    panel.querySelector(".tk-cert-key__no").addEventListener("click", function () { confirmBox.hidden = true; });
    panel.querySelector(".tk-cert-key__yes").addEventListener("click", function () {
      confirmBox.hidden = true;
      dropKey().then(function () { show(null); say(s["cert.key.removed"]); });
    });
    panel.hidden = false;
    return loadKey().then(show);
  }
  function classView(box) {
    var panel = box.parentNode.querySelector(".tk-cert-issue"), keyBox = box.parentNode.querySelector(".tk-cert-key");
    function select(id) {
      var sel = el("select");
      sel.id = id;
      panel.querySelector('label[for="' + id + '"]').after(sel);
      return sel;
    }
    var who = select("tk-cert-who"), course = select("tk-cert-course");
    var name = panel.querySelector("#tk-cert-name"), lessons = panel.querySelector(".tk-cert-issue__lessons");
    var status = panel.querySelector(".tk-cert-issue__status"), out = panel.querySelector(".tk-cert-issue__out");
    var key = null;
    function people() { return box.tkPeople ? box.tkPeople() : []; }
    function say(text, isBad) { status.textContent = text; status.classList.toggle("tk-bad", !!isBad); }
    function option(select, value, text) { var o = el("option", "", text); o.value = value; select.append(o); }
    function done() {
      var p = people()[+who.value], c = data.courses[course.value];
      return p && c ? c.l.filter(function (l) { var r = p.records[l[2]]; return r && r.d; }).map(function (l) { return l[2]; }) : [];
    }
    function drawLessons() {
      lessons.textContent = "";
      var p = people()[+who.value], c = data.courses[course.value];
      if (!p || !c) { return; }
      var keys = done();
      c.l.forEach(function (l) {
        var li = el("li", keys.indexOf(l[2]) >= 0 ? "tk-class__done" : "", (keys.indexOf(l[2]) >= 0 ? "✓ " : "— ") + l[1]);
        lessons.append(li);
      });
      lessons.append(el("li", "tk-cert-issue__count", fill(s["cert.issue.count"], { n: keys.length, m: c.l.length })));
    }
    function fillPeople() {
      var list = people(), before = who.value;
      who.textContent = "";
      list.forEach(function (p, i) { option(who, String(i), p.name || fill(s["cert.noname"], { n: i + 1 })); });
      panel.querySelector(".tk-cert-issue__form").hidden = !list.length;
      panel.querySelector(".tk-cert-issue__empty").hidden = !!list.length;
      if (before && +before < list.length) { who.value = before; }
      if (list.length && (!name.value || name.getAttribute("data-tk-from") !== who.value)) {
        name.value = cleanName(list[+who.value].name || "");
        name.setAttribute("data-tk-from", who.value);
      }
      drawLessons();
    }
    Object.keys(data.courses).forEach(function (k) { option(course, k, data.courses[k][data.lang]); });
    box.tkDrawn = fillPeople;
    who.addEventListener("change", function () { name.value = ""; fillPeople(); });
    course.addEventListener("change", drawLessons);
    panel.querySelector(".tk-cert-issue__sign").addEventListener("click", function () {
      out.hidden = true;
      var keys = done(), clean = cleanName(name.value);
      if (!key) { say(s["cert.issue.nokey"], true); return; }
      if (!keys.length) { say(s["cert.issue.nolesson"], true); return; }
      if (!clean) { say(s["cert.issue.noname"], true); return; }
      issue(key, course.value, clean, keys).then(function (token) {
        return verify(token).then(function (v) {
          var link = verifyLink(token);
          showQr(out.querySelector(".tk-qr"), link);
          var a = out.querySelector(".tk-cert-issue__link");
          a.href = link;
          out.querySelector("textarea").value = link;
          download(out.querySelector(".tk-cert-issue__file"), "tamkeen-certificate.txt", token + "\n");
          out.hidden = false;
          say(v.code === "ok" ? s["cert.issue.done"] : fill(s["cert.issue.warn"], { why: verdictText(v).head + (verdictText(v).why ? ": " + verdictText(v).why : "") }), v.code !== "ok");
          out.setAttribute("data-tk-token", token);
        });
      }, function () { say(s["cert.key.failed"], true); });
    });
    panel.hidden = false;
    fillPeople();
    keyPanel(keyBox, function (rec) { key = rec; });
  }

  function setup(root, given) {
    api = given;
    var holder = document.querySelector(".tk-cert-data");
    data = JSON.parse(holder.getAttribute("data-tk-cert"));
    s = data.s;
    if (!document.querySelector("link[data-tk-cert-css]")) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = new URL("assets/css/credential.css", api.siteBase()).href;
      css.setAttribute("data-tk-cert-css", "");
      document.head.append(css);
    }
  }
  window.tamkeenCert = {
    verifyPage: function (box, given) { setup(box, given); verifyPage(box); },
    progressPage: function (box, given) { setup(box, given); return progressPage(box); },
    classView: function (box, given) { setup(box, given); classView(box); },
    /* progress export and import move the participant's certificates */
    stored: stored,
    keep: function (token, given) { if (!data) { setup(null, given); } return keep(token); }
  };
})();
