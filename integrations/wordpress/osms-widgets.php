<?php
/**
 * Plugin Name:       OSMS widgets
 * Description:       Blocks and shortcodes that tell visitors, in Kazakh, Russian or English, what free medical care (GOBMP) they get and whether compulsory social health insurance (OSMS) covers them. The widgets' files are inside the plugin: no request leaves your site, and nothing about visitors is stored.
 * Version:           0.1.0
 * Requires at least: 5.8
 * Requires PHP:      7.4
 * Author:            osms-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       osms-widgets
 *
 * The MIT licence is compatible with the GNU GPL (the plugin directory's requirement);
 * the bundled Lit is under the BSD-3-Clause licence, also compatible: see license.txt.
 *
 * @package osms-widgets
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's version: also the `ver` of its script URLs, so that an update reaches every cache. */
define( 'OSMS_WIDGETS_VERSION', '0.1.0' );
define( 'OSMS_WIDGETS_FILE', __FILE__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/script.php';

add_action( 'init', 'osms_widgets_register' );
// As late as possible before the footer scripts are printed: by then every block and
// shortcode of the page has been rendered, so the file fits all the widgets on it.
add_action( 'wp_print_footer_scripts', 'osms_widgets_enqueue_used', 5 );
add_filter( 'script_loader_tag', 'osms_widgets_module_tag', 10, 3 );
add_action( 'enqueue_block_editor_assets', 'osms_widgets_editor_assets' );
