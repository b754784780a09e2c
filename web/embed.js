// iframe mode: embed.html?config=<url of config.json>
//
// Puts one <leadership-balance> in the page, and tells the parent page the page's height and
// the widget's events by postMessage, to the config's embed.parent_origin only. Without a
// parent origin, nothing is posted at all. The config is fetched once, here, and handed to the
// widget inline, so the loader does not fetch it again.

import { isOrigin } from "./origin.js";

const params = new URLSearchParams(location.search);
const element = document.createElement("leadership-balance");

// What the address may set. Anything else is refused with a sentence, so that a link to this
// page cannot make the provider's own domain show someone else's name, questions and links.
const PARAMETERS = {
  lang: [/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, "a language code such as de or fr-CA"],
  accent: [/^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/, "a hex colour such as #2450a6"],
};

/** The origins a config may come from: this page's own, and those the provider listed when
 *  building dist/ (`cargo xtask dist --config-origin …`, written into the meta tag). */
function allowedConfigOrigins() {
  const listed = document.querySelector('meta[name="leadership-balance-config-origins"]')?.content ?? "";
  return [location.origin, ...listed.split(/\s+/).filter(isOrigin)];
}

/** Why the address cannot be used, as sentences; empty when it can. */
function problems(source) {
  const found = [];
  for (const [name, [pattern, what]] of Object.entries(PARAMETERS)) {
    const value = params.get(name);
    if (value && !pattern.test(value)) found.push(`The ${name} parameter must be ${what}.`);
    else if (value) element.setAttribute(name, value);
  }
  if (source) {
    let origin = null;
    try {
      origin = new URL(source, location.href).origin;
    } catch {
      found.push("The config parameter is not a valid address.");
    }
    const allowed = allowedConfigOrigins();
    if (origin !== null && !allowed.includes(origin)) {
      found.push(
        `This page does not load settings from ${origin}; it accepts them only from ${allowed.join(", ")}.`,
      );
    }
  }
  return found;
}

/** The config's text, or null when there is none or it could not be fetched. */
async function configText(source) {
  if (!source) return null;
  try {
    const response = await fetch(new URL(source, location.href), { credentials: "omit" });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}

function parentOrigin(text) {
  try {
    const origin = JSON.parse(text ?? "null")?.embed?.parent_origin;
    return isOrigin(origin) ? origin : null;
  } catch {
    return null;
  }
}

function connect(origin) {
  if (!origin || window.parent === window) return;
  const post = (message) => window.parent.postMessage(message, origin);
  let lastHeight = 0;
  const sendHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      post({ type: "leadership-balance:resize", height });
    }
  };
  new ResizeObserver(sendHeight).observe(document.documentElement);
  sendHeight();
  for (const type of ["started", "progress", "completed"]) {
    element.addEventListener(`leadership-balance:${type}`, (event) =>
      post({ type: `leadership-balance:${type}`, detail: event.detail }),
    );
  }
}

const source = params.get("config");
const refused = problems(source);
if (refused.length) {
  const notice = document.createElement("p");
  notice.className = "embed-refused";
  notice.setAttribute("role", "alert");
  notice.textContent = refused.join(" ");
  document.getElementById("widget").append(notice);
} else {
  start();
}

/** Fetches the config, puts the widget in the page and connects it to the parent. */
function start() {
  configText(source).then((text) => {
    if (text !== null) {
      const data = document.createElement("script");
      data.type = "application/json";
      data.textContent = text;
      element.append(data);
    } else if (source) {
      // Let the widget fetch it and say exactly what went wrong.
      element.setAttribute("config", source);
    }
    connect(parentOrigin(text));
    document.getElementById("widget").append(element);
  });
}
