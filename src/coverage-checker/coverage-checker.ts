import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import {
  answerGroups,
  answersFor,
  assess,
  isExclusive,
  question,
  CHECKING_FOR,
  QUESTION,
  type Answers,
  type Assessment,
  type CheckingFor,
  type QuestionId,
} from '../core/index.js';
import { answerHint, questionHint, questionText } from '../content/questions.js';
import { answerText } from './labels.js';
import { OsmsElement } from '../internal/osms-element.js';
import { booleanAttribute } from '../internal/attributes.js';
import { schedule, type DeferUntil } from '../internal/deferred.js';
import { baseStyles } from '../internal/base.styles.js';
import { styles } from './coverage-checker.styles.js';
import { answeredPath, position, pruned, reachable, stepAfter, stepBefore, withAnswer, type Step } from './flow.js';
import { resultView } from './result-view.js';

export interface CoverageStepDetail {
  step: Step;
  /** 1-based number of the question (for `review` and `result`: the questions answered). */
  index: number;
  total: number;
}
export type CoverageResultDetail = Pick<
  Assessment,
  | 'status'
  | 'route'
  | 'packages'
  | 'reasons'
  | 'rulesDate'
  | 'coveredUntil'
  | 'amounts'
  | 'changes'
  | 'conditions'
  | 'unconfirmedBy'
> & {
  answers: Answers;
};
/** The checker's events: name → detail. */
export interface CoverageCheckerEvents {
  'coverage-step': CoverageStepDetail;
  'coverage-result': CoverageResultDetail;
  'coverage-reset': Record<string, never>;
}

const HASH_PREFIX = '#osms-';
/** The key of `history.state` under which each checker marks its own entries: `{ [token]: step }`. */
const HISTORY_KEY = 'osms-checker';

type HistoryMarks = Record<string, Step>;

function historyMarks(state: unknown): HistoryMarks | undefined {
  return state && typeof state === 'object'
    ? (state as Record<string, HistoryMarks | undefined>)[HISTORY_KEY]
    : undefined;
}

/**
 * A guided check, one question per step, that tells a resident whether compulsory
 * social health insurance (OSMS) covers them and what free care (GOBMP) they get, with
 * the reasons and what to do next. It never asks who the person is, and nothing leaves
 * the page.
 *
 * @fires {CustomEvent<CoverageStepDetail>} coverage-step - `{ step, index, total }` when a new step is shown.
 * @fires {CustomEvent<CoverageResultDetail>} coverage-result - `{ status, route, packages, reasons, answers, rulesDate, coveredUntil, amounts, changes, conditions, unconfirmedBy }` when the result is shown.
 * @fires {CustomEvent} coverage-reset - When the check starts again.
 * @slot - No-JS fallback (e.g. a link to the official status check); hidden once the widget renders.
 * @csspart base - The widget's box.
 * @csspart heading - Every heading.
 * @csspart counter - "Question N of M".
 * @csspart error-summary - The list of problems shown at the top after Continue without an answer.
 * @csspart fieldset - The question's fieldset.
 * @csspart input - Each radio button or checkbox.
 * @csspart item - Each answer, each answer in the review, and each package in the result.
 * @csspart more - The box "Other groups (N)" that holds the rarer answers of the groups question.
 * @csspart button - Every button.
 * @csspart back - The Back control.
 * @csspart review - The list of answers with Change links.
 * @csspart result - The result section.
 * @csspart status - The status badge.
 * @cssprop --osms-font-family - Font; inherits the page's by default.
 * @cssprop --osms-font-size - Base font size. Default `medium`: the reader’s default text size, whatever the page’s root font size.
 * @cssprop --osms-color-text - Text colour.
 * @cssprop --osms-color-muted - Hints and secondary text.
 * @cssprop --osms-color-surface - Background.
 * @cssprop --osms-color-border - Borders of inputs and boxes.
 * @cssprop --osms-color-accent - Links and the main button.
 * @cssprop --osms-color-on-accent - Text on the main button.
 * @cssprop --osms-color-success - Badge of insured statuses.
 * @cssprop --osms-color-warning - Badge of statuses that need checking.
 * @cssprop --osms-color-danger - Errors and the emergency-only badge.
 * @cssprop --osms-radius - Corner radius.
 * @cssprop --osms-space - Base spacing.
 * @cssprop --osms-focus-ring - Outline of the focused control.
 */
