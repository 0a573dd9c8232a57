<?php
// Router for `php -S` in the WordPress tests: picks this run's config file, serves
// /wp-content/ from the run's own content folder, sends everything else to WordPress.
$_SERVER['WORDPRESS_CONFIG'] = getenv('MIDAD_WP_CONFIG');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');

if (str_starts_with($path, '/wp-content/')) {
    $root = realpath(getenv('MIDAD_WP_CONTENT_DIR'));
    $file = realpath($root . substr($path, strlen('/wp-content')));
    if ($file === false || !str_starts_with($file, $root . '/') || !is_file($file) || str_ends_with($file, '.php')) {
        http_response_code(404);
        return true;
    }
    header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}

// Real files under the docroot (wp-admin scripts, wp-includes assets) are served as they are.
if ($path !== '/' && is_file($_SERVER['DOCUMENT_ROOT'] . $path)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
