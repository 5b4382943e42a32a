/** Display strings that every widget uses. */
import { msg, str } from '@lit/localize';

/** Shown next to a fact not yet found in an official text. */
export function unconfirmedNote(): string {
  return msg('Not yet confirmed in an official text — check with 1406.', { id: 'note.unconfirmed' });
}

/** "Source:", before the link to an official text. */
export function sourceWord(): string {
  return msg('Source:', { id: 'list.source' });
}

/** "In force since 1 January 2026." — `since` is the day as written for the reader. */
export function inForceSinceText(since: string): string {
  return msg(str`In force since ${since}.`, { id: 'list.in-force-since' });
}
