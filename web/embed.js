// iframe mode: embed.html?config=<url of config.json>
//
// Puts one <leadership-balance> in the page, and tells the parent page the page's height and
// the widget's events by postMessage, to the config's embed.parent_origin only. Without a
// parent origin, nothing is posted at all. The config is fetched once, here, and handed to the
// widget inline, so the loader does not fetch it again.

const params = new URLSearchParams(location.search);
const element = document.createElement("leadership-balance");
for (const name of ["lang", "accent"]) {
  const value = params.get(name);
  if (value) element.setAttribute(name, value);
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
    return typeof origin === "string" && /^https?:\/\/[^/]+$/.test(origin) ? origin : null;
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
