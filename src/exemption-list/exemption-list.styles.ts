import { css } from 'lit';

export const styles = css`
  .number {
    display: inline-block;
    min-inline-size: 1.5em;
    font-variant-numeric: tabular-nums;
  }
  .check {
    display: inline-block;
    min-block-size: 1.5em;
    padding: 0.5em 1em;
    font-weight: 600;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    text-decoration: none;
  }
  .check:hover {
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    .check {
      border-color: LinkText;
    }
  }
`;
