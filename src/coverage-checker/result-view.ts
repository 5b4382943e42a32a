/**
 * The result of a check, as a template: status badge, packages with their services,
 * the reasons, next steps, and the rules with their sources.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  nextStep,
  rule,
  servicesOn,
  type Amount,
  type AnswerRef,
  type Assessment,
  type Change,
  type ContributionShare,
  type NextStepId,
  type PackageId,
  type QuestionId,
  type Status,
} from '../core/index.js';
import { keptCareName, packageName, packageWho, serviceExplanation, serviceName } from '../content/services.js';
import {
  amountTexts,
  changeText,
  conditionText,
  contributionPayer,
  graceTitle,
  insuranceAdvantages,
  resultTexts,
  nextStepText,
  nextStepTitle,
  payerText,
  ruleText,
  statusSummary,
  statusTitle,
  unconfirmedNote,
  voluntaryInsuranceText,
} from '../content/outcomes.js';
import { formatDay, formatNumber, formatPercent, formatTenge, sourceLabel } from '../internal/format.js';
import { answerText } from './labels.js';
import { lastPaidReason } from '../content/questions.js';

type Heading = (depth: number, content: unknown, id?: string) => TemplateResult;

const ICONS: Record<Status, string> = {
  'insured-state': '✓',
  'insured-contributions': '✓',
  'insured-grace': '!',
  'insured-transition': '✓',
  'check-employer': '!',
  'check-payer': '!',
  'not-insured': '–',
  'emergency-only': '✕',
  'paid-care': '✕',
};

/** The status line: "You are still insured until …" for grace, else the status title. */
export function statusLine(result: Assessment): string {
  return result.coveredUntil ? graceTitle(formatDay(result.coveredUntil)) : statusTitle(result.status);
}

/**
 * The result. With `full` false, only its head: the status, its summary and the first
 * step (the checker paints that first and the rest a frame later).
 */
export function resultView(result: Assessment, heading: Heading, printing: boolean, full = true): TemplateResult {
  const date = result.rulesDate;
  const status = statusLine(result);
  const [primary, ...rest] = result.nextSteps.filter((id) => !nextStep(id).conditional);
  const conditional = result.nextSteps.filter((id) => nextStep(id).conditional);
  return html`
    <section class="result" part="result" aria-labelledby="step-heading">
      ${heading(1, html`${msg('Your result', { id: 'checker.result.title' })}<span class="visually-hidden">: ${status}</span>`, 'step-heading')}
      <p class="badge ${result.status}" part="status">
        <span class="icon" aria-hidden="true">${ICONS[result.status]}</span>
        <strong>${status}</strong>
      </p>
      ${result.unconfirmedBy.length ? unconfirmedMarker(printing, resultTexts.unconfirmedStatus()) : nothing}
      <p>${statusSummary(result.status)}</p>
      ${result.conditions.length
        ? html`<p>${resultTexts.conditions()}</p>
            <ul class="conditions">${result.conditions.map((id) => html`<li>${conditionText(id)}</li>`)}</ul>`
        : nothing}
      ${result.payer ? html`<p>${payerText(result.payer)}</p>` : nothing}
      ${primary
        ? html`<div class="primary-action">
            ${heading(2, resultTexts.firstStep())}
            ${stepBody(primary, printing)}
          </div>`
        : nothing}
      ${full ? html`
      ${amountsView(result, heading)}
      ${result.changes.length
        ? html`${heading(2, resultTexts.changes())}
            <p class="hint">${resultTexts.changesNote()}</p>
            <ul class="changes">${result.changes.map((change) => html`<li>${changeView(change)}</li>`)}</ul>`
        : nothing}

      ${heading(2, msg('The care you get', { id: 'checker.result.packages' }))}
      ${result.packages.length
        ? result.packages.map((id) => packageView(id, date, printing))
        : html`<p>${msg('You have no right to the free guaranteed care. This care is still given:', { id: 'checker.result.kept' })}</p>`}
      ${result.keptCare.length
        ? html`${result.packages.length ? html`<p>${resultTexts.kept()}</p>` : nothing}
            <ul class="kept">${result.keptCare.map((id) => html`<li>${keptCareName(id)}</li>`)}</ul>`
        : nothing}
      ${result.canJoin ? advantagesView(heading) : nothing}
      ${result.nextSteps.includes('voluntary-insurance')
        ? html`${heading(3, msg('Voluntary health insurance', { id: 'checker.result.vhi' }))}
            <p>${voluntaryInsuranceText()}</p>`
        : nothing}

      ${rest.length
        ? html`${heading(2, msg('What to do next', { id: 'checker.result.next' }))}
            <ol class="steps">${rest.map((id) => html`<li>${stepBody(id, printing)}</li>`)}</ol>`
        : nothing}
      ${conditional.length
        ? html`<div class="if-box">${conditional.map((id) => stepBody(id, printing))}</div>`
        : nothing}

      ${heading(2, msg('Because you said', { id: 'checker.result.reasons' }))}
      <ul class="reasons">${result.reasons.map((ref) => html`<li>${reasonLabel(ref, date)}</li>`)}</ul>

      ${heading(2, msg(str`Rules as of ${formatDay(date)}`, { id: 'checker.result.rules' }))}
      <ul class="rules">
        ${result.rules.map((id) => {
          const r = rule(id);
          return html`<li>
            ${ruleText(id)}
            ${externalLink(r.source, sourceLabel(r.source), ruleText(id))}
            ${r.unconfirmed ? unconfirmedMarker(printing) : nothing}
          </li>`;
        })}
      </ul>` : nothing}
    </section>
  `;
}

