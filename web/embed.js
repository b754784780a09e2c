// iframe mode: embed.html?config=<url of config.json>
//
// Puts one <leadership-balance> in the page, and tells the parent page the page's height and
// the widget's events by postMessage, to the config's embed.parent_origin only. Without a
// parent origin, nothing is posted at all.

const params = new URLSearchParams(location.search);
const element = document.createElement("leadership-balance");
for (const name of ["config", "lang", "accent"]) {
  const value = params.get(name);
  if (value) element.setAttribute(name, value);
}
document.getElementById("widget").append(element);

async function parentOrigin() {
  const source = params.get("config");
  if (!source) return null;
  try {
    const response = await fetch(new URL(source, location.href), { credentials: "omit" });
    const config = await response.json();
    const origin = config?.embed?.parent_origin;
    return typeof origin === "string" && /^https?:\/\/[^/]+$/.test(origin) ? origin : null;
  } catch {
    return null;
  }
}

parentOrigin().then((origin) => {
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
});
