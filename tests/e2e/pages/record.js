// Test helper: records the widget's host events and any Content-Security-Policy violation.
window.lbEvents = [];
window.lbViolations = [];
for (const type of ["started", "progress", "completed"]) {
  document.addEventListener(`leadership-balance:${type}`, (event) => {
    window.lbEvents.push({ type, target: event.target.id, detail: event.detail });
  });
}
document.addEventListener("securitypolicyviolation", (event) => {
  window.lbViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
