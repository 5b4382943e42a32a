// The blocks in the editor: a preview rendered by the server (the same HTML as on the
// page, made live by the widgets' script) and a settings panel built from each block's
// attributes in block.json. Plain JavaScript over WordPress's own packages: no build step.
(function (wp) {
  const { createElement: el, Fragment } = wp.element;
  const { __ } = wp.i18n;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  const LABELS = {
    lang: __('Language', 'osms-widgets'),
    headingLevel: __('Heading level', 'osms-widgets'),
    rulesDate: __('Rules of the day', 'osms-widgets'),
    history: __('Steps in the browser history (Back returns to the previous question)', 'osms-widgets'),
    package: __('Package', 'osms-widgets'),
    view: __('View', 'osms-widgets'),
    searchable: __('Filter box', 'osms-widgets'),
    checkerHref: __('Address of your coverage check page', 'osms-widgets'),
  };
  const HELP = {
    lang: __('By default, the language of the site.', 'osms-widgets'),
    rulesDate: __('Leave empty for today. A later date previews announced changes.', 'osms-widgets'),
    checkerHref: __('Each group then links there. Leave empty for no link.', 'osms-widgets'),
  };
  const CHOICES = {
    lang: { kk: 'Қазақша', ru: 'Русский', en: 'English' },
    package: {
      all: __('Free care and insurance (GOBMP and OSMS)', 'osms-widgets'),
      gobmp: __('Free care (GOBMP)', 'osms-widgets'),
      osms: __('Insurance (OSMS)', 'osms-widgets'),
    },
    view: { list: __('List', 'osms-widgets'), compare: __('Table', 'osms-widgets') },
  };
  // Added by WordPress to every block; not the element's.
  const NOT_OURS = new Set(['lock', 'className', 'style']);

  function control(name, schema, value, set) {
    const label = LABELS[name] || name;
    const help = HELP[name];
    if (schema.type === 'boolean') {
      return el(ToggleControl, { key: name, label, help, checked: Boolean(value), onChange: (on) => set(on) });
    }
    if (schema.enum) {
      const options = [{ value: '', label: __('Default', 'osms-widgets') }].concat(
        schema.enum.map((choice) => ({
          value: String(choice),
          label: (CHOICES[name] || {})[choice] || String(choice),
        })),
      );
      return el(SelectControl, {
        key: name,
        label,
        help,
        value: value === undefined ? '' : String(value),
        options,
        onChange: (chosen) =>
          set(chosen === '' ? undefined : schema.type === 'integer' ? Number.parseInt(chosen, 10) : chosen),
      });
    }
    return el(TextControl, {
      key: name,
      label,
      help,
      type: name === 'rulesDate' ? 'date' : schema.format === 'uri' ? 'url' : 'text',
      value: value || '',
      onChange: (text) => set(text.trim() === '' ? undefined : text.trim()),
    });
  }

  for (const tag of ['coverage-checker', 'service-list', 'exemption-list']) {
    const name = `osms-widgets/${tag}`;
    wp.blocks.registerBlockType(name, {
      edit(props) {
        const schemas = wp.blocks.getBlockType(name).attributes;
        const controls = Object.keys(schemas)
          .filter((key) => !NOT_OURS.has(key))
          .map((key) =>
            control(key, schemas[key], props.attributes[key], (value) => props.setAttributes({ [key]: value })),
          );
        return el(
          Fragment,
          null,
          el(InspectorControls, null, el(PanelBody, { title: __('Settings', 'osms-widgets') }, controls)),
          el('div', useBlockProps(), el(ServerSideRender, { block: name, attributes: props.attributes })),
        );
      },
      save: () => null,
    });
  }
})(window.wp);
