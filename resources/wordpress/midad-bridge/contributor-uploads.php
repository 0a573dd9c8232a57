<?php
// A contributor may upload an image to his own unpublished post, and nothing else: WordPress
// gives contributors no `upload_files`, so a reporter could not file a story's pictures.
// The right is granted for one REST request only (POST /wp/v2/media naming the post), after
// this file has checked the post, the real type of the bytes and their size.

if (!defined('ABSPATH')) {
    exit;
}

// A newsroom photo is a few megabytes; the site's own upload limit applies when lower.
const MIDAD_BRIDGE_MAX_CONTRIBUTOR_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The real type of the bytes => the extensions a file of that type may be named with. */
const MIDAD_BRIDGE_CONTRIBUTOR_IMAGE_TYPES = [
    'image/jpeg' => ['jpg', 'jpeg', 'jpe'],
    'image/png' => ['png'],
    'image/gif' => ['gif'],
    'image/webp' => ['webp'],
];
/** Until the desk publishes it, the story is the reporter's to illustrate. */
const MIDAD_BRIDGE_UNPUBLISHED_STATUSES = ['draft', 'pending', 'auto-draft'];

add_filter('rest_request_before_callbacks', 'midad_bridge_allow_contributor_upload', 10, 3);
add_filter('rest_request_after_callbacks', 'midad_bridge_end_contributor_upload', 10, 3);

/** The largest image a contributor may upload: this plugin's cap, or the site's limit when lower. */
function midad_bridge_contributor_upload_max_bytes(): int
{
    $site_limit = (int) wp_max_upload_size();
    return $site_limit > 0 ? min(MIDAD_BRIDGE_MAX_CONTRIBUTOR_UPLOAD_BYTES, $site_limit) : MIDAD_BRIDGE_MAX_CONTRIBUTOR_UPLOAD_BYTES;
}

/**
 * Before an upload by a user without `upload_files`: refuses it with its own code unless
 * it is an image within the cap for the user's own unpublished post, and otherwise lets
 * this request (and only it) pass WordPress's `upload_files` check.
 *
 * @param WP_REST_Response|WP_HTTP_Response|WP_Error|mixed $response
 * @return WP_REST_Response|WP_HTTP_Response|WP_Error|mixed
 */
function midad_bridge_allow_contributor_upload($response, array $handler, WP_REST_Request $request)
{
    // Visitors and users who may upload anyway get WordPress's own answer.
    if (is_wp_error($response) || !midad_bridge_is_media_create($request) || !is_user_logged_in() || current_user_can('upload_files')) {
        return $response;
    }
    $refusal = midad_bridge_contributor_upload_refusal($request);
    if ($refusal !== null) {
        return $refusal;
    }
    add_filter('user_has_cap', 'midad_bridge_grant_upload_files', 10, 4);
    return $response;
}

/**
 * The grant ends with the request's callback, whatever it answered.
 *
 * @param WP_REST_Response|WP_HTTP_Response|WP_Error|mixed $response
 * @return WP_REST_Response|WP_HTTP_Response|WP_Error|mixed
 */
function midad_bridge_end_contributor_upload($response, array $handler, WP_REST_Request $request)
{
    remove_filter('user_has_cap', 'midad_bridge_grant_upload_files', 10);
    return $response;
}

/** `upload_files` for the signed-in user only; every other capability as WordPress decides. */
function midad_bridge_grant_upload_files(array $allcaps, array $caps, array $args, WP_User $user): array
{
    if ($user->ID === get_current_user_id() && $user->ID !== 0) {
        $allcaps['upload_files'] = true;
    }
    return $allcaps;
}

function midad_bridge_is_media_create(WP_REST_Request $request): bool
{
    return $request->get_method() === 'POST' && untrailingslashit($request->get_route()) === '/wp/v2/media';
}

