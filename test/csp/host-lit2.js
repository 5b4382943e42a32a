// A host app built with Lit 2: one element that renders through Lit's Trusted Types policy.
import { LitElement, html } from 'lit2';

customElements.define(
  'host-app-2',
  class extends LitElement {
    render() {
      return html`<p>Host app on Lit 2</p>`;
    }
  },
);
document.body.prepend(document.createElement('host-app-2'));
