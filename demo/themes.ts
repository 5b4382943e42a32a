/** The theming properties every widget reads (see src/internal/base.styles.ts). */
export const PROPERTIES = [
  '--osms-font-family',
  '--osms-font-size',
  '--osms-color-text',
  '--osms-color-muted',
  '--osms-color-surface',
  '--osms-color-border',
  '--osms-color-accent',
  '--osms-color-on-accent',
  '--osms-color-success',
  '--osms-color-warning',
  '--osms-color-danger',
  '--osms-radius',
  '--osms-space',
  '--osms-focus-ring',
] as const;

export type Property = (typeof PROPERTIES)[number];
export type Theme = Partial<Record<Property, string>>;

/** Themes written only in `--osms-*` properties; `default` sets none. */
export const THEMES: Record<string, { label: string; values: Theme }> = {
  default: { label: 'Default (follows the page)', values: {} },
  dark: {
    label: 'Dark',
    values: {
      '--osms-color-text': '#eef0f3',
      '--osms-color-muted': '#b7bec8',
      '--osms-color-surface': '#16191d',
      '--osms-color-border': '#8d96a1',
      '--osms-color-accent': '#8cc4ff',
      '--osms-color-on-accent': '#0b1a2b',
      '--osms-color-success': '#8fdca4',
      '--osms-color-warning': '#ffc36b',
      '--osms-color-danger': '#ffb4ab',
      '--osms-focus-ring': '3px solid #ffbf47',
    },
  },
  clinic: {
    label: 'Clinic brand',
    values: {
      '--osms-font-family': '"Trebuchet MS", "Segoe UI", sans-serif',
      '--osms-color-text': '#10302c',
      '--osms-color-muted': '#3f5e59',
      '--osms-color-surface': '#f3faf8',
      '--osms-color-border': '#5f8d86',
      '--osms-color-accent': '#00695c',
      '--osms-color-on-accent': '#ffffff',
      '--osms-color-success': '#2e6b30',
      '--osms-color-warning': '#8a4b00',
      '--osms-color-danger': '#a4161a',
      '--osms-radius': '1rem',
      '--osms-space': '1.125rem',
      '--osms-focus-ring': '3px solid #c2410c',
    },
  },
};
