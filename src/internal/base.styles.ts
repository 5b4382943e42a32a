import { css } from 'lit';

/**
 * Shared look of every widget. Every value comes from an `--osms-*` custom property
 * with a default that follows the host page: its font, and its `color-scheme`
 * (light-dark() picks the dark values on a page that declares `color-scheme: dark`).
 *
 * Sizes are in `em` of the widget's text, whose size is `medium`: the reader's default
 * text size (16 px unless they chose another), never the host page's root font size,
 * which pages set to 10 px (Bootstrap 3, "62.5 %" resets). Zoom scales them as any text.
 */
export const baseStyles = css`
  /* !important here outranks a host page's !important rules on the element (the inner
     context wins for important declarations), so '* { all: unset !important }' or
     'body { font-size: 8px }' cannot break the widget; theme it with --osms-* instead. */
  :host {
    display: block !important;
    font-family: var(--osms-font-family, inherit) !important;
    font-size: var(--osms-font-size, medium) !important;
    /* The widget's text size, for text inside a larger one (a heading's caption). */
    --_font-size: var(--osms-font-size, medium);
    line-height: 1.5 !important;
    color: var(--osms-color-text, light-dark(#1b1f24, #eef0f3)) !important;
    --_muted: var(--osms-color-muted, light-dark(#4f5966, #b7bec8));
    --_surface: var(--osms-color-surface, light-dark(#ffffff, #16191d));
    --_border: var(--osms-color-border, light-dark(#6b7480, #8d96a1));
    --_accent: var(--osms-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_on-accent: var(--osms-color-on-accent, light-dark(#ffffff, #0b1a2b));
    --_success: var(--osms-color-success, light-dark(#1e6b34, #8fdca4));
    --_warning: var(--osms-color-warning, light-dark(#8a4b00, #ffc36b));
    --_danger: var(--osms-color-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--osms-radius, 0.375em);
    --_space: var(--osms-space, 1em);
    --_focus: var(--osms-focus-ring, 3px solid light-dark(#b35c00, #ffbf47));
  }
  :host([hidden]) {
    display: none !important;
  }
  .notice {
    border-inline-start: 4px solid var(--_warning);
    padding-inline-start: 0.75em;
  }
  .root {
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  h1, h2, h3, h4, h5, h6 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  /* Browsers draw h5 and h6 smaller than body text; no heading here is (whatever level the host chose). */
  h5, h6 {
    font-size: 1em;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  /* Headings take focus only so that the next step is read out; they are not controls. */
  [tabindex='-1']:focus {
    outline: none;
  }
  a {
    color: var(--_accent);
  }
  p {
    margin: 0 0 var(--_space);
  }
  button {
    font: inherit;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.link {
    border: 0;
    background: none;
    padding: 0.25em 0;
    min-height: 1.5em;
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