/** Why this upload is refused, or null when it is the contributor's image for his own unpublished post. */
function midad_bridge_contributor_upload_refusal(WP_REST_Request $request): ?WP_Error
{
    $post_id = (int) $request['post'];
    if ($post_id <= 0) {
        return new WP_Error(
            'midad_upload_needs_post',
            __('A contributor uploads an image only to one of his posts: name the post.', 'midad-bridge'),
            ['status' => 403]
        );
    }
    $post = get_post($post_id);
    if (!$post || $post->post_type !== 'post' || (int) $post->post_author !== get_current_user_id()) {
        return new WP_Error(
            'midad_upload_not_own_post',
            __('A contributor may upload images only to his own posts.', 'midad-bridge'),
            ['status' => 403]
        );
    }
    // Published, scheduled or private: no longer his to change (WordPress agrees: edit_post).
    if (!in_array($post->post_status, MIDAD_BRIDGE_UNPUBLISHED_STATUSES, true) || !current_user_can('edit_post', $post_id)) {
        return new WP_Error(
            'midad_upload_post_published',
            __('This post is no longer a draft: its images are added by the desk.', 'midad-bridge'),
            ['status' => 403]
        );
    }
    return midad_bridge_image_refusal($request);
}

/** Refuses bytes over the cap, or that are not a JPEG, PNG, GIF or WebP named as one. */
function midad_bridge_image_refusal(WP_REST_Request $request): ?WP_Error
{
    $file = midad_bridge_uploaded_file($request);
    $max_bytes = midad_bridge_contributor_upload_max_bytes();
    if ($file !== null && $file['bytes'] > $max_bytes) {
        return new WP_Error(
            'midad_upload_too_large',
            __('This image is larger than a contributor may upload to this site.', 'midad-bridge'),
            ['status' => 413, 'bytes' => $file['bytes'], 'max_bytes' => $max_bytes]
        );
    }
    // The type read from the bytes, never the name or the Content-Type header: a script or
    // an SVG renamed .png is not an image here.
    $real_type = $file === null ? false : midad_bridge_real_image_type($file);
    $extension = $file === null ? '' : strtolower(pathinfo($file['name'], PATHINFO_EXTENSION));
    $extensions = is_string($real_type) ? (MIDAD_BRIDGE_CONTRIBUTOR_IMAGE_TYPES[$real_type] ?? []) : [];
    if (!in_array($extension, $extensions, true)) {
        return new WP_Error(
            'midad_upload_not_image',
            __('A contributor may upload only JPEG, PNG, GIF or WebP images.', 'midad-bridge'),
            ['status' => 415, 'allowed' => array_keys(MIDAD_BRIDGE_CONTRIBUTOR_IMAGE_TYPES)]
        );
    }
    return null;
}

/**
 * The upload as WordPress will read it: a multipart `file`, or the raw body named by its
 * Content-Disposition (how Midad sends it).
 *
 * @return array{name: string, bytes: int, path?: string, data?: string}|null
 */
function midad_bridge_uploaded_file(WP_REST_Request $request): ?array
{
    $files = $request->get_file_params();
    if (!empty($files['file']) && is_array($files['file']) && is_string($files['file']['tmp_name'] ?? null)) {
        return ['name' => (string) $files['file']['name'], 'bytes' => (int) $files['file']['size'], 'path' => $files['file']['tmp_name']];
    }
    $data = $request->get_body();
    if ($data === '') {
        return null;
    }
    $name = WP_REST_Attachments_Controller::get_filename_from_disposition($request->get_header_as_array('content_disposition') ?? []);
    return ['name' => (string) $name, 'bytes' => strlen($data), 'data' => $data];
}

/** @param array{path?: string, data?: string} $file */
function midad_bridge_real_image_type(array $file): string|false
{
    $size = isset($file['path']) ? @getimagesize($file['path']) : @getimagesizefromstring($file['data'] ?? '');
    return is_array($size) && isset($size['mime']) ? $size['mime'] : false;
}
