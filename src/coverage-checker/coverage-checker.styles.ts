import { css } from 'lit';

export const styles = css`
  .intro,
  .hint,
  .option-hint,
  .counter {
    color: var(--_muted);
  }
  /* The caption above the question, inside its heading (GOV.UK's caption in the legend). */
  .counter {
    display: block;
    font-size: var(--_font-size);
    font-weight: 400;
    margin-bottom: calc(var(--_space) * 0.25);
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-width: 0;
  }
  fieldset.invalid {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 0.75);
  }
  legend {
    padding: 0;
    max-width: 100%;
  }
  .options {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 0.5);
    align-items: start;
  }
  .option input {
    font: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }
  .option label {
    min-height: 1.75em;
    padding-block: 0.125em;
    cursor: pointer;
  }
  .option-hint {
    grid-column: 2;
    margin: 0;
    font-size: 0.9375em;
  }
  .or {
    margin: 0;
  }
  details.more {
    margin-block: 0.25em;
  }
  .offer {
    margin-block: 0 var(--_space);
  }
  .back {
    display: inline-block;
    margin-bottom: var(--_space);
  }
  .error-summary {
    border: 4px solid var(--_danger);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  .error-title {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary a,
  .error-message {
    color: var(--_danger);
    font-weight: 700;
  }
  .error-message {
    margin-bottom: 0.5em;
  }
  .review {
    margin: 0 0 var(--_space);
  }
  .review-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) auto;
    gap: 0.25em var(--_space);
    padding-block: 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  .review dt {
    font-weight: 700;
  }
  .review dd {
    margin: 0;
  }
  @container (max-width: 30em) {
    .review-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .root {
    container-type: inline-size;
  }
  .badge {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    border: 2px solid currentColor;
    font-size: 1.125em;
  }
  .badge .icon {
    font-weight: 700;
  }
  .badge.insured-state,
  .badge.insured-contributions,
  .badge.insured-transition {
    color: var(--_success);
  }
  .badge.insured-grace,
  .badge.check-employer,
  .badge.check-payer,
  .badge.not-insured {
    color: var(--_warning);
  }
  .badge.emergency-only,
  .badge.paid-care {
    color: var(--_danger);
  }
  .primary-action {
    border-inline-start: 4px solid var(--_accent);
    padding: 0.25em 0 0.25em var(--_space);
    margin: var(--_space) 0;
  }
  .if-box {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em var(--_space);
    margin-bottom: var(--_space);
  }
  summary .count {
    font-weight: 400;
    color: var(--_muted);
  }
  details.unconfirmed {
    border: none;
    padding: 0;
    margin: 0.25em 0;
  }
  details.unconfirmed > summary {
    font-weight: 400;
    font-size: 0.9375em;
  }
  details {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em var(--_space);
    margin-bottom: 0.75em;
  }
  summary {
    cursor: pointer;
    font-weight: 700;
    min-height: 1.5em;
  }
  .steps > li,
  .rules > li,
  .reasons > li {
    margin-bottom: 0.5em;
  }
  .steps p {
    margin: 0.25em 0 0;
  }
  .unconfirmed {
    display: block;
    color: var(--_muted);
    font-style: italic;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: var(--_space);
  }
  .confirm-restart {
    border-inline-start: 4px solid var(--_accent);
    padding: 0.25em 0 0.25em var(--_space);
    margin-top: var(--_space);
  }
  .confirm-restart p {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .badge,
    .error-summary,
    fieldset.invalid {
      border-color: CanvasText;
    }
  }
  @media print {
    button,
    .back,
    .actions,
    .confirm-restart,
    .error-summary {
      display: none !important;
    }
    .root {
      background: none;
      color: #000;
    }
    details {
      border: 0;
      padding: 0;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
