"""A stand-in for the Web Speech API (`speechSynthesis`, `SpeechSynthesisUtterance`), put in
a page before its scripts run: headless Chromium may have no voice at all, and a test must
see what would be said, in which language, at which speed, and drive the ends of utterances
itself. Everything the page asks is recorded in `window.__tts`."""

from __future__ import annotations

import json

import pytest

# Voices as Android lists them: a region that is not the preferred one comes first.
VOICES = [
    {"name": "English", "lang": "en-US", "localService": True},
    {"name": "Arabic (Saudi Arabia)", "lang": "ar-SA", "localService": True},
    {"name": "Arabic (Morocco)", "lang": "ar-MA", "localService": True},
    {"name": "French (Canada)", "lang": "fr-CA", "localService": True},
    {"name": "French (France)", "lang": "fr-FR", "localService": True},
]

_STUB = """
(() => {
  const tts = { spoken: [], calls: [], current: null, voices: VOICES, late: LATE };
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      Object.assign(this, { text: text, lang: "", rate: 1, voice: null });
    }
  }
  function fire(u, type, props) {
    const ev = Object.assign(new Event(type), props || {});
    if (u["on" + type]) { u["on" + type](ev); }
    u.dispatchEvent(ev);
  }
  const synth = new EventTarget();
  synth.getVoices = () => tts.voices.slice();
  synth.speak = (u) => {
    tts.calls.push("speak");
    tts.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.name });
    tts.current = u;
    fire(u, "start");
  };
  synth.cancel = () => {
    tts.calls.push("cancel");
    const u = tts.current;
    tts.current = null;
    if (u) { fire(u, "error", { error: "interrupted" }); }
  };
  synth.pause = () => tts.calls.push("pause");
  synth.resume = () => tts.calls.push("resume");
  tts.end = () => { const u = tts.current; tts.current = null; if (u) { fire(u, "end"); } };
  tts.boundary = (i) => fire(tts.current, "boundary", { charIndex: i, name: "word" });
  tts.fail = (error) => { const u = tts.current; tts.current = null; fire(u, "error", { error }); };
  tts.setVoices = (list) => { tts.voices = list; synth.dispatchEvent(new Event("voiceschanged")); };
  // Chrome lists no voice at first and fires voiceschanged once they are loaded.
  const listen = synth.addEventListener.bind(synth);
  synth.addEventListener = (type, fn, options) => {
    listen(type, fn, options);
    const late = type === "voiceschanged" && tts.late;
    if (late) {
      tts.late = null;
      setTimeout(() => tts.setVoices(late), 100);
    }
  };
  const own = (name, value) => Object.defineProperty(window, name, { value, configurable: true });
  own("speechSynthesis", synth);
  own("SpeechSynthesisUtterance", Utterance);
  window.__tts = tts;
})();
"""


def stub(voices: list[dict] | None = None, late: list[dict] | None = None) -> str:
    """The init script: `voices` the phone lists at first (None: the default list); `late`:
    voices that come 0.1 s after the page starts listening for `voiceschanged`."""
    return _STUB.replace("VOICES", json.dumps(VOICES if voices is None else voices)).replace(
        "LATE", json.dumps(late)
    )


def spoken(pg) -> list[dict]:
    return pg.evaluate("window.__tts.spoken")


def read_to_the_end(pg, limit: int = 100) -> list[dict]:
    """End each utterance as a voice would, until the lesson is over."""
    for _ in range(limit):
        if not pg.evaluate("!!window.__tts.current"):
            break
        pg.evaluate("window.__tts.end()")
    return spoken(pg)


SECOND = "courses/demo/01-basics/02-second/"  # code, trainer note, solution, quiz feedback
LISTEN_FILES = ("listen.ar.js", "listen.fr.js")


@pytest.fixture
def listen_page(chromium):
    """Open a page with the speech stub: `open(url, voices=…, late=…, init=(), viewport=…)`.
    The page keeps `errors` (uncaught exceptions) and `requests` (every URL it asked for)."""
    contexts = []

    def open_page(
        url: str,
        voices: list[dict] | None = None,
        late: list[dict] | None = None,
        init: tuple[str, ...] = (),
        viewport: dict | None = None,
    ):
        context = chromium.new_context(
            viewport=viewport or {"width": 390, "height": 844}, device_scale_factor=2
        )
        contexts.append(context)
        for script in (stub(voices, late), *init):
            context.add_init_script(script)
        pg = context.new_page()
        pg.errors, pg.requests = [], []
        pg.on("pageerror", lambda e: pg.errors.append(e.stack or str(e)))
        pg.on("request", lambda r: pg.requests.append(r.url))
        pg.goto(url)
        return pg

    yield open_page
    for context in contexts:
        context.close()


def press_listen(pg) -> None:
    """Press "listen" and wait for the player (listen.<lang>.js loaded and started)."""
    pg.locator(".tk-listen-open").click()
    pg.wait_for_selector(".tk-listen .tk-listen__status", state="attached")
