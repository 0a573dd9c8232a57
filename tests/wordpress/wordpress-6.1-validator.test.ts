// WordPress 6.1.9's own block parser and validator (Debian's package) on every block the
// serializer writes. 6.1 is the site Midad publishes to: its editor must save our markup
// back byte for byte.
import { describe, it } from 'vitest';
import { describeValidator } from './validators/validator-suite.ts';
import { loadWordPress61, wordpressInstalled, WORDPRESS_DIR } from './validators/wordpress-6.1.ts';

const INSTALL = 'apt-get install -y -o DPkg::Lock::Timeout=600 --no-install-recommends wordpress';

if (wordpressInstalled()) {
  describeValidator({
    title: 'WordPress 6.1 block validator',
    load: loadWordPress61,
    resaved: (markup) => markup,
  });
} else if (process.env.MIDAD_SKIP_WORDPRESS === '1') {
  console.warn(
    `Skipping the WordPress 6.1 validator tests: ${WORDPRESS_DIR} is missing and MIDAD_SKIP_WORDPRESS=1.`,
  );
  describe.skip('WordPress 6.1 block validator (skipped: MIDAD_SKIP_WORDPRESS=1)', () => {
    it('needs the wordpress package', () => {});
  });
} else {
  describe('WordPress 6.1 block validator', () => {
    it('needs Debian’s wordpress package', () => {
      throw new Error(
        `${WORDPRESS_DIR} is missing. Install it with: ${INSTALL} (or set MIDAD_SKIP_WORDPRESS=1 to skip).`,
      );
    });
  });
}