export class CoverageChecker extends OsmsElement<CoverageCheckerEvents> {
  static override styles = [baseStyles, styles];

  static override properties = {
    history: booleanAttribute,
    step: { state: true },
    draft: { state: true },
    invalid: { state: true },
    confirmingRestart: { state: true },
  };

  /** The second part of a long step comes after the frame that shows its first part. */
  protected static override deferUntil: DeferUntil = 'frame';

  /** Opt in to browser history: each step gets a URL hash (`#osms-<step>`) and Back returns to it. `history="false"` (as React 18 writes it) is off. */
  history = false;

  private step: Step = QUESTION.residency;
  private draft: string[] = [];
  private invalid = false;
  /** Whether the 'Other groups' box is open: the reader's choice, set from the answers only when a step is shown. */
  private moreOpen = false;
  /** Set while the result asks whether to start again. */
  private confirmingRestart = false;
  private answered: Answers = {};
  private assessed?: { answers: Answers; date: string; result: Assessment };
  /** Set while changing an answer from the review, to return there. */
  private returnToReview = false;
  /** Focus the step heading after the next render (not on the first paint). */
  private moveFocus = false;
  /** Focus this element (by selector) after the next render, instead of the step heading. */
  private focusAfter?: string;
  /**
   * Marks this checker's own history entries: entries of the host page, of another
   * checker or of an earlier load of the page carry none, and are left alone.
   */
  private historyToken = Math.random().toString(36).slice(2);

  /** A snapshot of the answers given so far (question id → answer id, or ids). */
  get answers(): Answers {
    return structuredClone(this.answered);
  }

  /** Starts again from the first question (under a new day's rules, if midnight has passed in Kazakhstan). */
  reset(): void {
    this.answered = {};
    this.takeUpNewDay();
    this.returnToReview = false;
    this.go(stepAfter({}, this.date));
    this.emit('coverage-reset', {});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.cancelWarm?.();
    this.cancelWarm = undefined;
  }

