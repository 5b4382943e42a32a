/**
 * The result of a check, as a template: status badge, packages with their services,
 * the reasons, next steps, and the rules with their sources.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  OSMS_START,
  answerMonth,
  nextStep,
  rule,
  servicesOn,
  CHECKING_FOR,
  PAYMENT,
  STATUS,
  type Amount,
  type AnswerRef,
  type Assessment,
  type Change,
  type CheckingFor,
  type ContributionShare,
  type NextStepId,
  type PackageId,
  type QuestionId,
  type Status,
} from '../core/index.js';
import { keptCareName, packageName, packageWho, serviceExplanation, serviceName } from '../content/services.js';
import {
  amountTexts,
  beforeOsmsSummary,
  changeText,
  conditionText,
  contributionPayer,
  exemptTexts,
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
import { listGapsView } from '../internal/list-gaps.js';
import { lastPaidReason, reasonSentence } from '../content/questions.js';

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
  if (result.coveredUntil) return graceTitle(formatDay(result.coveredUntil), result.checkingFor);
  if (result.payer === 'exempt') return exemptTexts.title();
  return statusTitle(result.status, result.checkingFor);
}

/** What the status means, in plain sentences; before OSMS began, "not insured" only means GOBMP. */
export function summaryLine(result: Assessment): string {
  if (result.payer === 'exempt') return exemptTexts.summary();
  if (result.status === STATUS.notInsured && result.rulesDate < OSMS_START)
    return beforeOsmsSummary(result.checkingFor);
  return statusSummary(result.status, result.checkingFor);
}

/** The note under the status: the grace period's doubtful day, or that an unconfirmed fact decided it. */
function statusNote(result: Assessment): string {
  return result.coveredUntil ? resultTexts.unconfirmedGrace() : resultTexts.unconfirmedStatus();
}

/**
 * The result. With `full` false, only its head: the status, the first thing to do and
 * why (the checker paints that first and the rest a frame later). Printing opens every
 * section (see Deferred), so nothing here depends on it.
 */
export function resultView(result: Assessment, heading: Heading, full = true): TemplateResult {
  const status = statusLine(result);
  const [primary, ...rest] = result.nextSteps.filter((id) => !nextStep(id).conditional);
  const conditional = result.nextSteps.filter((id) => nextStep(id).conditional);
  return html`
    <section class="result" part="result">
      ${
        // The outcome is heard once, with the heading that takes focus on arrival: the badge
        // says it again only to the eye, and the section is no named region.
        heading(
          1,
          html`${msg('Your result', { id: 'checker.result.title' })}<span class="visually-hidden">: ${status}</span>`,
          'step-heading',
        )
      }
      <p class="badge ${result.status}" part="status" aria-hidden="true">
        <span class="icon" aria-hidden="true">${ICONS[result.status]}</span>
        <strong>${status}</strong>
      </p>
      ${result.unconfirmedBy.length || result.coveredUntil ? unconfirmedMarker(status, statusNote(result)) : nothing}
      ${
        // The answer, then the one thing to do first; why, and the rest, after it.
        primary
          ? html`<div class="primary-action">
            ${heading(2, resultTexts.firstStep())}
            ${stepBody(primary, result.checkingFor)}
          </div>`
          : nothing
      }
      <p>${summaryLine(result)}</p>
      ${
        result.conditions.length
          ? html`<p>${resultTexts.conditions()}</p>
            <ul class="conditions">${result.conditions.map((id) => html`<li>${conditionText(id)}</li>`)}</ul>`
          : nothing
      }
      ${result.payer && result.payer !== 'exempt' ? html`<p>${payerText(result.payer, result.checkingFor)}</p>` : nothing}
      ${full ? resultRest(result, heading, rest, conditional) : nothing}
    </section>
  `;
}

