/* Listen to a lesson: the phone's own voices (speechSynthesis) read it aloud, offline, with
   no audio to download. tamkeen.js loads this file on the first press of "listen". The
   build writes one copy per language with a voice (listen.<lang>.js), its table T filled
   from tools/common/ui_strings.py. */
(function () {
  "use strict";
  var T = /*ui:listen.*/{}, html = document.documentElement, synth = speechSynthesis;
  var PREFERRED = /*languages:voices*/[]; /* this copy's language's, best first */
  /* Read in page order; skip code, the blocks not read aloud (trainer notes, solutions:
     filled from the block registry, tools/common/blocks.py), quiz marks, feedback and
     explanations, and the lesson's furniture (classes of the rendered page). */
  var READ = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,legend,summary,tr,figcaption";
  var SKIP = "pre" + /*blocks:unread*/"" + ",.tk-quiz__mark,.tk-quiz__feedback,.tk-quiz__explanation," +
    ".tk-quiz__status,.tk-lesson-meta,.tk-lesson-pager,.tk-notebook-links,.headerlink," +
    "[hidden],button";
  var RATES = [0.75, 1, 1.25], KEY = "tamkeen:listen-rate";
  var bar, status, play, speed, opener, units, voice, current, at, offset, playing, rate;
  try { rate = +localStorage.getItem(KEY); } catch (e) { /* storage off: 1× */ }

  function s(key) { return T["listen." + key]; }
  function text(el) {
    var copy = el.cloneNode(true);
    copy.querySelectorAll(SKIP + "," + READ).forEach(function (n) { n.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }
  /* The page's language, its preferred voices first (tools/common/languages.py `voice_tags`,
     filled in by the build: ar-MA; fr-FR then fr-MA), and a voice on the phone beats one
     that needs the network. Voices may come late (voiceschanged), even
     after "no voice" was said: reading starts when they come, whatever was pressed while
     the player waited. `final`: the last call (no voice yet means none). */
  function ready(final) {
    var top = -1;
    if (voice || !bar) { return; }
    synth.getVoices().forEach(function (v) {
      var tag = v.lang.replace("_", "-").toLowerCase();
      var rank = PREFERRED.indexOf(tag), score = (v.localService ? 9 : 0) + (rank < 0 ? -1 : PREFERRED.length - 1 - rank);
      if (tag.split("-")[0] === html.lang && score > top) { voice = v; top = score; }
    });
    if (voice) { bar.className = "tk-listen"; playing = false; toggle(); }
    else if (final === true || synth.getVoices().length) { none(); }
  }

  /* Controls, highlight and status (`state`: announced through the live region). */
  function show(state) {
    var old = document.querySelector(".tk-listen-now"), el = bar && voice && units[at];
    play.className = "tk-listen__" + (playing ? "pause" : "play");
    play.setAttribute("aria-label", s(playing ? "pause" : "play"));
    speed.textContent = rate + "×";
    speed.setAttribute("aria-label", s("speed") + " " + rate + "×");
    if (state) { status.textContent = s(state); }
    if (old) { old.classList.remove("tk-listen-now"); }
    if (el) { el.classList.add("tk-listen-now"); el.scrollIntoView({ block: "center" }); }
  }
  function speak() {
    var el = units[at], from = offset, u;
    if (!el) { playing = false; show("done"); return; }
    show();
    u = current = new SpeechSynthesisUtterance(text(el).slice(from));
    u.voice = voice;
    u.lang = voice.lang.replace("_", "-"); /* Android follows lang, not always voice */
    u.rate = rate;
    u.onboundary = function (e) { if (current === u) { offset = from + e.charIndex; } };
    u.onend = function () { if (current === u) { at++; offset = 0; speak(); } };
    /* Android may list a language whose voice data is not installed. */
    u.onerror = function () { if (current === u) { none(); } };
    synth.speak(u);
  }
  /* Pause is cancel, and play speaks again from the last word heard: pause() and resume()
     fail on Android. Our own cancel() ends `current` with an error we ignore. */
  function halt() { current = null; synth.cancel(); }
  function toggle() {
    /* No voice yet (Chrome lists them a moment after the page asks): say so; ready()
       starts reading when they come. */
    if (!voice) { show("waiting"); return; }
    halt();
    playing = !playing;
    at %= units.length;
    if (playing) { show("reading"); speak(); } else { show("paused"); }
  }
  /* step 0: the same paragraph again, from the last word (a new speed). */
  function go(step) {
    if (!voice) { show("waiting"); return; }
    halt();
    at = Math.max(0, Math.min(units.length - 1, at + step));
    if (step) { offset = 0; }
    if (playing) { speak(); } else { show(); }
  }
  function none() {
    halt();
    playing = false;
    voice = null; /* voices that come later may still read */
    show();
    bar.className += " tk-listen--none";
    status.textContent = s("novoice") + "\n" + s("howto");
    bar.lastChild.focus();
  }

  function open(from) {
    var actions = {
      previous: function () { go(-1); },
      play: toggle,
      next: function () { go(1); },
      speed: function () {
        rate = RATES[(RATES.indexOf(rate) + 1) % 3];
        try { localStorage.setItem(KEY, rate); } catch (e) { /* this page only */ }
        go(0);
      },
      close: stop
    };
    stop();
    opener = from;
    bar = document.createElement("div");
    bar.className = "tk-listen";
    bar.setAttribute("role", "region");
    bar.setAttribute("aria-label", from.textContent);
    status = bar.appendChild(document.createElement("p"));
    status.className = "tk-listen__status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    Object.keys(actions).forEach(function (key) {
      var b = bar.appendChild(document.createElement("button"));
      b.type = "button";
      b.className = "tk-listen__" + key;
      b.setAttribute("aria-label", s(key));
      b.addEventListener("click", actions[key]);
      if (key === "play") { play = b; }
      if (key === "speed") { speed = b; }
    });
    document.body.appendChild(bar);
    html.classList.add("tk-listening");
    units = [].filter.call(document.querySelectorAll("article :is(" + READ + ")"), function (el) {
      return !el.closest(SKIP) && text(el);
    });
    at = offset = 0;
    rate = RATES.indexOf(rate) < 0 ? 1 : rate;
    voice = null;
    from.hidden = true;
    show("waiting");
    play.focus();
    if (synth.getVoices().length) { ready(); }
    synth.addEventListener("voiceschanged", ready);
    setTimeout(function () { ready(true); }, 2000); /* some browsers never fire it */
  }
  /* Closed, or the page changed (tamkeen.js calls this on every new page). */
  function stop() {
    if (bar) {
      halt();
      playing = false;
      bar.remove();
      bar = null;
      show();
      html.classList.remove("tk-listening");
      opener.hidden = false;
      opener.focus();
    }
  }
  addEventListener("pagehide", stop); /* kept in the back/forward cache: silent, closed */
  window.tkListen = { open: open, stop: stop };
})();
