import { css } from 'lit';

/**
 * The expandable lists of `<service-list>` and `<exemption-list>`: each item a native
 * `<details>`, whose content pushes what follows down (no animated height).
 */
export const listStyles = css`
  .items {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .items > li {
    border-block-end: 1px solid var(--_border);
  }
  .items > li:first-child {
    border-block-start: 1px solid var(--_border);
  }
  summary {
    min-block-size: 1.5em;
    padding: 0.625em 0.25em;
    cursor: pointer;
    font-weight: 600;
  }
  summary:hover {
    color: var(--_accent);
  }
  .body {
    padding: 0 0.25em var(--_space) 1.25em;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body ul {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .label {
    font-weight: 600;
  }
  .meta,
  .note {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .note {
    border-inline-start: 4px solid var(--_warning);
    padding-inline-start: 0.5em;
  }
  @media (forced-colors: active) {
    .items > li,
    .note {
      border-color: CanvasText;
    }
  }
  /* "From 1 January 2027": an item that starts or ends within a year of the rules date. */
  .soon {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.375em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 400;
  }
`;
