/**
 * The result of a check, as a template: status badge, packages with their services,
 * the reasons, next steps, and the rules with their sources.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  keptCareOn,
  nextStep,
  rule,
  servicesOn,
  type AnswerRef,
  type Assessment,
  type NextStepId,
  type PackageId,
  type QuestionId,
  type Status,
} from '../core/index.js';
import { keptCareName, packageName, packageWho, serviceExplanation, serviceName } from '../content/services.js';
import {
  insuranceAdvantages,
  nextStepText,
  nextStepTitle,
  payerText,
  ruleText,
  statusSummary,
  statusTitle,
  unconfirmedNote,
  voluntaryInsuranceText,
} from '../content/outcomes.js';
import { answerLabel } from '../content/questions.js';
import { formatDay, sourceLabel } from '../internal/format.js';

type Heading = (depth: number, content: unknown, id?: string) => TemplateResult;

const ICONS: Record<Status, string> = {
  'insured-state': '✓',
  'insured-contributions': '✓',
  'check-employer': '!',
  'not-insured': '–',
  'emergency-only': '✕',
};

export function resultView(result: Assessment, heading: Heading, printing: boolean): TemplateResult {
  const date = result.rulesDate;
  return html`
    <section class="result" part="result" aria-labelledby="step-heading">
      ${heading(1, msg('Your result', { id: 'checker.result.title' }), 'step-heading')}
      <p class="badge ${result.status}" part="status">
        <span class="icon" aria-hidden="true">${ICONS[result.status]}</span>
        <strong>${statusTitle(result.status)}</strong>
      </p>
      <p>${statusSummary(result.status)}</p>
      ${result.payer ? html`<p>${payerText(result.payer)}</p>` : nothing}

      ${heading(2, msg('Because you said', { id: 'checker.result.reasons' }))}
      <ul class="reasons">${result.reasons.map((ref) => html`<li>${reasonLabel(ref)}</li>`)}</ul>

      ${heading(2, msg('The care you get', { id: 'checker.result.packages' }))}
      ${result.packages.length
        ? result.packages.map((id) => packageView(id, date, printing))
        : html`<p>${msg('You have no right to the free guaranteed care. This care is still given:', { id: 'checker.result.kept' })}</p>
            <ul>${keptCareOn(date, 'visitor').map((care) => html`<li>${keptCareName(care.id)}</li>`)}</ul>`}
      ${result.status === 'not-insured' ? advantagesView(heading) : nothing}
      ${result.status === 'emergency-only'
        ? html`${heading(3, msg('Voluntary health insurance', { id: 'checker.result.vhi' }))}
            <p>${voluntaryInsuranceText()}</p>`
        : nothing}

      ${heading(2, msg('What to do next', { id: 'checker.result.next' }))}
      <ol class="steps">${result.nextSteps.map(stepView)}</ol>

      ${heading(2, msg(str`Rules as of ${formatDay(date)}`, { id: 'checker.result.rules' }))}
      <ul class="rules">
        ${result.rules.map((id) => {
          const r = rule(id);
          return html`<li>
            ${ruleText(id)}
            <a href=${r.source} target="_blank" rel="noopener noreferrer">${sourceLabel(r.source)}</a>
            ${r.unconfirmed ? html`<span class="unconfirmed">${unconfirmedNote()}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>
  `;
}

/** A decisive answer (`work:employee`) as the answer the person chose. */
function reasonLabel(ref: AnswerRef): string {
  // "None of these" only makes sense next to its question.
  if (ref === 'categories:none') return msg('None of the groups the state pays for applies to you', { id: 'checker.result.no-category' });
  const [question, answer] = ref.split(':') as [QuestionId, string];
  return answerLabel(question, answer);
}

function packageView(id: PackageId, date: string, printing: boolean): TemplateResult {
  const services = servicesOn(date, id);
  return html`
    <details class="package" part="item" ?open=${printing}>
      <summary>${packageName(id)}</summary>
      <p>${packageWho(id)}</p>
      <ul>
        ${services.map(
          (service) => html`<li><strong>${serviceName(service.id)}</strong> — ${serviceExplanation(service.id)}</li>`,
        )}
      </ul>
    </details>
  `;
}

function advantagesView(heading: Heading): TemplateResult {
  return html`
    ${heading(3, msg('Why it pays to be insured', { id: 'checker.result.advantages' }))}
    <ul>${insuranceAdvantages().map((text) => html`<li>${text}</li>`)}</ul>
  `;
}

function stepView(id: NextStepId): TemplateResult {
  const step = nextStep(id);
  const link = step.url
    ? html`<a href=${step.url} target=${step.url.startsWith('tel:') ? nothing : '_blank'} rel="noopener noreferrer"
        >${step.url.startsWith('tel:') ? step.url.slice(4) : sourceLabel(step.url)}</a
      >`
    : nothing;
  return html`<li>
    <strong>${nextStepTitle(id)}</strong>
    <p>${nextStepText(id)} ${link}</p>
    ${step.unconfirmed ? html`<p class="unconfirmed">${unconfirmedNote()}</p>` : nothing}
  </li>`;
}
