/**
 * Display strings for a copy of the widgets whose rules may be out of date: shown when
 * the rules date is past the last day the data covers with confidence.
 */
import { msg, str } from '@lit/localize';

/** The notice's first sentence; `reviewed` is the day the rules were last checked, written out. */
export function staleText(reviewed: string): string {
  return msg(str`This information may be out of date: its rules were checked on ${reviewed}.`, {
    id: 'stale.text',
  });
}

/** Introduces the places to check the rules in force (links to msqory.kz and the hotline 1406 follow). */
export function staleCheck(): string {
  return msg('Check the rules in force:', { id: 'stale.check' });
}
