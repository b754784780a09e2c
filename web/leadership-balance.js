// Leadership Balance loader: defines <leadership-balance>.
//
// One script tag and one element put the widget on any page:
//   <script type="module" src="https://…/leadership-balance.js"></script>
//   <leadership-balance config="config.json"></leadership-balance>
//
// The widget lives in the element's shadow root, so the host page's CSS cannot restyle it and
// its CSS cannot leak out. Nothing here is inline or evaluated, so the page may run a strict
// Content-Security-Policy. The loader fetches only the widget's own files and the config.

import init, { mount } from "./core/leadership-balance.js";

const here = new URL(".", import.meta.url);
let wasmReady = null;

/** Loads the WebAssembly once, however many widgets the page holds. */
function loadWasm() {
  wasmReady ??= init({ module_or_path: new URL("core/leadership-balance_bg.wasm", here) });
  return wasmReady;
}

/** The config as JSON text, from an inline child or the `config` URL; or why it failed. */
async function readConfig(element) {
  const inline = element.querySelector('script[type="application/json"]');
  if (inline) return { text: inline.textContent };
  const source = element.getAttribute("config");
  if (!source) return {};
  let url;
  try {
    url = new URL(source, document.baseURI);
  } catch {
    return { problem: `"${source}" is not a valid address` };
  }
  try {
    const response = await fetch(url, { credentials: "omit" });
    if (!response.ok) return { problem: `could not be loaded from ${url} (HTTP ${response.status})` };
    return { text: await response.text() };
  } catch (error) {
    return { problem: `could not be loaded from ${url} (${error.message})` };
  }
}

function message(container, text) {
  const paragraph = document.createElement("p");
  paragraph.className = "lb-loading";
  paragraph.setAttribute("role", "status");
  paragraph.textContent = text;
  container.replaceChildren(paragraph);
}

class LeadershipBalanceElement extends HTMLElement {
  connectedCallback() {
    if (this.widget || this.starting) return;
    this.starting = true;
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("leadership-balance.css", here).href;
    const container = document.createElement("div");
    container.className = "lb-host";
    root.replaceChildren(style, container);
    message(container, "Loading the self-assessment…");

    Promise.all([loadWasm(), readConfig(this)])
      .then(([, config]) => {
        if (!this.isConnected) return;
        container.replaceChildren();
        this.widget = mount(
          container,
          this,
          config.text ?? undefined,
          config.problem ?? undefined,
          this.getAttribute("lang") ?? undefined,
          this.getAttribute("accent") ?? undefined,
        );
      })
      .catch((error) => {
        console.error("Leadership Balance could not start:", error);
        message(container, "The self-assessment could not load. Please reload the page, or try again later.");
      })
      .finally(() => {
        this.starting = false;
      });
  }

  disconnectedCallback() {
    this.widget?.unmount();
    this.widget = null;
  }
}

if (!customElements.get("leadership-balance")) {
  customElements.define("leadership-balance", LeadershipBalanceElement);
}