/** The result after its head: amounts, changes, the care, what to do next, the reasons and the rules. */
function resultRest(
  result: Assessment,
  heading: Heading,
  rest: readonly NextStepId[],
  conditional: readonly NextStepId[],
): TemplateResult {
  const date = result.rulesDate;
  const child = result.checkingFor === CHECKING_FOR.child;
  return html`
      ${amountsView(result, heading)}
      ${
        result.changes.length
          ? html`${heading(2, resultTexts.changes(result.checkingFor))}
            <p class="hint">${resultTexts.changesNote(result.checkingFor)}</p>
            <ul class="changes">${result.changes.map((change) => {
              const text = changeView(change, result.checkingFor);
              return html`<li>${text}${change.unconfirmed ? unconfirmedMarker(text) : nothing}</li>`;
            })}</ul>`
          : nothing
      }

      ${heading(
        2,
        child
          ? msg('The care the child gets', { id: 'checker.result.packages.child' })
          : msg('The care you get', { id: 'checker.result.packages' }),
      )}
      ${
        result.packages.length
          ? result.packages.map((id) => packageView(id, date))
          : html`<p>${
              child
                ? msg('The child has no right to the free guaranteed care. This care is still given:', {
                    id: 'checker.result.kept.child',
                  })
                : msg('You have no right to the free guaranteed care. This care is still given:', {
                    id: 'checker.result.kept',
                  })
            }</p>`
      }
      ${
        result.keptCare.length
          ? html`${result.packages.length ? html`<p>${resultTexts.kept(result.checkingFor)}</p>` : nothing}
            <ul class="kept">${result.keptCare.map((id) => html`<li>${keptCareName(id)}</li>`)}</ul>`
          : nothing
      }
      ${result.canJoin ? advantagesView(heading) : nothing}
      ${
        result.nextSteps.includes('voluntary-insurance')
          ? html`${heading(3, msg('Voluntary health insurance', { id: 'checker.result.vhi' }))}
            <p>${voluntaryInsuranceText()}</p>`
          : nothing
      }

      ${
        rest.length
          ? html`${heading(2, msg('What to do next', { id: 'checker.result.next' }))}
            <ol class="steps">${rest.map((id) => html`<li>${stepBody(id, result.checkingFor)}</li>`)}</ol>`
          : nothing
      }
      ${
        conditional.length
          ? html`<div class="if-box">${conditional.map((id) => stepBody(id, result.checkingFor))}</div>`
          : nothing
      }

      ${heading(2, msg('Because you said', { id: 'checker.result.reasons' }))}
      <ul class="reasons">${result.reasons.map((ref) => html`<li>${resultTexts.quoted(reasonLabel(ref, date, result.checkingFor))}</li>`)}</ul>

      ${heading(2, msg(str`Rules as of ${formatDay(date)}`, { id: 'checker.result.rules' }))}
      <ul class="rules">
        ${result.rules.map((id) => {
          const r = rule(id);
          return html`<li>
            ${ruleText(id)}
            ${externalLink(r.source, sourceLabel(r.source), ruleText(id))}
            ${r.unconfirmed ? unconfirmedMarker(ruleText(id)) : nothing}
          </li>`;
        })}
      </ul>
  `;
}

/**
 * A short "not yet confirmed" marker that opens the note. It says what it is about to a
 * screen reader ("Not yet confirmed: How much to pay"): listed with the other controls,
 * several plain "Not yet confirmed" would be alike.
 */
function unconfirmedMarker(about: string, note = unconfirmedNote()): TemplateResult {
  return html`<details class="unconfirmed">
    <summary>${resultTexts.unconfirmedShort()}<span class="visually-hidden">${`: ${about}`}</span></summary>
    <p>${note}</p>
  </details>`;
}

/**
 * A link that leaves the page: says where it goes and that it opens a new tab. The hidden
 * words are one text: Chromium's accessible name drops a space that is a text of its own.
 */
function externalLink(url: string, text: string, purpose?: string): TemplateResult {
  const hidden = `${purpose ? ` — ${purpose}` : ''} ${resultTexts.newTab()}`;
  return html`<a href=${url} target="_blank" rel="noopener noreferrer"
    >${text}<span class="visually-hidden">${hidden}</span></a
  >`;
}

/**
 * "How much to pay" (what the person pays for themselves) or "How much is paid for you"
 * (what an employer, a tax agent or the state pays), for the year of the rules date.
 */
function amountsView(result: Assessment, heading: Heading): TemplateResult | typeof nothing {
  const section = amountSection(result);
  if (!section) return nothing;
  return html`${heading(2, section.title)}
    <ul class="amounts">${section.lines.map((line) => html`<li>${line}</li>`)}</ul>
    ${section.unconfirmed ? unconfirmedMarker(section.title, resultTexts.unconfirmedAmounts()) : nothing}`;
}

/**
 * The "how much" section as text: its title ("How much to pay" only over what the person
 * pays), its lines, and whether a figure in it is unconfirmed; undefined when there is none.
 */
