// A host page whose own scripts fail, now and later.
setTimeout(() => {
  throw new Error("the host page's own script failed");
}, 0);
undefinedHostFunction();
