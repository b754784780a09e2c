// @ts-check
// Leadership Balance loader: defines <leadership-balance>.
//
// One script tag and one element put the widget on any page:
//   <script type="module" src="https://…/leadership-balance.js"></script>
//   <leadership-balance config="config.json"></leadership-balance>
//
// The widget lives in the element's shadow root, so the host page's CSS cannot restyle it and
// its CSS cannot leak out. Nothing here is inline or evaluated, so the page may run a strict
// Content-Security-Policy. The loader fetches only the widget's own files and the config.
//
// Fast on a slow phone: as soon as this file runs it asks for the config, a language pack and
// the wasm at once rather than one after another, and it draws the intro itself, in plain DOM
// with the widget's own classes and words, as soon as the config is in (the stylesheet comes
// inside this file, see loader/style.js, so it costs no request and no wait). Only then does the
// wasm compile and the wasm-bindgen glue run, so that they do not hold the intro up. Start and
// Next open the loader's own context questions and first statements, so a quick learner
// answers those meanwhile. The wasm takes over the same DOM without a flash, the answers and
// the focus kept; Next on the first statements says "Getting the questions ready…" until it
// has.
//
// The widget is two wasm modules. The first holds the intro, the context and the statements,
// and is all a learner waits for; the full one holds every view, the results and the PDF
// among them (src/ui/later.rs). The loader fetches the full one in the background at the
// learner's first click or key in the widget (so a visitor who never starts downloads none of
// it, and it never competes with the page's own loading), and mounts it in the first one's
// place when the learner reaches the results, with the progress the first hands over. A link
// in the address (a shared result, a colleague's request or answer) starts with the full one.
//
// The loader's parts are in web/loader/, joined into this one file by the build
// (tools/post_build.mjs), so a page still makes one request for it: modules.js fetches the
// config, the language packs and the wasm; messages.js holds the loader's own words; style.js
// styles the shadow root; early-pages.js draws the first pages, with the words generated into
// early-words.js; element.js is the element itself.

import { LeadershipBalanceElement, showCrashed } from "./loader/element.js";

window.addEventListener("leadership-balance:crashed", showCrashed);

if (!customElements.get("leadership-balance")) {
  customElements.define("leadership-balance", LeadershipBalanceElement);
}
