/* The trainer's class view (tools/site/classview.py), loaded by tamkeen.js on that page only,
   after progress.js: codes pasted or scanned go into a table of who finished which lesson,
   with quiz scores, in this page's language. Codes are read by progress.js's `decode` (the
   same checks as an import: hostile input) and kept in this tab only (sessionStorage):
   nothing is sent, nothing leaves the phone but the CSV the trainer exports. */
(function () {
  "use strict";
  var api, decode;
  var CLASS_KEY = "tamkeen:class", MAX_CLASS = 200;
  function initClass(box) {
    var data = JSON.parse(api.attr(box, "class")), s = data.s, people = [];
    var input = box.querySelector("textarea"), status = box.querySelector(".tk-class__status");
    var table = box.querySelector(".tk-class__table"), pick = document.createElement("select");
    var legend = box.querySelector(".tk-class__legend");
    var label = box.querySelector(".tk-class__pick label");
    pick.id = "tk-class-module";
    label.after(pick);
    function option(value, text) { var o = document.createElement("option"); o.value = value; o.textContent = text; pick.append(o); }
    option("", s.all);
    data.m.forEach(function (m, i) { option(String(i), m.t); });
    function say(text, bad) { status.textContent = text; status.classList.toggle("tk-bad", !!bad); }
    /* Only the codes are kept (this tab): read again, with every check, when the page opens. */
    function keep() {
      try { sessionStorage.setItem(CLASS_KEY, people.map(function (p) { return p.code; }).join("\n")); } catch (e) { /* this tab only */ }
    }
    function nameOf(p, i) { return p.name || s.noname.replace("{n}", i + 1); }
    function score(rec, q) {
      var right = 0;
      for (var j = 0; j < q; j++) { right += rec && rec.s && rec.s[j] === 1 ? 1 : 0; }
      return right;
    }
    function cell(tr, text, tag) {
      var c = document.createElement(tag || "td"), b = document.createElement("bdi");
      b.textContent = text; c.append(b); tr.append(c); return c; /* bdi: 2/3 stays 2/3 in Arabic */
    }
    /* Columns are numbered, their titles in the legend under the table (and read out with
       the number): a phone shows one line of headers, not titles over five lines. */
    function column(head, n, title) {
      var th = document.createElement("th"), num = document.createElement("span"), name = document.createElement("span");
      th.scope = "col";
      num.textContent = n;
      num.setAttribute("aria-hidden", "true");
      name.className = "tk-sr";
      name.textContent = title;
      th.append(num, name);
      head.append(th);
    }
    function draw() {
      table.textContent = "";
      legend.textContent = "";
      box.querySelector(".tk-class__result").hidden = !people.length;
      if (box.tkDrawn) { box.tkDrawn(); } /* "issue a certificate" lists the same people */
      if (!people.length) { return; }
      var m = pick.value === "" ? null : data.m[+pick.value];
      var head = document.createElement("tr");
      cell(head, s.name, "th").scope = "col";
      (m ? m.l : data.m).forEach(function (x, i) {
        var title = m ? x[1] : x.t, li = document.createElement("li");
        column(head, i + 1, title);
        li.textContent = title;
        legend.append(li);
      });
      var thead = document.createElement("thead"), tbody = document.createElement("tbody");
      thead.append(head);
      people.forEach(function (p, i) {
        var tr = document.createElement("tr");
        cell(tr, nameOf(p, i), "th").scope = "row";
        if (m) {
          m.l.forEach(function (l) {
            var rec = p.records[l[0]], text = rec && rec.d ? "✓" : "—";
            if (l[2] && rec && rec.s) { text += " " + score(rec, l[2]) + "/" + l[2]; }
            var c = cell(tr, text);
            if (rec && rec.d) { c.title = rec.d; c.className = "tk-class__done"; }
          });
        } else {
          data.m.forEach(function (mod) {
            var done = mod.l.filter(function (l) { var r = p.records[l[0]]; return r && r.d; }).length;
            var c = cell(tr, done + "/" + mod.l.length);
            if (done === mod.l.length) { c.className = "tk-class__done"; }
          });
        }
        tbody.append(tr);
      });
      table.append(thead, tbody);
    }
    function has(code) { return people.some(function (p) { return p.code === code; }); }
    function add(code) {
      var clean = code.replace(/\s+/g, "");
      if (has(clean)) { return Promise.resolve("dup"); }
      if (people.length >= MAX_CLASS) { return Promise.resolve("bad"); }
      return decode(clean).then(function (got) {
        if (!got) { return "bad"; }
        if (has(clean)) { return "dup"; }
        people.push({ code: clean, name: got.name, records: got.records });
        return "ok";
      });
    }
    /* One code after the other: the table keeps the order they were given in. */
    function addEach(codes) {
      var results = [];
      return codes.reduce(function (chain, c) {
        return chain.then(function () { return add(c); }).then(function (r) { results.push(r); });
      }, Promise.resolve()).then(function () { return results; });
    }
    function addAll(text) {
      return addEach(text.split(/\s+/).filter(Boolean)).then(function (results) {
        var ok = results.filter(function (r) { return r === "ok"; }).length;
        var bad = results.filter(function (r) { return r === "bad"; }).length;
        var dup = results.length - ok - bad;
        say(s.added.replace("{n}", ok) + (dup ? " " + s.dup.replace("{n}", dup) : "") + (bad ? " " + s.bad.replace("{n}", bad) : ""), bad > 0);
        keep();
        draw();
        return ok;
      });
    }
    box.querySelector("[data-tk-class-add]").addEventListener("click", function () {
      addAll(input.value).then(function () { input.value = ""; });
    });
    pick.addEventListener("change", draw);
    /* CSV: one row per participant and lesson with progress; a cell that a spreadsheet
       would run as a formula (= + - @) starts with an apostrophe. */
    function csvField(v) {
      v = String(v);
      if (/^[=+\-@\t\r]/.test(v)) { v = "'" + v; }
      return /[",\n\r;]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
    }
    box.querySelector("[data-tk-class-csv]").addEventListener("click", function () {
      var rows = [[s.name, s.module, s.lesson, s.key, s.done, s.right, s.questions]];
      people.forEach(function (p, i) {
        data.m.forEach(function (m) {
          m.l.forEach(function (l) {
            var rec = p.records[l[0]];
            if (!rec) { return; }
            rows.push([nameOf(p, i), m.t, l[1], l[0], rec.d || "", l[2] ? score(rec, l[2]) : "", l[2]]);
          });
        });
      });
      var csv = "\ufeff" + rows.map(function (r) { return r.map(csvField).join(","); }).join("\r\n") + "\r\n";
      var link = box.querySelector("[data-tk-class-download]");
      link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv" }));
      link.hidden = false;
      link.click();
    });
    box.querySelector("[data-tk-class-clear]").addEventListener("click", function () {
      people = [];
      keep();
      try { sessionStorage.removeItem(CLASS_KEY); } catch (e) { /* nothing kept */ }
      say("");
      draw();
    });
    /* The camera, where the browser reads QR codes itself (BarcodeDetector): no library. */
    var scan = box.querySelector("[data-tk-class-scan]");
    if (window.BarcodeDetector) {
      scan.parentNode.hidden = false;
      var stream = null, video = null, timer = null;
      var stop = function () {
        clearTimeout(timer);
        if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); }
        if (video) { video.remove(); }
        stream = video = null;
        scan.textContent = s.scan;
      };
      scan.addEventListener("click", function () {
        if (stream) { stop(); return; }
        var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (media) {
          stream = media;
          video = document.createElement("video");
          video.muted = true;
          video.setAttribute("playsinline", "");
          video.srcObject = media;
          scan.parentNode.after(video);
          scan.textContent = s.stop;
          return video.play();
        }).then(function look() {
          if (!stream) { return; }
          detector.detect(video).then(function (codes) {
            return Promise.all(codes.map(function (c) { return addAll(c.rawValue); }));
          }).catch(function () {}).then(function () { timer = setTimeout(look, 400); });
        }).catch(function () { stop(); say(s.nocamera, true); });
      });
    }
    box.hidden = false;
    /* Issue a certificate (credential.js): it reads this table's people. */
    box.tkPeople = function () { return people; };
    if (document.querySelector(".tk-cert-issue")) {
      var cert = document.createElement("script");
      cert.src = new URL("assets/js/credential.js", api.siteBase()).href;
      cert.onload = function () { window.tamkeenCert.classView(box, api); };
      document.head.appendChild(cert);
    }
    var kept = "";
    try { kept = sessionStorage.getItem(CLASS_KEY) || ""; } catch (e) { kept = ""; }
    addEach(kept.split("\n").filter(Boolean)).then(function () {
      draw();
      if (people.length) { say(s.kept.replace("{n}", people.length)); }
    });
  }
  window.tamkeenClassView = function (box, given) {
    api = given;
    decode = window.tamkeenProgressCodes(given).decode;
    initClass(box);
  };
})();
