<?php
/**
 * The three elements as shortcodes and blocks. Each block's block.json lists the
 * element's attributes (camelCase, as block attributes are named); the shortcodes take
 * the same ones under the element's own names (`rules-date`, or `rules_date`). Every value
 * is checked against that schema, and every value written into the page is escaped.
 *
 * @package osms-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements: tag => shortcode.
 *
 * @return array<string, string>
 */
function osms_widgets_elements() {
	return array(
		'coverage-checker' => 'coverage_checker',
		'service-list'     => 'service_list',
		'exemption-list'   => 'exemption_list',
	);
}

/**
 * The no-JS fallback of each element: a link to the Fund's site, shown until the
 * script has run (and where it cannot run). The same words as the demo's snippets.
 *
 * @param string $tag  The element.
 * @param string $lang kk, ru or en.
 * @return string
 */
function osms_widgets_fallback_text( $tag, $lang ) {
	$texts = array(
		'coverage-checker' => array(
			'kk' => 'МӘМС-тегі мәртебеңізді msqory.kz сайтында тексеріңіз',
			'ru' => 'Проверить свой статус в ОСМС на msqory.kz',
			'en' => 'Check your health insurance status on msqory.kz',
		),
		'service-list'     => array(
			'kk' => 'ТМККК мен МӘМС-ке не кіреді (msqory.kz)',
			'ru' => 'Что входит в ГОБМП и ОСМС (msqory.kz)',
			'en' => 'What free medical care and OSMS include (msqory.kz)',
		),
		'exemption-list'   => array(
			'kk' => 'Мемлекет кімдер үшін МӘМС жарналарын төлейді (msqory.kz)',
			'ru' => 'За кого государство платит взносы ОСМС (msqory.kz)',
			'en' => 'Who the state pays OSMS contributions for (msqory.kz)',
		),
	);
	return $texts[ $tag ][ $lang ];
}

/** Registers the blocks, the shortcodes and the editor's script. */
function osms_widgets_register() {
	wp_register_script(
		'osms-widgets-editor',
		plugins_url( 'assets/editor.js', OSMS_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		OSMS_WIDGETS_VERSION,
		true
	);
	foreach ( osms_widgets_elements() as $tag => $shortcode ) {
		register_block_type(
			dirname( __DIR__ ) . '/blocks/' . $tag,
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					return osms_widgets_render( $tag, (array) $attributes, get_block_wrapper_attributes() );
				},
			)
		);
		add_shortcode(
			$shortcode,
			function ( $atts ) use ( $tag ) {
				return osms_widgets_render( $tag, osms_widgets_shortcode_attributes( $tag, $atts ) );
			}
		);
	}
}

/**
 * The attributes an element takes, from its block.json: name (camelCase) => schema.
 *
 * @param string $tag The element.
 * @return array<string, array>
 */
function osms_widgets_attribute_schemas( $tag ) {
	static $schemas = array();
	if ( ! isset( $schemas[ $tag ] ) ) {
		$file = dirname( __DIR__ ) . '/blocks/' . $tag . '/block.json';
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$metadata         = json_decode( (string) file_get_contents( $file ), true );
		$schemas[ $tag ] = isset( $metadata['attributes'] ) ? $metadata['attributes'] : array();
	}
	return $schemas[ $tag ];
}

/**
 * `rulesDate` → `rules-date`: a block attribute's name as the element's attribute.
 *
 * @param string $name camelCase.
 * @return string
 */
function osms_widgets_kebab( $name ) {
	return strtolower( preg_replace( '/[A-Z]/', '-$0', $name ) );
}

/**
 * A shortcode's attributes under their block names. WordPress hands `[service_list
 * searchable]` over as a value without a name: a bare name switches a boolean on.
 * `rules-date`, `rules_date` and `rulesdate` are all `rulesDate`.
 *
 * @param string       $tag  The element.
 * @param array|string $atts As WordPress parsed them ('' when there are none).
 * @return array
 */
function osms_widgets_shortcode_attributes( $tag, $atts ) {
	$given = array();
	foreach ( is_array( $atts ) ? $atts : array() as $key => $value ) {
		if ( is_int( $key ) ) {
			$key   = (string) $value;
			$value = true;
		}
		$given[ strtolower( str_replace( array( '-', '_' ), '', $key ) ) ] = $value;
	}
	$by_name = array();
	foreach ( array_keys( osms_widgets_attribute_schemas( $tag ) ) as $name ) {
		$key = strtolower( $name );
		if ( array_key_exists( $key, $given ) ) {
			$by_name[ $name ] = $given[ $key ];
		}
	}
	return $by_name;
}

