// What counts as an origin, for iframe mode: exactly the text a browser would write for it
// (`URL.origin`): http or https, the host in lower case and ASCII (an IDN in its xn-- form), a
// port only when it is not the scheme's default, and nothing after it. Origins are compared as
// text (postMessage's target, the config origins a page accepts), so any other spelling would
// silently never match. The Rust side (`config::is_origin`) keeps the same rule; both are
// tested against one table, tests/origins.json.

/** Whether `text` is an http(s) origin written as the browser writes it. */
export function isOrigin(text) {
  if (typeof text !== "string") return false;
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.origin === text;
  } catch {
    return false;
  }
}
