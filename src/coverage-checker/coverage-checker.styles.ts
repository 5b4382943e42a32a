import { css } from 'lit';

export const styles = css`
  .intro {
    color: var(--_muted);
  }
`;
