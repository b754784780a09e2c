// @ts-check
// The widget's styles in its shadow root, the moment the root is made.

import { here } from "./modules.js";

const STYLESHEET = new URL("leadership-balance.css", here).href;
// The stylesheet's text, written in here by the build (tools/post_build.mjs) from
// styles/leadership-balance.css, so that a shadow root is styled the moment it is made: a
// <link> waits for a request and then its load event, each a turn of the page's busy main
// thread, and the intro waited on it. Empty in a loader that did not go through the build,
// which then links the stylesheet instead, as browsers without constructable stylesheets do.
/** @type {string} */
const STYLE_TEXT = /* lb:stylesheet */ "";

// One constructed stylesheet, shared by every widget on the page.
/** @type {CSSStyleSheet | null} */
let sheet = null;

/** Puts `container` into the shadow `root` with the widget's styles; resolves to whether the
 *  styles apply. From the build's copy of the stylesheet where the browser has constructable
 *  stylesheets (which a strict CSP allows, unlike an inline <style>); otherwise from a <link>
 *  to the stylesheet, once it has loaded.
 *  @param {ShadowRoot} root
 *  @param {Element} container
 *  @returns {Promise<boolean>} */
export function styleRoot(root, container) {
  if (STYLE_TEXT && "adoptedStyleSheets" in ShadowRoot.prototype) {
    try {
      if (!sheet) {
        const built = new CSSStyleSheet();
        built.replaceSync(STYLE_TEXT);
        sheet = built;
      }
      root.adoptedStyleSheets = [sheet];
      root.replaceChildren(container);
      return Promise.resolve(true);
    } catch {
      // A browser that lists adoptedStyleSheets but cannot construct a sheet: the <link>.
    }
  }
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = STYLESHEET;
  /** @type {Promise<boolean>} */
  const loaded = new Promise((resolve) => {
    link.addEventListener("load", () => resolve(true), { once: true });
    link.addEventListener("error", () => resolve(false), { once: true });
  });
  root.replaceChildren(link, container);
  return loaded;
}
