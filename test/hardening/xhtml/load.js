// Runs first on the XHTML page: records uncaught errors from its very start, then loads
// the widgets' source (a module script tag in this XML page is not run by the test server).
window.__errors = [];
window.addEventListener('error', (event) => window.__errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
import('/src/index.ts').catch((error) => window.__errors.push(`could not load the widgets: ${error}`));
