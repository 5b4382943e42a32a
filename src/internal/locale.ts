/**
 * The page locale. @lit/localize holds one locale per page, so every widget on a page
 * speaks the same language; this module decides which:
 * forced by `setLocale()` → the most recently set widget `lang` → the nearest ancestor
 * `[lang]` of the first widget → `<html lang>` → `navigator.languages` → `ru`.
 *
 * The locales are bundled (see localization.ts), so switching never fetches anything.
 */
import { localization, only } from './localization.js';
import { normalizeLocale, resolveLocale, type Locale } from './locale-resolve.js';

/** A widget as the locale cares about it. */
export interface LocaleAware extends Element {
  /** When this widget's own `lang` was last set (a page-wide sequence), 0 if never. */
  langSetAt: number;
}

const widgets = new Set<LocaleAware>();
let langSequence = 0;
let forced: Locale | undefined;
let wanted: Locale | undefined;
let pending: Promise<void> | undefined;
let observer: MutationObserver | undefined;

/** The locale the widgets render in now. */
export function getLocale(): Locale {
  return localization.getLocale() as Locale;
}

/**
 * Forces the page's widgets into `locale` (e.g. from a host's own language menu);
 * `null` goes back to reading `lang` attributes. Unknown tags are normalised
 * (`kk-KZ` → `kk`) or, if we do not speak them, ignored with a warning.
 */
export function setLocale(locale: string | null): Promise<void> {
  forced = locale === null ? undefined : normalizeLocale(locale);
  if (locale !== null && !forced) console.warn(`osms-widgets: unknown locale "${locale}"`);
  return update();
}

/** Called when a widget's own `lang` attribute changes. */
export function noteWidgetLang(widget: LocaleAware): void {
  widget.langSetAt = widget.hasAttribute('lang') ? ++langSequence : 0;
  if (widgets.has(widget)) void update();
}

export function connectWidget(widget: LocaleAware): void {
  widgets.add(widget);
  // One observer for the page: any `lang` change above or beside a widget may change the
  // chain's answer. It watches this document, and each shadow root and other document
  // (an iframe's) that holds a widget: a mutation observer does not see into those.
  observer ??= new MutationObserver(() => void update());
  observer.observe(document.documentElement, LANG_CHANGES);
  for (let root = widget.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    observer.observe(root, LANG_CHANGES);
    if (!isShadowRoot(root)) break;
  }
  void update();
}

const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

// By node type, not `instanceof`: nodes of another document (an iframe's) belong to its window's classes.
const isShadowRoot = (node: Node): node is ShadowRoot =>
  node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/** A widget still in a live page: one left in a removed iframe's document keeps its place but has no say. */
const live = (widget: LocaleAware): boolean => widget.ownerDocument.defaultView !== null;

export function disconnectWidget(widget: LocaleAware): void {
  widgets.delete(widget);
  if (widgets.size === 0) {
    observer?.disconnect();
    observer = undefined;
  } else {
    void update();
  }
}

/** Resolves when the locale the chain asks for is loaded: awaited before a first paint. */
export function localeReady(): Promise<void> | undefined {
  return pending;
}

function update(): Promise<void> {
  // A one-language build speaks its locale whatever the page asks for.
  const next = only ?? resolveLocale(candidates());
  if (next !== wanted) {
    wanted = next;
    const loading: Promise<void> = localization.setLocale(next).then(() => {
      if (pending === loading) pending = undefined;
    });
    pending = loading;
  }
  return pending ?? Promise.resolve();
}

function* candidates(): Generator<string | null | undefined> {
  yield forced;
  yield mostRecentWidgetLang();
  const first = firstWidget();
  if (first) yield nearestAncestorLang(first);
  yield document.documentElement.getAttribute('lang');
  yield* navigator.languages ?? [navigator.language];
}

function mostRecentWidgetLang(): string | null {
  let latest: LocaleAware | undefined;
  for (const widget of widgets) {
    if (widget.langSetAt > (latest?.langSetAt ?? 0) && live(widget)) latest = widget;
  }
  return latest ? latest.getAttribute('lang') : null;
}

function firstWidget(): LocaleAware | undefined {
  let first: LocaleAware | undefined;
  for (const widget of widgets) {
    if (!live(widget)) continue;
    if (!first || first.compareDocumentPosition(widget) & Node.DOCUMENT_POSITION_PRECEDING) first = widget;
  }
  return first;
}

/** The `lang` of the closest ancestor that has one, crossing shadow roots. */
function nearestAncestorLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (isElement(node) && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = isShadowRoot(node) ? node.host : node.parentNode;
  }
  return null;
}
