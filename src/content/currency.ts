/**
 * Display strings for a copy of the widgets whose rules may be out of date: shown when
 * the rules date is past the last day the data covers with confidence.
 */
import { msg, str } from '@lit/localize';

/** The notice's first sentence; `reviewed` is the day the rules were last checked, written out. */
export function staleText(reviewed: string): string {
  return msg(str`This information may be out of date: its rules were last checked on ${reviewed}, and the law changes every year.`, {
    id: 'stale.text',
  });
}

/** Introduces the places to check the rules in force (a link to msqory.kz and the hotline follow). */
export function staleCheck(): string {
  return msg('Check the rules in force with the Social Health Insurance Fund:', { id: 'stale.check' });
}

/** The text of the link that calls the hotline. */
export function staleHotline(): string {
  return msg('free hotline 1406', { id: 'stale.hotline' });
}
