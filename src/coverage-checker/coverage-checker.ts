import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import { answersFor, assess, question, type Answers, type Assessment, type QuestionId } from '../core/index.js';
import { answerHint, questionHint, questionText } from '../content/questions.js';
import { answerText } from './labels.js';
import { OsmsElement } from '../internal/osms-element.js';
import { baseStyles } from '../internal/base.styles.js';
import { styles } from './coverage-checker.styles.js';
import { answeredPath, position, pruned, stepAfter, stepBefore, withAnswer, type Step } from './flow.js';
import { resultView, statusLine } from './result-view.js';

export interface CoverageStepDetail {
  step: Step;
  /** 1-based number of the question (for `review` and `result`: the questions answered). */
  index: number;
  total: number;
}
export type CoverageResultDetail = Pick<
  Assessment,
  'status' | 'route' | 'packages' | 'reasons' | 'rulesDate' | 'coveredUntil' | 'amounts' | 'changes' | 'conditions' | 'unconfirmedBy'
> & {
  answers: Answers;
};

const HASH_PREFIX = '#osms-';

/**
 * A guided check, one question per step, that tells a resident whether compulsory
 * social health insurance (OSMS) covers them and what free care (GOBMP) they get, with
 * the reasons and what to do next. It never asks who the person is, and nothing leaves
 * the page.
 *
 * @attr lang - Language of the widgets on the page: `kk`, `ru` or `en` (also `kk-KZ`, `ru-RU`…).
 * @attr heading-level - Level (1–6) of the widget's top heading; step headings are one level below. Default 2.
 * @attr rules-date - ISO date whose rules apply (to preview announced changes). Default today.
 * @attr history - Opt in to browser history: each step gets a URL hash (`#osms-<step>`) and Back returns to it.
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
 * @csspart button - Every button.
 * @csspart back - The Back control.
 * @csspart review - The list of answers with Change links.
 * @csspart result - The result section.
 * @csspart status - The status badge.
 * @cssprop --osms-font-family - Font; inherits the page's by default.
 * @cssprop --osms-font-size - Base font size. Default 1rem.
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
export class CoverageChecker extends OsmsElement {
  static override styles = [baseStyles, styles];

  static override properties = {
    history: { type: Boolean },
    step: { state: true },
    draft: { state: true },
    invalid: { state: true },
    printing: { state: true },
    resultFull: { state: true },
  };

  /** Opt in to URL-hash history (see `@attr history`). */
  history = false;

  private step: Step = 'residency';
  private draft: string[] = [];
  private invalid = false;
  private printing = false;
  private answered: Answers = {};
  private assessed?: { answers: Answers; date: string; result: Assessment };
  /** Set while changing an answer from the review, to return there. */
  private returnToReview = false;
  /** Focus the step heading after the next render (not on the first paint). */
  private moveFocus = false;
  /** The result paints its head first (status, summary, first step) and the rest after that frame. */
  private resultFull = false;
  private resultFullSoon?: Promise<void>;

  /** A snapshot of the answers given so far (question id → answer id, or ids). */
  get answers(): Answers {
    return structuredClone(this.answered);
  }

  /** Starts again from the first question. */
  reset(): void {
    this.answered = {};
    this.returnToReview = false;
    this.go(stepAfter({}, this.date));
    this.emit('coverage-reset', {});
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    window.addEventListener('popstate', this.onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    window.removeEventListener('popstate', this.onPopState);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The rules date decides which questions exist: restart the path under the new rules.
    if (changed.has('rulesDate') && this.hasUpdated) {
      this.answered = pruned(this.answered, this.date);
      this.step = stepAfter(this.answered, this.date);
      this.returnToReview = false;
      this.draft = this.currentAnswer();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.step === 'result' && !this.resultFull) this.resultFullSoon ??= this.completeResult();
    if (changed.has('step')) this.warmNextStep();
    if (!this.moveFocus) return;
    this.moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  /**
   * In idle time, the likely next step rendered once off the page: its templates are
   * then prepared (and, before the result, the assessment computed), so that Continue
   * paints within a frame.
   */
  private warmNextStep(): void {
    const step = this.step;
    const warm = () => {
      if (!this.isConnected || this.step !== step) return;
      const next =
        step === 'review'
          ? resultView(this.assessment(), (depth, content, id) => this.heading(depth, content, id), false)
          : step === 'residency'
            ? this.questionView('categories')
            : undefined;
      if (next) render(next, document.createDocumentFragment());
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 1000 });
    else setTimeout(warm, 50);
  }

  /** The rest of the result, once its head has been painted (at once in a hidden page: no frames there). */
  private async completeResult(): Promise<void> {
    // After the next frame; at most 50 ms, since frames do not come to hidden or
    // off-screen (sandboxed, throttled) documents.
    if (!document.hidden) {
      await new Promise<void>((painted) => {
        requestAnimationFrame(() => setTimeout(painted));
        setTimeout(painted, 50);
      });
    }
    this.resultFull = true;
    this.resultFullSoon = undefined;
  }

  /** Resolves once the result is complete, both passes of it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.resultFullSoon) {
      await this.resultFullSoon;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override renderContent(): TemplateResult {
    return html`
      ${this.heading(0, msg('Check your health cover', { id: 'checker.title' }))}
      ${this.step === 'residency' && !this.answered.residency
        ? html`<p class="intro">${msg('Answer a few questions to learn what free medical care you get and whether health insurance covers you. We do not ask for your IIN or name, and nothing you choose leaves this page.', { id: 'checker.intro' })}</p>`
        : nothing}
      <p class="visually-hidden" role="status">${this.announcement()}</p>
      ${keyed(this.step, this.step === 'review' ? this.reviewView() : this.step === 'result' ? this.resultView() : this.questionView(this.step))}
    `;
  }

  /**
   * What the status region says: the outcome once the result is shown. A question's
   * number is in its heading, read with it when focus lands there; the review's heading
   * says what the step is.
   */
  private announcement(): string {
    if (this.step !== 'result') return '';
    return `${msg('Your result', { id: 'checker.result.title' })}: ${statusLine(this.assessment())}`;
  }

  /** "Question 2 of up to 5" until the count is certain, then "Question 5 of 5". */
  private counter(id: QuestionId): string {
    const { index, total } = position(id, this.answered, this.date);
    return index === total
      ? msg(str`Question ${index} of ${total}`, { id: 'checker.counter' })
      : msg(str`Question ${index} of up to ${total}`, { id: 'checker.counter.up-to' });
  }

  private questionView(id: QuestionId): TemplateResult {
    const { kind } = question(id);
    const options = answersFor(id, this.date, this.answered);
    const hint = questionHint(id);
    const errorText =
      kind === 'multiple'
        ? msg('Choose at least one answer, or “None of these”.', { id: 'checker.error.multiple' })
        : msg('Choose one answer.', { id: 'checker.error.single' });
    const describedBy = [hint ? 'hint' : '', this.invalid ? 'error' : ''].filter(Boolean).join(' ');
    return html`
      ${this.backView()}
      ${this.invalid
        ? html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="error-title">
            <p id="error-title" class="error-title">${msg('There is a problem', { id: 'checker.error.title' })}</p>
            <ul>
              <li><a href="#${id}-${options[0]}" @click=${this.focusFirstInput}>${errorText}</a></li>
            </ul>
          </div>`
        : nothing}
      <form @submit=${this.onContinue} novalidate>
        <fieldset part="fieldset" aria-describedby=${describedBy || nothing} class=${this.invalid ? 'invalid' : ''}>
          <legend>
            ${this.heading(1, html`<span class="counter" part="counter">${this.counter(id)}</span> ${questionText(id)}`, 'step-heading')}
          </legend>
          ${hint ? html`<p id="hint" class="hint">${hint}</p>` : nothing}
          ${this.invalid ? html`<p id="error" class="error-message">${errorText}</p>` : nothing}
          <div class="options" @change=${this.onChoice}>
            ${options.map((answer) => this.optionView(id, kind === 'multiple' ? 'checkbox' : 'radio', answer))}
          </div>
        </fieldset>
        <button class="primary" part="button" type="submit">${msg('Continue', { id: 'checker.continue' })}</button>
      </form>
    `;
  }

  private optionView(id: QuestionId, type: 'radio' | 'checkbox', answer: string): TemplateResult {
    const inputId = `${id}-${answer}`;
    const hint = answerHint(id, answer);
    return html`
      ${answer === 'none' && type === 'checkbox' ? html`<p class="or">${msg('or', { id: 'checker.or' })}</p>` : nothing}
      <div class="option" part="item">
        <input
          part="input"
          id=${inputId}
          type=${type}
          name=${id}
          value=${answer}
          .checked=${this.draft.includes(answer)}
          aria-invalid=${this.invalid ? 'true' : nothing}
          aria-describedby=${hint ? `${inputId}-hint` : nothing}
        />
        <label for=${inputId}>${answerText(id, answer, this.date)}</label>
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
          <dt>${questionText(id)}</dt>
          <dd>${answerValues(this.answered, id).map((answer) => answerText(id, answer, this.date)).join('; ')}</dd>
          ${withChange
            ? html`<dd class="change">
                <button type="button" class="link" part="button" @click=${() => this.change(id)}>
                  ${msg('Change', { id: 'checker.review.change' })}<span class="visually-hidden">: ${questionText(id)}</span>
                </button>
              </dd>`
            : nothing}
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
      ${resultView(result, (depth, content, id) => this.heading(depth, content, id), this.printing, this.resultFull || this.printing)}
      ${this.resultFull || this.printing ? this.answersAndActions(questions) : nothing}
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
        <button type="button" part="button" @click=${() => this.reset()}>${msg('Start again', { id: 'checker.result.restart' })}</button>
      </div>
    `;
  }

  private currentAnswer(): string[] {
    return this.step === 'review' || this.step === 'result' ? [] : answerValues(this.answered, this.step);
  }

  /** Shows `step`, announces it, moves focus to its heading and tells the host. */
  private go(step: Step, fromHistory = false): void {
    this.step = step;
    this.resultFull = false;
    this.draft = this.currentAnswer();
    this.invalid = false;
    this.moveFocus = true;
    const detail = this.stepDetail(step);
    this.emit<CoverageStepDetail>('coverage-step', detail);
    if (this.history && !fromHistory) history.pushState(null, '', `${HASH_PREFIX}${step}`);
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
    this.emit<CoverageResultDetail>('coverage-result', {
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
    // "None of these" excludes every other category, and any category excludes it.
    if (input.type === 'checkbox' && input.checked) {
      for (const other of form.querySelectorAll<HTMLInputElement>(`input[name="${input.name}"]`)) {
        if (other !== input && (input.value === 'none' || other.value === 'none')) other.checked = false;
      }
    }
    this.draft = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((checked) => checked.value);
    if (this.draft.length) this.invalid = false;
  };

  private onContinue = (event: SubmitEvent): void => {
    event.preventDefault();
    const step = this.step as QuestionId;
    const form = event.target as HTMLFormElement;
    // A click that lands before the next step is drawn belongs to a form that is gone.
    if (!form.querySelector(`input[name="${step}"]`)) return;
    const offered = answersFor(step, this.date, this.answered);
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value).filter((v) => offered.includes(v));
    if (chosen.length === 0) {
      this.invalid = true;
      this.moveFocus = false;
      // The summary is announced (role=alert); focus goes to it as GOV.UK does.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.error-summary a')?.focus());
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

  private beforePrint = (): void => {
    this.printing = true;
  };

  private afterPrint = (): void => {
    this.printing = false;
  };

  private onPopState = (): void => {
    if (!this.history) return;
    const hash = location.hash.startsWith(HASH_PREFIX) ? location.hash.slice(HASH_PREFIX.length) : '';
    const path = answeredPath(this.answered, this.date);
    const target: Step | undefined =
      hash === '' ? path[0] : hash === 'review' || hash === 'result' || path.includes(hash as QuestionId) ? (hash as Step) : undefined;
    if (target) this.go(target, true);
  };
}

function answerValues(answers: Answers, id: QuestionId): string[] {
  const value = answers[id];
  return value === undefined ? [] : Array.isArray(value) ? [...value] : [value as string];
}

declare global {
  interface HTMLElementTagNameMap {
    'coverage-checker': CoverageChecker;
  }
  interface GlobalEventHandlersEventMap {
    'coverage-step': CustomEvent<CoverageStepDetail>;
    'coverage-result': CustomEvent<CoverageResultDetail>;
    'coverage-reset': CustomEvent<Record<string, never>>;
  }
}
