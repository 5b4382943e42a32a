// The answer when nothing matches, without the search feature (scripts/plain-search.mjs):
// "Nothing matches your search." alone.
import { html } from 'lit';
import type * as feature from '../../src/internal/search-answer.js';

export type Answer = feature.Answer;

export const answerFor: typeof feature.answerFor = () => undefined;
export const answerText: typeof feature.answerText = (_answer, none) => none;
export const renderAnswer: typeof feature.renderAnswer = (_answer, none) => html`<p>${none}</p>`;
