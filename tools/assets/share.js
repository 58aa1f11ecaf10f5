/* Sharing (tools/site/share.py, issue 27), one copy per language (assets/js/share.<lang>.js),
   loaded by tamkeen.js on the first press of a [data-tk-share] button:
   - "lesson": the lesson's WhatsApp message (tools/site/digest.py) through the phone's share
     sheet (navigator.share), or copied where there is none; then "share the answer", the
     second message;
   - "answer", "module": the trainer page's messages;
   - "qr": the lesson's address as a QR code, as large as the screen, to project.
   The messages are in assets/share/<course>/<module>.<lang>.js, a classic script (it loads
   from file:// too), fetched on the first press: readers who never share never get them.
   Nothing is sent anywhere: the phone's share sheet or clipboard gets the text. */
(function () {
  "use strict";
  var T = /*ui:share.*/{};
  var pending = {};

  function siteBase() {
    var base = ".";
    try { base = JSON.parse(document.getElementById("__config").textContent).base || "."; } catch (e) { /* "." */ }
    return new URL(base.replace(/\/?$/, "/"), location.href);
  }
  function lessonKey() {
    var done = document.querySelector(".tk-done[data-tk-key]");
    return done ? done.getAttribute("data-tk-key") : "";
  }
  function moduleOf(key) { return key.split("/").slice(0, 2).join("/"); }

  /* The messages of a module in this page's language. */
  function messages(module) {
    if (!pending[module]) {
      pending[module] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = new URL("assets/share/" + module + "." + document.documentElement.lang + ".js", siteBase()).href;
        s.onload = function () {
          var data = (window.tkShareData || {})[module];
          if (data) { resolve(data); } else { reject(new Error(module)); }
        };
        s.onerror = function () { reject(new Error(module)); };
        document.head.appendChild(s);
      });
      pending[module].catch(function () { delete pending[module]; }); /* tried again next press */
    }
    return pending[module];
  }

  function statusFor(button) {
    var box = button.closest(".tk-share-module");
    var el = box ? box.querySelector(".tk-share__status") : button.parentNode.querySelector(".tk-share__status");
    if (!el) {
      el = document.createElement("p");
      el.className = "tk-share__status";
      el.setAttribute("role", "status");
      button.parentNode.append(el);
    }
    return el;
  }
  function say(el, text) { el.textContent = ""; el.textContent = text; }

  /* Copied without the clipboard API (an older phone, a page not allowed it). */
  function copyByHand(text) {
    var area = document.createElement("textarea"), ok = false;
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }
  function copy(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return copyByHand(text); });
    }
    return Promise.resolve(copyByHand(text));
  }
  /* The share sheet where the phone has one (WhatsApp, SMS…), else the clipboard. A closed
     sheet (AbortError) is the reader's choice: nothing else happens. */
  function send(text, title, status) {
    var copied = function () {
      return copy(text).then(function (ok) { say(status, ok ? T["share.copied"] : T["share.failed"]); return ok; });
    };
    if (!navigator.share) { return copied(); }
    return navigator.share({ title: title, text: text }).then(function () {
      say(status, T["share.shared"]);
      return true;
    }, function (e) { return e && e.name === "AbortError" ? false : copied(); });
  }

  function shareLesson(button, kind) {
    var key = button.getAttribute("data-tk-key") || lessonKey(), status = statusFor(button);
    return messages(moduleOf(key)).then(function (data) {
      var lesson = data.l[key];
      if (!lesson) { throw new Error(key); }
      var text = kind === "answer" ? lesson.a : lesson.d;
      return send(text, lesson.t, status).then(function (done) {
        /* On a lesson page, the answer is the second message. */
        if (done && kind === "lesson" && lesson.a && !button.hasAttribute("data-tk-key") &&
            !document.querySelector(".tk-share-answer")) {
          var next = document.createElement("button");
          next.type = "button";
          next.className = "md-button tk-share-answer";
          next.setAttribute("data-tk-share", "answer");
          next.textContent = T["share.answer"];
          button.after(" ", next);
        }
      });
    }).catch(function () { say(status, T["share.failed"]); });
  }

  function shareModule(button) {
    var status = statusFor(button);
    return messages(button.getAttribute("data-tk-key")).then(function (data) {
      return send(data.m, button.textContent, status);
    }).catch(function () { say(status, T["share.failed"]); });
  }

  /* The QR code (qrcode-generator from npm, the encoder of the progress page and the class
     view) of the lesson's address, drawn as an SVG as large as the screen allows. */
  var qrLoading = null;
  function loadQr() {
    if (window.qrcode) { return Promise.resolve(window.qrcode); }
    qrLoading = qrLoading || new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = new URL("assets/js/qrcode.js", siteBase()).href;
      s.onload = function () { resolve(window.qrcode); };
      s.onerror = function () { qrLoading = null; reject(new Error("qrcode.js")); };
      document.head.appendChild(s);
    });
    return qrLoading;
  }
  function qrSvg(text, label) {
    var qr = window.qrcode(0, "M"), ns = "http://www.w3.org/2000/svg", d = [];
    qr.addData(text, "Byte");
    qr.make();
    var n = qr.getModuleCount(), size = n + 8;
    for (var r = 0; r < n; r++) {
      for (var c = 0; c < n; c++) { if (qr.isDark(r, c)) { d.push("M" + (c + 4) + " " + (r + 4) + "h1v1h-1z"); } }
    }
    var svg = document.createElementNS(ns, "svg"), bg = document.createElementNS(ns, "rect"), path = document.createElementNS(ns, "path");
    svg.setAttribute("viewBox", "0 0 " + size + " " + size);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", label);
    svg.setAttribute("shape-rendering", "crispEdges");
    bg.setAttribute("width", size); bg.setAttribute("height", size); bg.setAttribute("fill", "#fff");
    path.setAttribute("d", d.join("")); path.setAttribute("fill", "#000");
    svg.append(bg, path);
    /* As large as the screen: scanned from the back of the room. */
    svg.style.display = "block";
    svg.style.width = svg.style.height = "min(94vw, calc(100vh - 7.5rem))";
    svg.style.margin = "0 auto";
    return svg;
  }
  function showQr(button) {
    var key = lessonKey(), status = statusFor(button);
    return Promise.all([messages(moduleOf(key)), loadQr()]).then(function (got) {
      var lesson = got[0].l[key], old = document.querySelector(".tk-share-qr");
      if (old) { old.remove(); }
      var dialog = document.createElement("dialog"), title = document.createElement("p");
      var link = document.createElement("p"), form = document.createElement("form"), close = document.createElement("button");
      dialog.className = "tk-share-qr";
      dialog.setAttribute("aria-label", T["share.qr.label"]);
      dialog.style.maxWidth = dialog.style.maxHeight = "none";
      dialog.style.width = dialog.style.height = "100%";
      dialog.style.margin = "0";
      dialog.style.padding = "0.5rem";
      dialog.style.border = "0";
      dialog.style.background = "#fff";
      dialog.style.color = "#000";
      dialog.style.textAlign = "center";
      title.textContent = lesson.t;
      title.style.fontSize = "1.4rem";
      title.style.margin = "0 0 0.5rem";
      link.textContent = lesson.u;
      link.dir = "ltr";
      link.style.margin = "0.25rem 0";
      link.style.fontSize = "1rem";
      link.style.overflowWrap = "anywhere";
      form.method = "dialog";
      close.className = "md-button";
      close.style.cssText = "font:inherit;font-size:1rem;padding:0.3rem 1.5rem;border:2px solid currentColor;" +
        "border-radius:0.2rem;background:#fff;color:#00796b;cursor:pointer";
      close.textContent = T["share.qr.close"];
      form.append(close);
      dialog.append(title, qrSvg(lesson.u, T["share.qr.label"]), link, form);
      dialog.addEventListener("close", function () { dialog.remove(); button.focus(); });
      document.body.append(dialog);
      dialog.showModal();
      close.focus();
    }).catch(function () { say(status, T["share.failed"]); });
  }

  window.tkShare = function (button) {
    var kind = button.getAttribute("data-tk-share");
    if (kind === "lesson" || kind === "answer") { return shareLesson(button, kind); }
    if (kind === "module") { return shareModule(button); }
    if (kind === "qr") { return showQr(button); }
    return Promise.resolve();
  };
})();
