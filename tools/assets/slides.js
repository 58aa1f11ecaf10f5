/* Starts a Tamkeen deck (tools/slides/deck.py). A file, not an inline script: the decks'
   Content-Security-Policy allows scripts from the site's own files only. Right-to-left
   follows the deck's <html dir>: in an Arabic deck ← is the next slide and → the previous
   one, as a reader of Arabic expects.

   The speaker view (S): reveal's notes plugin writes its view into about:blank with inline
   script, which the policy stops, and in English. This plugin (id "notes") opens the
   site's own page instead (the deck's `data-speaker`: assets/slides/speaker.html, fr/…) (tools/slides/speaker.py),
   and speaks the plugin's protocol with it: `connect` until `connected`, then the
   `state` of each slide (its notes), and answers to the view's `call`s. */
(function () {
  var NS = "reveal-notes";

  function TamkeenNotes() {
    var deck = null;
    var view = null;
    var connecting = null;
    var subscribed = false;

    function post(message) {
      if (view && !view.closed) view.postMessage(JSON.stringify(message), "*");
    }

    function sendState() {
      var slide = deck.getCurrentSlide();
      var notes = slide ? Array.prototype.map.call(
        slide.querySelectorAll("aside.notes"), function (n) { return n.innerHTML; }) : [];
      post({ namespace: NS, type: "state", notes: notes.join("\n"), markdown: false,
             whitespace: "normal", state: deck.getState() });
    }

    function subscribe() {
      if (subscribed) return;
      subscribed = true;
      ["slidechanged", "fragmentshown", "fragmenthidden", "overviewhidden", "overviewshown",
       "paused", "resumed"].forEach(function (name) {
        deck.on(name, function () { if (view && !view.closed) sendState(); });
      });
    }

    function onMessage(event) {
      var data;
      try { data = JSON.parse(event.data); } catch (error) { return; }
      if (!data || data.namespace !== NS) return;
      if (event.origin !== location.origin && location.protocol !== "file:") return;
      // A view left open while the deck reloaded says it is alive: take it back.
      if (data.type === "heartbeat" && (!view || view.closed)) {
        view = event.source;
        subscribe();
        sendState();
        return;
      }
      if (!view || event.source !== view) return;
      if (data.type === "connected") {
        clearInterval(connecting);
        subscribe();
        sendState();
      } else if (data.type === "call" && typeof deck[data.methodName] === "function" &&
                 /^(get|has|is)/.test(data.methodName)) {
        var result = deck[data.methodName].apply(deck, data.arguments || []);
        post({ namespace: NS, type: "return", result: result, callId: data.callId });
      }
    }

    function open() {
      if (view && !view.closed) { view.focus(); return; }
      var page = document.querySelector(".reveal").getAttribute("data-speaker");
      view = window.open(new URL(page, location.href).href, "tamkeen-speaker",
                         "width=1100,height=700");
      if (!view) {
        alert(document.querySelector(".reveal").getAttribute("data-speaker-popup"));
        return;
      }
      var url = location.protocol + "//" + location.host + location.pathname + location.search;
      clearInterval(connecting);
      connecting = setInterval(function () {
        post({ namespace: NS, type: "connect", state: deck.getState(), url: url });
      }, 500);
    }

    return {
      id: "notes",
      init: function (reveal) {
        deck = reveal;
        if (/receiver/i.test(location.search)) return;  // a preview inside the view
        window.addEventListener("message", onMessage);
        deck.addKeyBinding({ keyCode: 83, key: "S", description: "Speaker view" }, open);
      },
      open: open
    };
  }

  /* A preview inside the speaker view is no phone held upright. */
  var hint = document.querySelector(".tk-deck-hint");
  if (hint && /receiver/i.test(location.search)) hint.remove();

  Reveal.initialize({
    rtl: document.documentElement.dir === "rtl",
    hash: true,
    slideNumber: "c/t",
    width: 1280,
    height: 720,
    center: false,
    transition: "none",
    plugins: [TamkeenNotes]
  });
})();
