// Runs first on the strict-CSP page: records every policy violation, every request
// other than the page and its two scripts, and every write to storage or cookies.
(() => {
  const record = (window.__recorded = { violations: [], requests: [], storage: [] });
  document.addEventListener('securitypolicyviolation', (event) => {
    record.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
  });
  // The page, its two scripts, and the test server's own reload socket script, which
  // the test server adds to every page it serves (not part of the widgets).
  const allowed = new Set([
    '/test/csp/page.html',
    '/test/csp/record.js',
    '/dist/osms-widgets.js',
    '/__web-dev-server__web-socket.js',
  ]);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const url = new URL(entry.name, location.href);
      if (url.origin !== location.origin || !allowed.has(url.pathname)) record.requests.push(entry.name);
    }
  }).observe({ type: 'resource', buffered: true });
  // Wrapped on the prototype: assigning to a Storage object itself would store an item.
  for (const method of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[method];
    Storage.prototype[method] = function (...args) {
      record.storage.push(`${this === localStorage ? 'localStorage' : 'sessionStorage'}.${method}`);
      return original.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: () => cookie.get.call(document),
    set: (value) => {
      record.storage.push('document.cookie');
      cookie.set.call(document, value);
    },
  });
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => {
    record.storage.push('indexedDB.open');
    return open(...args);
  };
  for (const name of ['fetch', 'sendBeacon']) {
    const target = name === 'fetch' ? window : navigator;
    const original = target[name]?.bind(target);
    if (original) target[name] = (...args) => (record.requests.push(`${name}:${String(args[0])}`), original(...args));
  }
})();
