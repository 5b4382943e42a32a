<?php
/**
 * The widgets' script: loaded only on a page that shows a widget, once, from the
 * plugin's own folder, as the smallest file that holds every widget of the page in its
 * language. The files are the drop-in ES modules of the osms-widgets package, unchanged,
 * in assets/widgets/.
 *
 * @package osms-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets this page has shown so far: `tags` and the `langs` their `lang` attributes
 * name, each as keys. With `$tag`, first notes that the page shows it.
 *
 * @param string $tag  The element, or '' only to read.
 * @param string $lang kk, ru, en or ''.
 * @return array{tags: array<string, true>, langs: array<string, true>}
 */
function osms_widgets_used( $tag = '', $lang = '' ) {
	static $used = array(
		'tags'  => array(),
		'langs' => array(),
	);
	if ( $tag ) {
		$used['tags'][ $tag ] = true;
		if ( $lang ) {
			$used['langs'][ $lang ] = true;
		}
	}
	return $used;
}

/**
 * The file for a page, inside assets/widgets/.
 *
 * The widgets on a page all speak one language: that of their `lang` attributes when
 * they name one, else the site's locale (kk, ru_RU, en_*). One language fixed: the
 * one-language file; none we speak, or two different ones: the file with all three,
 * in which the widgets follow the page's `lang`. A page with one kind of widget takes
 * that widget's own file when the package has one.
 *
 * @param string[] $tags   The elements on the page.
 * @param string[] $langs  The languages their `lang` attributes name.
 * @param string   $locale The site's locale.
 * @param string   $folder Where the files are.
 * @return string The file name.
 */
function osms_widgets_script_file( array $tags, array $langs, $locale, $folder ) {
	$langs = array_values( array_unique( $langs ) );
	if ( count( $langs ) > 1 ) {
		$lang = '';
	} elseif ( 1 === count( $langs ) ) {
		$lang = $langs[0];
	} else {
		$lang = osms_widgets_language( $locale );
	}
	$tags = array_values( array_unique( $tags ) );
	$base = 1 === count( $tags ) && is_readable( $folder . '/' . $tags[0] . '.js' ) ? $tags[0] : 'osms-widgets';
	if ( $lang && is_readable( $folder . '/' . $base . '.' . $lang . '.js' ) ) {
		return $base . '.' . $lang . '.js';
	}
	return $base . '.js';
}

/** Enqueues the script if the page showed a widget (hooked before the footer scripts print). */
function osms_widgets_enqueue_used() {
	$used = osms_widgets_used();
	if ( ! $used['tags'] ) {
		return;
	}
	$file = osms_widgets_script_file(
		array_keys( $used['tags'] ),
		array_keys( $used['langs'] ),
		determine_locale(),
		dirname( __DIR__ ) . '/assets/widgets'
	);
	wp_enqueue_script( 'osms-widgets', plugins_url( 'assets/widgets/' . $file, OSMS_WIDGETS_FILE ), array(), OSMS_WIDGETS_VERSION, true );
}

/**
 * In the block editor, the file with all languages, so that a block's preview is the
 * live widget in the editor's language.
 */
function osms_widgets_editor_assets() {
	wp_enqueue_script( 'osms-widgets-preview', plugins_url( 'assets/widgets/osms-widgets.js', OSMS_WIDGETS_FILE ), array(), OSMS_WIDGETS_VERSION, true );
}

/**
 * Our files are ES modules: their tag gets `type="module"` (WordPress before 6.5 has no
 * other way to print one).
 *
 * @param string $tag    The tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    Its URL, with the version.
 * @return string
 */
function osms_widgets_module_tag( $tag, $handle, $src ) {
	if ( 'osms-widgets' !== $handle && 'osms-widgets-preview' !== $handle ) {
		return $tag;
	}
	return wp_get_script_tag(
		array(
			'type' => 'module',
			'src'  => $src,
			'id'   => $handle . '-js',
		)
	);
}
