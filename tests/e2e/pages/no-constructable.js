// Stands for a browser without constructable stylesheets (Safari before 16.4): no
// `new CSSStyleSheet()`, no `adoptedStyleSheets`. Runs before the loader, as a classic script.
delete Document.prototype.adoptedStyleSheets;
delete ShadowRoot.prototype.adoptedStyleSheets;
window.CSSStyleSheet = function CSSStyleSheet() {
  throw new TypeError("Illegal constructor");
};
window.constructableRemoved =
  !("adoptedStyleSheets" in document) && !("adoptedStyleSheets" in ShadowRoot.prototype);
