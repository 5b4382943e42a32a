import { html, type TemplateResult } from 'lit';
import { listGapsOn, type PackageId } from '../core/index.js';
import { listGapText } from '../content/services.js';
import { sourceWord } from '../content/notes.js';
import { sourceLabel } from './format.js';

/**
 * What is not yet known of a package's list on `date` (e.g. the 2027 lists, published only
 * in part), with its source: one note per gap, none when the list is known.
 */
export function listGapsView(pkg: PackageId, date: string): TemplateResult[] {
  return listGapsOn(date, pkg).map(
    (gap) =>
      html`<p class="note gap" role="note">
        ${listGapText(gap.id)} ${sourceWord()} <a href=${gap.source}>${sourceLabel(gap.source)}</a>
      </p>`,
  );
}