/**
 * A language tag as the widgets' language: `kk`, `ru` or `en`, or '' for any other.
 * Takes WordPress locales (`kk`, `ru_RU`, `en_GB`) and BCP 47 tags (`kk-KZ`).
 *
 * @param string $tag The tag.
 * @return string
 */
function osms_widgets_language( $tag ) {
	$primary = strtolower( (string) preg_replace( '/[-_].*$/', '', trim( (string) $tag ) ) );
	if ( 'kk' === $primary || 'kz' === $primary ) {
		return 'kk';
	}
	return in_array( $primary, array( 'ru', 'en' ), true ) ? $primary : '';
}

/**
 * A boolean as an editor may write it in a shortcode: `searchable`, `searchable="yes"`,
 * `searchable="1"`, `searchable="true"`; `"no"`, `"0"`, `"false"`, `"off"` switch it off.
 *
 * @param mixed $value The value.
 * @return bool
 */
function osms_widgets_switched_on( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return ! in_array( strtolower( trim( (string) $value ) ), array( 'no', '0', 'false', 'off' ), true );
}

/**
 * One attribute's value, checked against its schema from block.json with WordPress's
 * own REST schema functions: the value to write, `true` for a boolean that is on, or
 * null when the attribute is left out (absent, off, empty or not valid).
 *
 * @param string $name   Block attribute name.
 * @param array  $schema Its schema.
 * @param mixed  $value  The value given.
 * @return string|true|null
 */
function osms_widgets_attribute_value( $name, array $schema, $value ) {
	if ( 'boolean' === $schema['type'] ) {
		return osms_widgets_switched_on( $value ) ? true : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( 'lang' === $name ) {
		$value = osms_widgets_language( $value );
	}
	if ( '' === $value ) {
		return null;
	}
	unset( $schema['default'] );
	if ( true !== rest_validate_value_from_schema( $value, $schema, $name ) ) {
		return null;
	}
	$value = (string) rest_sanitize_value_from_schema( $value, $schema, $name );
	if ( osms_widgets_is_url( $schema ) ) {
		// The elements follow http(s) and relative links only.
		$value = esc_url_raw( $value, array( 'http', 'https' ) );
	}
	return '' === $value ? null : $value;
}

/**
 * Whether an attribute holds a URL.
 *
 * @param array $schema Its schema.
 * @return bool
 */
function osms_widgets_is_url( array $schema ) {
	return isset( $schema['format'] ) && 'uri' === $schema['format'];
}

/**
 * The element's HTML, with its fallback link; notes the element for the script.
 *
 * @param string $tag      The element.
 * @param array  $given    Block attributes (camelCase) => values.
 * @param string $wrapper  Extra attributes of a block (its class), already escaped.
 * @return string
 */
function osms_widgets_render( $tag, array $given, $wrapper = '' ) {
	$html = '';
	$lang = '';
	foreach ( osms_widgets_attribute_schemas( $tag ) as $name => $schema ) {
		if ( ! array_key_exists( $name, $given ) ) {
			continue;
		}
		$value = osms_widgets_attribute_value( $name, $schema, $given[ $name ] );
		if ( null === $value ) {
			continue;
		}
		if ( true === $value ) {
			$html .= ' ' . esc_attr( osms_widgets_kebab( $name ) );
			continue;
		}
		if ( 'lang' === $name ) {
			$lang = $value;
		}
		$html .= sprintf(
			' %s="%s"',
			esc_attr( osms_widgets_kebab( $name ) ),
			osms_widgets_is_url( $schema ) ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value )
		);
	}
	osms_widgets_used( $tag, $lang );
	$fallback_lang = $lang ? $lang : osms_widgets_language( determine_locale() );
	return sprintf(
		'<%1$s%2$s%3$s><a href="%4$s">%5$s</a></%1$s>',
		$tag,
		$wrapper ? ' ' . $wrapper : '',
		$html,
		esc_url( 'https://msqory.kz' ),
		esc_html( osms_widgets_fallback_text( $tag, $fallback_lang ? $fallback_lang : 'ru' ) )
	);
}