/** A short "not yet confirmed" marker that opens the note (open when printing). */
function unconfirmedMarker(printing: boolean, note = unconfirmedNote()): TemplateResult {
  return html`<details class="unconfirmed" ?open=${printing}>
    <summary>${resultTexts.unconfirmedShort()}</summary>
    <p>${note}</p>
  </details>`;
}

/** A link that leaves the page: says where it goes and that it opens a new tab. */
function externalLink(url: string, text: string, purpose?: string): TemplateResult {
  return html`<a href=${url} target="_blank" rel="noopener noreferrer"
    >${text}<span class="visually-hidden">${purpose ? ` — ${purpose}` : ''} ${resultTexts.newTab()}</span></a
  >`;
}

/** "How much": what the person pays, or what is paid for them, for the year of the rules date. */
function amountsView(result: Assessment, heading: Heading): TemplateResult | typeof nothing {
  const year = result.rulesDate.slice(0, 4);
  const lines = result.amounts.length
    ? result.amounts.map((amount) => amountLine(amount, year, result.coveredUntil)).filter(Boolean)
    : result.contributions.map(shareLine).filter(Boolean);
  if (!lines.length) return nothing;
  return html`${heading(2, amountTexts.heading())}
    <ul class="amounts">${lines.map((line) => html`<li>${line}</li>`)}</ul>`;
}

function amountLine(amount: Amount, year: string, coveredUntil?: string): string {
  const rate = formatPercent(amount.rate);
  if (amount.total === undefined || amount.minimumWage === undefined) {
    if (amount.id !== 'monthly') return '';
    return amount.baseMultiple === 1
      ? amountTexts.unknownWage(rate, year)
      : amountTexts.unknownWageMultiple(rate, formatNumber(amount.baseMultiple), year);
  }
  const total = formatTenge(amount.total);
  const wage = formatTenge(amount.minimumWage);
  switch (amount.id) {
    case 'monthly':
      return amount.baseMultiple === 1
        ? amountTexts.monthly(total, rate, wage, year)
        : amountTexts.monthlyMultiple(total, rate, formatNumber(amount.baseMultiple), wage, year);
    case 'keep-cover':
      return amountTexts.keepCover(formatNumber(amount.months), total, coveredUntil ? formatDay(coveredUntil) : '');
    case 'twelve-months':
      return amountTexts.twelveMonths(total);
  }
}

/** A contribution withheld or paid for the person (employees, contracts, platforms, the state). */
function shareLine(share: ContributionShare): string {
  const rate = formatPercent(share.rate);
  if (share.payer === 'state') return amountTexts.state(rate);
  const who = contributionPayer(share.payer);
  if (!who) return '';
  const what = share.base === 'pay' && share.capMinimumWages ? amountTexts.withheldPay(rate, formatNumber(share.capMinimumWages)) : amountTexts.withheldIncome(rate);
  return `${who}: ${what}`;
}

function changeView(change: Change): string {
  const date = formatDay(change.date);
  switch (change.kind) {
    case 'status':
      return changeText(change, { date, to: statusTitle(change.to) });
    case 'service-added':
    case 'service-removed':
      return changeText(change, { date, service: serviceName(change.service) });
    case 'payer':
      return changeText(change, { date, to: change.to ? payerText(change.to) : '' });
    case 'amount':
      return changeText(change, {
        date,
        ...(change.from !== undefined ? { from: formatTenge(change.from) } : {}),
        ...(change.to !== undefined ? { to: formatTenge(change.to) } : {}),
      });
    case 'rate':
      return changeText(change, {
        date,
        ...(change.from !== undefined ? { from: formatPercent(change.from) } : {}),
        ...(change.to !== undefined ? { to: formatPercent(change.to) } : {}),
      });
  }
}

/** A decisive answer (`work:employee`) as the answer the person chose. */
function reasonLabel(ref: AnswerRef, date: string): string {
  // "None of these" only makes sense next to its question.
  if (ref === 'categories:none') return msg('None of the groups the state pays for applies to you', { id: 'checker.result.no-category' });
  const [question, answer] = ref.split(':') as [QuestionId, string];
  const text = answerText(question, answer, date);
  return question === 'last-paid' && answer.startsWith('month-') ? lastPaidReason(text) : text;
}

function packageView(id: PackageId, date: string, printing: boolean): TemplateResult {
  const services = servicesOn(date, id);
  return html`
    <details class="package" part="item" ?open=${printing}>
      <summary>${packageName(id)} <span class="count">${resultTexts.kinds(services.length)}</span></summary>
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

function stepBody(id: NextStepId, printing: boolean): TemplateResult {
  const step = nextStep(id);
  const title = nextStepTitle(id);
  const link = step.url
    ? step.url.startsWith('tel:')
      ? html`<a href=${step.url}>${step.url.slice(4)}</a>`
      : externalLink(step.url, sourceLabel(step.url), title)
    : nothing;
  return html`<strong>${title}</strong>
    <p>${nextStepText(id)} ${link}</p>
    ${step.unconfirmed ? unconfirmedMarker(printing) : nothing}`;
}
