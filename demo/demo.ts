import '../src/index.js';
import { PROPERTIES, THEMES, type Theme } from './themes.js';
import { embedSnippet, type Lang, type Tag } from './snippet.js';

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;
const $$ = <T extends Element>(selector: string, root: ParentNode = document) => [
  ...root.querySelectorAll<T>(selector),
];
const radioValue = (name: string) => $<HTMLInputElement>(`input[name="${name}"]:checked`).value;

function radio(name: string, value: string, text: string, checked: boolean): HTMLLabelElement {
  const label = document.createElement('label');
  const input = Object.assign(document.createElement('input'), { type: 'radio', name, value, checked });
  label.append(input, ` ${text}`);
  return label;
}

// Language: the switch only sets <html lang>; the widgets follow by themselves.
const langRadios = $$<HTMLInputElement>('input[name="lang"]');
const showLang = () => langRadios.forEach((r) => (r.checked = r.value === document.documentElement.lang));
langRadios.forEach((r) => r.addEventListener('change', () => (document.documentElement.lang = r.value)));
new MutationObserver(() => {
  showLang();
  update();
}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
showLang();

// Theme: only --osms-* properties, set on the frame around the widgets; one input each.
const stage = $<HTMLElement>('#widgets');
const inputs = new Map(
  PROPERTIES.map((name) => {
    const id = `prop${name.slice(6)}`;
    const label = Object.assign(document.createElement('label'), { htmlFor: id });
    label.append(Object.assign(document.createElement('code'), { textContent: name }));
    const input = Object.assign(document.createElement('input'), {
      type: 'text',
      id,
      placeholder: 'default',
      spellcheck: false,
    });
    input.addEventListener('input', () => applyProperty(name, input.value));
    $('#props').append(label, input);
    return [name, input] as const;
  }),
);

function applyProperty(name: string, value: string): void {
  if (value.trim()) stage.style.setProperty(name, value.trim());
  else stage.style.removeProperty(name);
  update();
}

function applyTheme(values: Theme): void {
  for (const [name, input] of inputs) {
    input.value = values[name] ?? '';
    applyProperty(name, input.value);
  }
}

for (const [id, theme] of Object.entries(THEMES)) {
  const label = radio('theme', id, theme.label, id === 'default');
  label.querySelector('input')!.addEventListener('change', () => applyTheme(theme.values));
  $('#theme').append(label);
}

// The phone-width preview: the widgets in a 390 px frame (they adapt to their own width).
const phone = $<HTMLInputElement>('#phone');
phone.addEventListener('change', () => stage.classList.toggle('phone', phone.checked));

// Each element's options (in the settings beside the widgets) write its attributes:
// empty text removes one, a checkbox toggles it.
for (const fieldset of $$<HTMLFieldSetElement>('fieldset[data-for]')) {
  const element = $<HTMLElement>(`#widgets ${fieldset.dataset.for!}`);
  for (const select of $$<HTMLSelectElement>('select[data-attr="heading-level"]', fieldset)) {
    for (const level of ['1', '2', '3', '4', '5', '6'])
      select.add(new Option(level, level, false, level === element.getAttribute('heading-level')));
  }
  fieldset.addEventListener('input', (event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const name = control.dataset.attr;
    if (!name) return;
    if (control instanceof HTMLInputElement && control.type === 'checkbox')
      element.toggleAttribute(name, control.checked);
    else if (control.value.trim()) element.setAttribute(name, control.value.trim());
    else element.removeAttribute(name);
    update();
  });
}

// Each widget's embed snippet, next to it: the element with its current attributes, and the theme.
const sections = $$<HTMLElement>('.widget');
function update(): void {
  const theme: Theme = {};
  if ($<HTMLInputElement>('#embed-theme').checked) for (const [name, input] of inputs) theme[name] = input.value;
  for (const section of sections) {
    const tag = section.dataset.tag as Tag;
    const element = $<HTMLElement>(tag, section);
    $<HTMLTextAreaElement>('.snippet', section).value = embedSnippet({
      tag,
      attributes: element
        .getAttributeNames()
        .filter((n) => n !== 'id')
        .map((n) => [n, element.getAttribute(n)!]),
      script: radioValue('embed-script') as 'module' | 'classic',
      base: $<HTMLInputElement>('#embed-base').value.trim() || '/',
      theme,
      lang: (['kk', 'ru', 'en'].includes(document.documentElement.lang) ? document.documentElement.lang : 'ru') as Lang,
      ...(radioValue('embed-languages') === 'all' ? {} : { only: radioValue('embed-languages') as Lang }),
      alone: $<HTMLInputElement>('#embed-alone').checked,
    });
  }
}
$('#embed').addEventListener('input', update);

// Copy: the clipboard where allowed, else select the text for Ctrl+C.
for (const section of sections) {
  const snippet = $<HTMLTextAreaElement>('.snippet', section);
  const status = $<HTMLElement>('.copy-status', section);
  $('.copy', section).addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.value);
      status.textContent = 'Copied.';
    } catch {
      snippet.focus();
      snippet.select();
      status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
    }
  });
}

update();
