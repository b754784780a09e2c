// Stands for a browser whose WebAssembly predates reference types and bulk memory (Safari 14,
// Firefox 78, Chrome 84): there, WebAssembly.validate finds the loader's feature probe invalid.
// Runs before the loader, as a classic script.
WebAssembly.validate = () => false;
