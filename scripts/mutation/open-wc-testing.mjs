// What the core's tests use of @open-wc/testing, without the browser: Chai's `expect`.
export { expect } from '@esm-bundle/chai/esm/chai.js';
