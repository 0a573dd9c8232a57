<?php
// Installs a fresh WordPress for a test run (Debian 12 has no wp-cli) and prints, as JSON,
// the users with their application passwords and the categories it made.
// Arguments: config name, site URL, permalinks ('pretty' | 'plain'), locale, and optionally
// the plugins to activate (comma-separated, e.g. midad-bridge/midad-bridge.php).
[$script, $config, $siteUrl, $permalinks, $locale] = $argv;
$plugins = array_filter(explode(',', $argv[5] ?? ''));
$_SERVER['WORDPRESS_CONFIG'] = $config;
$_SERVER['HTTP_HOST'] = parse_url($siteUrl, PHP_URL_HOST);
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$adminPassword = wp_generate_password(24, false);
$installed = wp_install('موقع اختبار مداد', 'admin', 'admin@example.test', false, '', wp_slash($adminPassword), $locale);
update_option('WPLANG', $locale);
// Under CLI, wp_install cannot tell that URL rewriting works: set the structure explicitly.
update_option('permalink_structure', $permalinks === 'pretty' ? '/%year%/%monthnum%/%postname%/' : '');
flush_rewrite_rules(false);

// The plugin folders are already in wp-content/plugins; activating them is what an admin
// does under Plugins, activation hooks included.
foreach ($plugins as $plugin) {
    $activated = activate_plugin($plugin);
    if (is_wp_error($activated)) {
        fwrite(STDERR, "$plugin: {$activated->get_error_message()}");
        exit(1);
    }
}

function midad_app_password(int $userId): string {
    [$password] = WP_Application_Passwords::create_new_application_password($userId, ['name' => 'midad-tests']);
    return $password;
}

$users = ['admin' => ['login' => 'admin', 'id' => (int) $installed['user_id'], 'loginPassword' => $adminPassword]];
foreach (['editor' => 'محرر', 'author' => 'كاتب', 'contributor' => 'مراسل'] as $role => $name) {
    $password = wp_generate_password(24, false);
    $id = wp_insert_user([
        'user_login' => $role,
        'user_pass' => $password,
        'user_email' => "$role@example.test",
        'display_name' => $name,
        'role' => $role,
        'locale' => $locale,
    ]);
    if (is_wp_error($id)) {
        fwrite(STDERR, $id->get_error_message());
        exit(1);
    }
    $users[$role] = ['login' => $role, 'id' => (int) $id, 'loginPassword' => $password];
}
foreach ($users as $role => $user) {
    $users[$role]['appPassword'] = midad_app_password($user['id']);
}

$categories = [];
foreach (['سياسة', 'اقتصاد'] as $name) {
    $term = wp_insert_term($name, 'category');
    $categories[] = ['id' => (int) $term['term_id'], 'name' => $name];
}

echo json_encode(['users' => $users, 'categories' => $categories], JSON_UNESCAPED_UNICODE);
