import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--_space);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em;
    border: 1px solid var(--_border);
  }
  thead th {
    background: color-mix(in srgb, var(--_border) 15%, var(--_surface));
  }
  .cell-label {
    display: none;
  }
  /*
   * Narrow: each row becomes a card, its cells stacked, each naming its column. The
   * header row is only hidden from view, and the roles in the markup keep the table's
   * semantics where a browser would drop them for display: block.
   */
  @container (max-width: 30em) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tr {
      border: 1px solid var(--_border);
      border-block-end: none;
    }
    tr:last-child {
      border-block-end: 1px solid var(--_border);
    }
    th,
    td {
      border: none;
    }
    td {
      padding-block-start: 0;
    }
    .cell-label {
      display: inline;
      color: var(--_muted);
    }
  }
  @media (forced-colors: active) {
    th,
    td,
    tr {
      border-color: CanvasText;
    }
  }
`;
