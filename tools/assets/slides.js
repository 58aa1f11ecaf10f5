/* Starts a Tamkeen deck (tools/slides/deck.py). A file, not an inline script: the decks'
   Content-Security-Policy allows scripts from the site's own files only. Right-to-left
   follows the deck's <html dir>. */
Reveal.initialize({
  rtl: document.documentElement.dir === "rtl",
  hash: true,
  slideNumber: "c/t",
  width: 1280,
  height: 720,
  center: false,
  transition: "none",
  plugins: [RevealNotes]
});
