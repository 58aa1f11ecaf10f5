
/* --- Share target (issue 27), appended to sw.js by tools/site/offline.py ---
   The installed app receives a progress code shared as text, or a progress file: the
   manifest's share_target POSTs it to `<lang>/progress/?tk-share`. No server reads it:
   this handler describes what came (the text, or the file's text; never a file too large,
   an image or several files), keeps it in memory only, and redirects to the progress page
   with `#tk-received=<id>`; that page asks for it once (progress.js), checks it like any
   import and fills its import screen. Nothing is stored: not in a cache, not in storage.
   A separate listener: the worker's own fetch handler above takes GET requests only. */
(function () {
  var MAX_FILE = 256 * 1024; /* progress.js's MAX_FILE */
  var received = Object.create(null);

  function fileInfo(file) { return { name: String(file.name || "").slice(0, 120), size: file.size, type: file.type || "" }; }
  function describe(form) {
    var files = form.getAll("file").filter(function (f) { return f && typeof f === "object" && f.size > 0; });
    if (files.length > 1) { return { kind: "many", n: files.length }; }
    if (files.length === 1) {
      var file = files[0], info = fileInfo(file);
      if (/^image\//.test(info.type)) { info.kind = "image"; return info; }
      if (file.size > MAX_FILE) { info.kind = "big"; return info; }
      return file.text().then(function (text) { info.kind = "file"; info.text = text; return info; });
    }
    /* Apps put a shared text in any of the three fields. */
    var text = ["text", "url", "title"].map(function (k) { var v = form.get(k); return typeof v === "string" ? v : ""; })
      .filter(Boolean).join("\n");
    return text ? { kind: "text", text: text.slice(0, MAX_FILE) } : { kind: "none" };
  }

  self.addEventListener("fetch", function (event) {
    var request = event.request, scope = self.registration.scope;
    if (request.method !== "POST" || request.url.indexOf(scope) !== 0) { return; }
    var url = new URL(request.url);
    if (!url.searchParams.has("tk-share") || !/\/progress\/$/.test(url.pathname)) { return; }
    event.respondWith(request.formData().then(describe).catch(function () { return { kind: "none" }; }).then(function (got) {
      var id = Date.now().toString(36) + Math.random().toString(36).slice(2);
      received[id] = got;
      setTimeout(function () { delete received[id]; }, 60000); /* never kept */
      url.search = "";
      url.hash = "tk-received=" + id;
      return Response.redirect(url.href, 303);
    }));
  });

  /* The progress page asks once for what came: {type: "tk-received", id}, answered on its
     port; then it is forgotten. */
  self.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "tk-received" || !event.ports || !event.ports[0]) { return; }
    var id = String(data.id), got = Object.prototype.hasOwnProperty.call(received, id) ? received[id] : null;
    delete received[id];
    event.ports[0].postMessage(got);
  });
})();
