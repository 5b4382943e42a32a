import '../src/index.js';

// The demo's language switch: it only sets <html lang>; the widgets follow by themselves.
const radios = document.querySelectorAll<HTMLInputElement>('input[name="lang"]');
for (const radio of radios) {
  radio.checked = radio.value === document.documentElement.lang;
  radio.addEventListener('change', () => {
    if (radio.checked) document.documentElement.lang = radio.value;
  });
}

// Keep the switch honest when something else changes the page language.
new MutationObserver(() => {
  for (const radio of radios) radio.checked = radio.value === document.documentElement.lang;
}).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
