/** Display strings that every widget uses. */
import { msg } from '@lit/localize';

/** Shown next to a fact not yet found in an official text. */
export function unconfirmedNote(): string {
  return msg('Not yet confirmed in an official text — check with 1406.', { id: 'note.unconfirmed' });
}
