<?php
/**
 * Plugin Name:       Midad Bridge
 * Description:       Carries Midad's whole document (the text with its marks, review comments and suggestions, metadata) with each post, so a story travels between reporter and desk with its review notes. Only users who may edit a post can read or write it. Lets a contributor upload the images of his own unpublished posts.
 * Version:           0.2.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            Midad
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       midad-bridge
 * Update URI:        false
 */

// Midad's companion plugin: one protected post meta holding the document as JSON, a
// narrow upload right for contributors (contributor-uploads.php), and a status route by
// which the app tells that the plugin is there and what it offers. "Update URI: false" keeps
// WordPress.org from offering some other plugin of the same folder name as an update.

if (!defined('ABSPATH')) {
    exit;
}

const MIDAD_BRIDGE_VERSION = '0.2.0';
const MIDAD_BRIDGE_DOCUMENT_META = '_midad_document';
// A 20,000-word story with its review is well under 1 MB of JSON; the cap keeps one post
// from filling the database (and stays far below PHP's default post_max_size of 8 MB).
const MIDAD_BRIDGE_MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

require_once __DIR__ . '/contributor-uploads.php';

add_action('init', 'midad_bridge_register_document_meta');
add_filter('rest_pre_insert_post', 'midad_bridge_check_document', 10, 2);
add_action('rest_api_init', 'midad_bridge_register_status_route');

function midad_bridge_register_document_meta(): void
{
    register_post_meta('post', MIDAD_BRIDGE_DOCUMENT_META, [
        // The document carries its own schema version inside the JSON, so there is one
        // source of truth for it rather than a second meta that could disagree.
        'type' => 'string',
        'single' => true,
        'description' => __('Midad document: the text with its marks, review comments and suggestions, metadata (JSON).', 'midad-bridge'),
        'show_in_rest' => [
            // WordPress shows registered meta to anyone who may read the post. Limiting
            // the field to the edit context hides it from every other reader: the posts
            // controller answers context=edit only to users who may edit the post, and
            // filters the field out of view and embed responses.
            'schema' => [
                'type' => 'string',
                'context' => ['edit'],
            ],
        ],
        'auth_callback' => 'midad_bridge_may_edit_document',
    ]);
}

/** Writing (and deleting) the document is for whoever may edit the post. */
function midad_bridge_may_edit_document(bool $allowed, string $meta_key, int $post_id, int $user_id): bool
{
    return user_can($user_id, 'edit_post', $post_id);
}

/**
 * Refuses a REST create or update whose document is too large or not a JSON object,
 * before the post is touched, so a refused request changes nothing.
 *
 * @param stdClass|WP_Error $prepared_post
 * @return stdClass|WP_Error
 */
function midad_bridge_check_document($prepared_post, WP_REST_Request $request)
{
    $meta = $request['meta'];
    if (is_wp_error($prepared_post) || !is_array($meta) || !isset($meta[MIDAD_BRIDGE_DOCUMENT_META])) {
        return $prepared_post;
    }
    $document = $meta[MIDAD_BRIDGE_DOCUMENT_META];
    if (!is_string($document)) {
        return $prepared_post; // the schema's type check answers rest_invalid_type for it
    }
    $bytes = strlen($document);
    if ($bytes > MIDAD_BRIDGE_MAX_DOCUMENT_BYTES) {
        return new WP_Error(
            'midad_document_too_large',
            __('The Midad document is larger than this site accepts.', 'midad-bridge'),
            ['status' => 413, 'bytes' => $bytes, 'max_bytes' => MIDAD_BRIDGE_MAX_DOCUMENT_BYTES]
        );
    }
    if (!str_starts_with(ltrim($document), '{') || !is_array(json_decode($document, true))) {
        return new WP_Error(
            'midad_document_not_json',
            __('The Midad document is not a JSON object.', 'midad-bridge'),
            ['status' => 400]
        );
    }
    return $prepared_post;
}

function midad_bridge_register_status_route(): void
{
    register_rest_route('midad-bridge/v1', '/status', [
        'methods' => WP_REST_Server::READABLE,
        'callback' => 'midad_bridge_status',
        'permission_callback' => static fn (): bool => current_user_can('edit_posts'),
    ]);
}

/** What the app needs to know before it sends a document. */
function midad_bridge_status(): WP_REST_Response
{
    return new WP_REST_Response([
        'plugin' => 'midad-bridge',
        'version' => MIDAD_BRIDGE_VERSION,
        'documentMeta' => MIDAD_BRIDGE_DOCUMENT_META,
        'maxDocumentBytes' => MIDAD_BRIDGE_MAX_DOCUMENT_BYTES,
        'contributorUploads' => ['maxBytes' => midad_bridge_contributor_upload_max_bytes()],
    ]);
}
