// The host page's own start-up: first what the query's `setup` does to the page (as old
// libraries and hardening scripts do), then each script of `load`, in that order.
// Errors land in `window.__recorded.errors`; `window.__done` settles when all ran.
const record = window.__recorded;
record.errors = [];
window.addEventListener('error', (event) => record.errors.push(event.message));
window.addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));

const params = new URLSearchParams(location.search);

const SETUPS = {
  // What every `?__proto__[x]=y` bug produces: enumerable values on the prototypes.
  pollute() {
    Object.prototype.polluted = 'bar';
    Array.prototype.polluted = 'baz';
  },
  // A hardened page: the built-ins frozen before any other script runs.
  freeze() {
    for (const builtin of [
      Object,
      Array,
      Function,
      Symbol,
      Promise,
      String,
      Number,
      Boolean,
      Map,
      Set,
      WeakMap,
      WeakSet,
      RegExp,
      Date,
      Error,
      JSON,
      Math,
      Reflect,
    ]) {
      Object.freeze(builtin);
      if (builtin.prototype) Object.freeze(builtin.prototype);
    }
  },
  // MooTools 1.x replaces the global `Document` with its own type.
  mootools() {
    window.Document = function Document() {};
  },
  // Elements whose ids are names a script might read on `window` (named access).
  ids() {
    for (const id of ['OsmsWidgets', 'litHtmlVersions', 'reactiveElementVersions', 'litElementVersions']) {
      const element = document.createElement('div');
      element.id = id;
      document.documentElement.append(element);
    }
  },
};

// The page's own Trusted Types policy for the scripts it adds (`host-loader` in its CSP).
let loader;

function classic(src) {
  loader ??= window.trustedTypes?.createPolicy('host-loader', { createScriptURL: (url) => url });
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = loader ? loader.createScriptURL(src) : src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

const LOADERS = {
  lit2: () => import('/test/csp/host-lit2.js'),
  lit3: () => import('/test/csp/host-lit3.js'),
  es: () => import('/dist/osms-widgets.js'),
  classic: () => classic('/dist/osms-widgets.iife.js'),
};
// Any other drop-in ES module by its file name without `.js`: `service-list`, `exemption-list.kk`…
const dropIn = (name) => /^[a-z-]+(\.[a-z]{2})?$/.test(name) && (() => import(`/dist/${name}.js`));

for (const setup of (params.get('setup') ?? '').split(',').filter(Boolean)) SETUPS[setup]();

window.__done = (async () => {
  // What `window` holds before the page loads its scripts, to tell what they add.
  window.__globalsBefore = Object.getOwnPropertyNames(window);
  for (const name of (params.get('load') ?? '').split(',').filter(Boolean)) {
    try {
      await (LOADERS[name] ?? dropIn(name))();
    } catch (error) {
      record.errors.push(`${name}: ${error}`);
    }
  }
})();
