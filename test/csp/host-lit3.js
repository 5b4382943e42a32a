// A host app built with Lit 3: one element that renders through Lit's Trusted Types policy.
import { LitElement, html } from 'lit';

customElements.define(
  'host-app-3',
  class extends LitElement {
    render() {
      return html`<p>Host app on Lit 3</p>`;
    }
  },
);
document.body.prepend(document.createElement('host-app-3'));