export function amountSection(
  result: Assessment,
): { title: string; lines: string[]; unconfirmed: boolean } | undefined {
  if (result.payment === PAYMENT.none) return undefined;
  const year = result.rulesDate.slice(0, 4);
  const lines = [
    ...result.amounts.map((amount) => amountLine(amount, year, result.coveredUntil)),
    ...(result.amounts.length ? [] : result.contributions.map(shareLine)),
  ].filter(Boolean);
  if (!lines.length) return undefined;
  const title =
    result.payment === PAYMENT.self
      ? amountTexts.headingPay()
      : result.checkingFor === CHECKING_FOR.child
        ? amountTexts.headingPaidForChild()
        : amountTexts.headingPaidForYou();
  const unconfirmed = [...result.amounts, ...result.contributions].some((item) => item.unconfirmed === true);
  return { title, lines, unconfirmed };
}

/** The one thing to do first: the first step shown to everyone it is given to. */
export function firstStep(result: Assessment): NextStepId | undefined {
  return result.nextSteps.find((id) => !nextStep(id).conditional);
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
    case 'missed-months':
      return amount.monthsUpTo !== undefined && amount.totalUpTo !== undefined
        ? amountTexts.missedMonthsRange(
            formatNumber(amount.months),
            formatNumber(amount.monthsUpTo),
            total,
            formatTenge(amount.totalUpTo),
          )
        : amountTexts.missedMonths(formatNumber(amount.months), total);
    case 'twelve-months':
      return amountTexts.twelveMonths(total);
  }
}

/** A contribution withheld or paid for the person (employees, contracts, platforms, the state). */
function shareLine(share: ContributionShare): string {
  const rate = formatPercent(share.rate);
  if (share.payer === 'state') return amountTexts.state(rate);
  if (share.payer === 'self-employed-regime') return amountTexts.selfEmployedRegime(rate);
  const who = contributionPayer(share.payer);
  if (!who) return '';
  const what =
    share.base === 'pay' && share.capMinimumWages
      ? amountTexts.withheldPay(rate, formatNumber(share.capMinimumWages))
      : amountTexts.withheldIncome(rate);
  return `${who}: ${what}`;
}

/** One upcoming change as the result says it. */
export function changeView(change: Change, checkingFor: CheckingFor): string {
  const date = formatDay(change.date);
  switch (change.kind) {
    case 'status':
      return changeText(change, { date, to: statusTitle(change.to, checkingFor) }, checkingFor);
    case 'service-added':
    case 'service-removed':
      return changeText(change, { date, service: serviceName(change.service) }, checkingFor);
    case 'service-changed':
      return `${changeText(change, { date, from: serviceName(change.from) }, checkingFor)} ${serviceExplanation(change.service)}`;
    case 'payer':
      return changeText(change, { date, to: change.to ? payerText(change.to, checkingFor) : '' }, checkingFor);
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

/** A decisive answer (`work:employee`) as the answer the person chose, in a sentence where the bare answer would not say enough. */
function reasonLabel(ref: AnswerRef, date: string, checkingFor: CheckingFor): string {
  const [question, answer] = ref.split(':') as [QuestionId, string];
  const sentence = reasonSentence(question, answer, checkingFor);
  if (sentence) return sentence;
  const text = answerText(question, answer, date, checkingFor);
  const named = answerMonth(question, answer, date);
  return named && !named.orEarlier ? lastPaidReason(text, checkingFor) : text;
}

function packageView(id: PackageId, date: string): TemplateResult {
  const services = servicesOn(date, id);
  return html`
    <details class="package" part="item">
      <summary>${packageName(id)} <span class="count">${resultTexts.kinds(services.length)}</span></summary>
      <p>${packageWho(id)}</p>
      ${listGapsView(id, date)}
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

function stepBody(id: NextStepId, checkingFor: CheckingFor): TemplateResult {
  const step = nextStep(id);
  const title = nextStepTitle(id, checkingFor);
  const link = step.url
    ? step.url.startsWith('tel:')
      ? html`<a href=${step.url}>${step.url.slice(4)}</a>`
      : externalLink(step.url, sourceLabel(step.url), title)
    : nothing;
  return html`<strong>${title}</strong>
    <p>${nextStepText(id, checkingFor)} ${link}</p>
    ${step.unconfirmed ? unconfirmedMarker(title) : nothing}`;
}