  /** A check in progress keeps the day it started on; its result says which (`Rules as of …`). */
  protected override mayMoveToNewDay(): boolean {
    return Object.keys(this.answered).length === 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The rules date decides which questions exist: restart the path under the new rules.
    if (changed.has('rulesDate') && this.hasUpdated) {
      this.answered = pruned(this.answered, this.date);
      this.step = stepAfter(this.answered, this.date);
      this.returnToReview = false;
      this.draft = this.currentAnswer();
      this.moreOpen = this.opensMore();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('step') || !this.cancelWarm) this.warmNextStep();
    const target = this.focusAfter;
    this.focusAfter = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    if (!this.moveFocus) return;
    this.moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  /** Cancels the pending preparation of the likely next step. */
  private cancelWarm?: () => void;

  /**
   * In idle time, the likely next step rendered and laid out once, unseen: its templates
   * are then prepared, its text shaped (and, before the result, the assessment
   * computed), so that Continue paints within a frame. Measured with the benchmark's
   * walk (12 cold walks, median main-thread CPU from Continue to the painted step):
   * without it the first question's Continue costs 9.2 ms instead of 6.2, and the
   * review's 10.2 instead of 4.3; it costs about 0.3 KB.
   */
  private warmNextStep(): void {
    this.cancelWarm?.();
    const view = this.ownerDocument.defaultView;
    if (!view || !this.isConnected) return;
    const step = this.step;
    this.cancelWarm = schedule(view, 'idle', () => {
      if (this.step !== step) return;
      const next = this.likelyNextView(step);
      if (!next) return;
      // Laid out once, unseen, in this widget's styles: the text's fonts and shapes are
      // then ready too. Added and removed within this task, so never painted or read.
      const box = this.ownerDocument.createElement('div');
      box.setAttribute('aria-hidden', 'true');
      box.inert = true;
      box.style.cssText =
        'position:absolute;visibility:hidden;pointer-events:none;inset-inline-start:0;inline-size:100%';
      (this.renderRoot.querySelector('.root') ?? this.renderRoot).append(box);
      render(next, box);
      void box.offsetHeight;
      box.remove();
    });
  }

  /** The step that Continue most likely shows next: after a question, with the answer chosen or the usual one. */
  private likelyNextView(step: Step): TemplateResult | undefined {
    if (step === 'review')
      return resultView(this.assessment(), (depth, content, id) => this.heading(depth, content, id));
    if (step === 'result') return undefined;
    const offered = answersFor(step, this.date, this.answered);
    const usual = offered.find((answer) => isExclusive(step, answer)) ?? offered[0];
    const likely = this.draft.length ? this.draft : usual === undefined ? [] : [usual];
    const next = stepAfter(withAnswer(this.answered, step, likely), this.date, step);
    return next === 'review' || next === 'result' ? undefined : this.questionView(next);
  }

  /**
   * Long steps paint in two passes (see Deferred), the rest after the frame of the first:
   * the result its head (status, what to do first), the groups question its answers but
   * those behind the closed 'Other groups'.
   */
  private twoPasses(step: Step): boolean {
    if (step === 'review') return false;
    return step === 'result' || answerGroups(step, this.date, this.answered).more.length > 0;
  }

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('Check your health cover', { id: 'checker.title' }))}
      ${
        this.step === QUESTION.residency && !this.answered.residency
          ? html`<p class="intro">${msg('Answer a few questions to learn what free medical care you get and whether health insurance covers you. We do not ask for your IIN (individual identification number) or name, and nothing you choose leaves this page.', { id: 'checker.intro' })}</p>`
          : nothing
      }
      ${keyed(this.step, this.step === 'review' ? this.reviewView() : this.step === 'result' ? this.resultView() : this.questionView(this.step))}
    `;
  }

  /** "Question 2 of up to 5" until the count is certain, then "Question 5 of 5". */
  private counter(id: QuestionId): string {
    const { index, total } = position(id, this.answered, this.date);
    return index === total
      ? msg(str`Question ${index} of ${total}`, { id: 'checker.counter' })
      : msg(str`Question ${index} of up to ${total}`, { id: 'checker.counter.up-to' });
  }

  /** Whom the check is for: the texts speak about the child when it is one. */
  private get checkingFor(): CheckingFor {
    return this.answered[QUESTION.checkingFor] ?? CHECKING_FOR.self;
  }

  private questionView(id: QuestionId): TemplateResult {
    const { kind } = question(id);
    const { first, more } = answerGroups(id, this.date, this.answered);
    const type = kind === 'multiple' ? 'checkbox' : 'radio';
    const exclusive = first.filter((answer) => isExclusive(id, answer));
    const hint = questionHint(id, this.checkingFor);
    const errorText =
      kind === 'multiple'
        ? msg('Choose at least one answer, or “None of these”.', { id: 'checker.error.multiple' })
        : msg('Choose one answer.', { id: 'checker.error.single' });
    const describedBy = [hint ? 'hint' : '', this.invalid ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      ${this.backView()}
      ${
        this.invalid
          ? html`<div
            class="error-summary"
            part="error-summary"
            role="group"
            tabindex="-1"
            aria-labelledby="error-title error-link"
          >
            <div role="alert">
              <p id="error-title" class="error-title">${msg('There is a problem', { id: 'checker.error.title' })}</p>
              <ul>
                <li><a id="error-link" href="#${id}-${first[0]}" @click=${this.focusFirstInput}>${errorText}</a></li>
              </ul>
            </div>
          </div>`
          : nothing
      }
      ${this.childOfferView(id)}
      <form @submit=${preventSubmit} novalidate>
        <fieldset part="fieldset" aria-describedby=${describedBy || nothing} class=${this.invalid ? 'invalid' : ''}>
          <legend>
            ${this.heading(1, html`<span class="counter" part="counter">${this.counter(id)}</span> ${questionText(id, this.checkingFor)}`, 'step-heading')}
          </legend>
          ${hint ? html`<p id="hint" class="hint">${hint}</p>` : nothing}
          ${
            this.invalid
              ? html`<p id="error" class="error-message">
                <span class="visually-hidden">${msg('Error:', { id: 'checker.error.prefix' })}</span> ${errorText}
              </p>`
              : nothing
          }
          <div class="options" @change=${this.onChoice}>
            ${first.filter((answer) => !exclusive.includes(answer)).map((answer) => this.optionView(id, type, answer))}
            ${
              more.length
                ? // Its answers, behind a closed summary, come in the second pass. Open or
                  // closed is the reader's: bound to the answers, unticking the last one
                  // inside closed it under the reader's focus.
                  html`<details class="more" part="more" ?open=${this.moreOpen} @toggle=${this.onMoreToggle}>
                  <summary>${msg(str`Other groups (${more.length})`, { id: 'checker.categories.more' })}</summary>
                  ${this.deferred.done || this.moreOpen ? more.map((answer) => this.optionView(id, type, answer)) : nothing}
                </details>`
                : nothing
            }
            ${exclusive.map((answer) => this.optionView(id, type, answer))}
          </div>
        </fieldset>
        <button class="primary" part="button" type="submit" @click=${this.onContinue}>${msg('Continue', { id: 'checker.continue' })}</button>
      </form>
    `;
  }

  /**
   * On the first question: an offer to answer for a child instead, which words every
   * question and the result about the child. Back leads to the choice again.
   */
  private childOfferView(id: QuestionId): TemplateResult | typeof nothing {
    if (id !== QUESTION.residency || this.answered[QUESTION.checkingFor] !== undefined) return nothing;
    return html`<p class="offer">
      ${msg('Checking for a child under 18?', { id: 'checker.offer.child' })}
      <button type="button" class="link" part="button" @click=${this.checkForChild}>
        ${msg('Answer for a child', { id: 'checker.offer.child.button' })}
      </button>
    </p>`;
  }

  private optionView(id: QuestionId, type: 'radio' | 'checkbox', answer: string): TemplateResult {
    const inputId = `${id}-${answer}`;
    const hint = answerHint(id, answer, this.checkingFor);
    return html`
      ${type === 'checkbox' && isExclusive(id, answer) ? html`<p class="or">${msg('or', { id: 'checker.or' })}</p>` : nothing}
      <div class="option" part="item">
        <input
          part="input"
          id=${inputId}
          type=${type}
          name=${id}
          value=${answer}
          .checked=${this.draft.includes(answer)}
          aria-invalid=${this.invalid && this.draft.length === 0 ? 'true' : nothing}
          aria-describedby=${hint ? `${inputId}-hint` : nothing}
        />
        <label for=${inputId}>${answerText(id, answer, this.date, this.checkingFor)}</label>
        ${hint ? html`<p class="option-hint" id="${inputId}-hint">${hint}</p>` : nothing}
      </div>
    `;
  }

  private backView(): TemplateResult | typeof nothing {
    const previous = this.returnToReview ? 'review' : stepBefore(this.step, this.answered, this.date);
    if (!previous) return nothing;
    return html`<button type="button" class="back link" part="button back" @click=${() => this.go(previous)}>
      <span aria-hidden="true">‹ </span>${msg('Back', { id: 'checker.back' })}
    </button>`;
  }

  private reviewView(): TemplateResult {
    return html`
      ${this.backView()}
      ${this.heading(1, msg('Check your answers', { id: 'checker.review.title' }), 'step-heading')}
      ${this.answersList(answeredPath(this.answered, this.date), true)}
      <button class="primary" part="button" type="button" @click=${this.showResult}>
        ${msg('See my result', { id: 'checker.review.confirm' })}
      </button>
    `;
  }

  private answersList(questions: QuestionId[], withChange: boolean): TemplateResult {
    return html`<dl class="review" part="review">
      ${questions.map(
        (id) => html`<div class="review-row" part="item">
          <dt>${questionText(id, this.checkingFor)}</dt>
          <dd>${answerValues(this.answered, id)
            .map((answer) => answerText(id, answer, this.date, this.checkingFor))
            .join('; ')}</dd>
          ${
            withChange
              ? html`<dd class="change">
                <button type="button" class="link" part="button" @click=${() => this.change(id)}>
                  <span aria-hidden="true">${msg('Change', { id: 'checker.review.change' })}</span><span class="visually-hidden">${msg('Change', { id: 'checker.review.change' })}: ${questionText(id, this.checkingFor)}</span>
                </button>
              </dd>`
              : nothing
          }
        </div>`,
      )}
    </dl>`;
  }

  /** The outcome for the answers and date now; computed once per answers (they are never mutated, only replaced). */
  private assessment(): Assessment {
    const cached = this.assessed;
    if (cached?.answers === this.answered && cached.date === this.date) return cached.result;
    const result = assess(this.answered, { date: this.date });
    this.assessed = { answers: this.answered, date: this.date, result };
    return result;
  }

  private resultView(): TemplateResult {
    const result = this.assessment();
    const questions = answeredPath(this.answered, this.date);
    return html`
      ${this.backView()}
      ${resultView(result, (depth, content, id) => this.heading(depth, content, id), this.deferred.done)}
      ${this.deferred.done ? this.answersAndActions(questions) : nothing}
    `;
  }

  private answersAndActions(questions: QuestionId[]): TemplateResult {
    return html`
      <section class="your-answers" aria-labelledby="answers-heading">
        ${this.heading(2, msg('Your answers', { id: 'checker.result.answers' }), 'answers-heading')}
        ${this.answersList(questions, false)}
      </section>
      <div class="actions">
        <button type="button" part="button" @click=${() => window.print()}>${msg('Print', { id: 'checker.result.print' })}</button>
        <button type="button" class="restart" part="button" aria-expanded=${this.confirmingRestart ? 'true' : 'false'} @click=${this.askRestart}>
          ${msg('Start again', { id: 'checker.result.restart' })}
        </button>
      </div>
      ${
        // Asked on the page, not with confirm(): a sandboxed frame without allow-modals
        // answers confirm() with false, and Start again would never work there.
        this.confirmingRestart
          ? html`<div class="confirm-restart" role="group" tabindex="-1" aria-labelledby="restart-question">
            <p id="restart-question">${msg('Start again? Your answers will be cleared.', { id: 'checker.restart.question' })}</p>
            <div class="actions">
              <button type="button" class="primary" part="button" @click=${this.confirmRestart}>
                ${msg('Yes, start again', { id: 'checker.restart.yes' })}
              </button>
              <button type="button" part="button" @click=${this.cancelRestart}>${msg('Cancel', { id: 'checker.restart.cancel' })}</button>
            </div>
          </div>`
          : nothing
      }
    `;
  }

  private askRestart = (): void => {
    this.confirmingRestart = !this.confirmingRestart;
    this.focusAfter = this.confirmingRestart ? '.confirm-restart' : undefined;
  };

  private confirmRestart = (): void => {
    this.confirmingRestart = false;
    this.reset();
  };

  private cancelRestart = (): void => {
    this.confirmingRestart = false;
    this.focusAfter = 'button.restart';
  };

  /** The 'Other groups' box is open when a step is shown with an answer in it (coming Back, or to Change it). */
  private opensMore(): boolean {
    if (this.step === 'review' || this.step === 'result') return false;
    const { more } = answerGroups(this.step, this.date, this.answered);
    return more.some((answer) => this.draft.includes(answer));
  }

  private onMoreToggle = (event: Event): void => {
    this.moreOpen = (event.target as HTMLDetailsElement).open;
  };

  private currentAnswer(): string[] {
    return this.step === 'review' || this.step === 'result' ? [] : answerValues(this.answered, this.step);
  }

  /** Shows `step`, announces it, moves focus to its heading and tells the host. */
  private go(step: Step, fromHistory = false): void {
    const from = this.step;
    this.step = step;
    if (this.twoPasses(step)) this.deferred.restart();
    this.draft = this.currentAnswer();
    this.moreOpen = this.opensMore();
    this.invalid = false;
    this.confirmingRestart = false;
    this.moveFocus = true;
    const detail = this.stepDetail(step);
    this.emit('coverage-step', detail);
    if (this.history && !fromHistory) this.pushHistory(from, step);
  }

  /**
   * Marks the entry being left with the step it showed, and adds one for `step` with its
   * hash on the page's own address (never resolved against a `<base href>`). Where the
   * page forbids it (a `srcdoc` frame, a cross-origin base) the check goes on without.
   */
  private pushHistory(from: Step, step: Step): void {
    const token = this.historyToken;
    const state: unknown = history.state;
    const url = new URL(location.href);
    url.hash = `${HASH_PREFIX.slice(1)}${step}`;
    try {
      // Another script's state that is not an object is left as it is.
      if (state === null || typeof state === 'object') {
        history.replaceState({ ...state, [HISTORY_KEY]: { ...historyMarks(state), [token]: from } }, '');
      }
      history.pushState({ [HISTORY_KEY]: { [token]: step } }, '', url.href);
    } catch {
      // No history here; the steps still work.
    }
  }

  private stepDetail(step: Step): CoverageStepDetail {
    if (step === 'review' || step === 'result') {
      const total = answeredPath(this.answered, this.date).length;
      return { step, index: total, total };
    }
    return { step, ...position(step, this.answered, this.date) };
  }

  private change(id: QuestionId): void {
    this.returnToReview = true;
    this.go(id);
  }

  private showResult = (): void => {
    this.go('result');
    const result = this.assessment();
    this.emit('coverage-result', {
      status: result.status,
      route: result.route,
      packages: result.packages,
      reasons: result.reasons,
      answers: this.answers,
      rulesDate: result.rulesDate,
      ...(result.coveredUntil ? { coveredUntil: result.coveredUntil } : {}),
      amounts: structuredClone(result.amounts),
      changes: structuredClone(result.changes),
      conditions: [...result.conditions],
      unconfirmedBy: [...result.unconfirmedBy],
    });
  };

  private onChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const form = input.form!;
    // An exclusive answer ("None of these") clears every other one, and any other clears it.
    if (input.type === 'checkbox' && input.checked) {
      const id = input.name as QuestionId;
      for (const other of form.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`)) {
        if (other !== input && (isExclusive(id, input.value) || isExclusive(id, other.value))) other.checked = false;
      }
    }
    // The error stays until the next Continue, as GOV.UK's do: nothing moves under the pointer.
    this.draft = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((checked) => checked.value);
  };

  private checkForChild = (): void => {
    this.answered = withAnswer(this.answered, QUESTION.checkingFor, [CHECKING_FOR.child]);
    this.invalid = false;
    this.moveFocus = true;
    this.requestUpdate();
  };

  /**
   * Continue, on the button's click (Enter in a field clicks it too): a form submission
   * would be dropped in a sandboxed iframe without `allow-forms`.
   */
  private onContinue = (event: MouseEvent): void => {
    event.preventDefault();
    const step = this.step as QuestionId;
    const form = (event.currentTarget as HTMLButtonElement).form!;
    // A click that lands before the next step is drawn belongs to a form that is gone.
    if (!form.querySelector(`input[name="${step}"]`)) return;
    const offered = answersFor(step, this.date, this.answered);
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')]
      .map((i) => i.value)
      .filter((v) => offered.includes(v));
    if (chosen.length === 0) {
      this.invalid = true;
      this.moveFocus = false;
      // As GOV.UK's error summary: focus on the summary itself, its content announced (role=alert).
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    this.answered = pruned(withAnswer(this.answered, step, chosen), this.date);
    const next = stepAfter(this.answered, this.date, this.returnToReview ? undefined : step);
    if (next === 'review') this.returnToReview = false;
    this.go(next);
  };

  private focusFirstInput = (event: Event): void => {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  };

  /** Back and Forward: only to this checker's own entries, and only to a step its answers reach. */
  private onPopState = (event: PopStateEvent): void => {
    const target = historyMarks(event.state)?.[this.historyToken];
    if (this.history && target && target !== this.step && reachable(target, this.answered, this.date))
      this.go(target, true);
  };
}

const preventSubmit = (event: Event): void => event.preventDefault();

function answerValues(answers: Answers, id: QuestionId): string[] {
  const value = answers[id];
  return value === undefined ? [] : Array.isArray(value) ? [...value] : [value as string];
}

declare global {
  interface HTMLElementTagNameMap {
    'coverage-checker': CoverageChecker;
  }
  interface GlobalEventHandlersEventMap {
    'coverage-step': CustomEvent<CoverageCheckerEvents['coverage-step']>;
    'coverage-result': CustomEvent<CoverageCheckerEvents['coverage-result']>;
    'coverage-reset': CustomEvent<CoverageCheckerEvents['coverage-reset']>;
  }
}
