// The host snippet the README documents for iframe mode, kept in a file so that this page can
// run under the strict CSP too. It sizes the frame and collects the widget's events.
const frame = document.getElementById("leadership-balance-frame");
const widgetOrigin = new URL(frame.src, location.href).origin;
window.lbFrameEvents = [];
window.addEventListener("message", (event) => {
  if (event.origin !== widgetOrigin) return;
  const message = event.data;
  if (message?.type === "leadership-balance:resize") {
    frame.style.height = `${message.height}px`;
  } else if (typeof message?.type === "string" && message.type.startsWith("leadership-balance:")) {
    window.lbFrameEvents.push(message);
  }
});
