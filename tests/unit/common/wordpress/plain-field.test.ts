import { describe, expect, it } from 'vitest';
import { plainTextForSite, plainTextFromSite } from '../../../../common/wordpress/plain-field.ts';

describe('a headline sent to a site', () => {
  it('carries its angle brackets as characters, never as a tag an editor’s site would print', () => {
    expect(plainTextForSite('<script>window.__xss=1</script>عنوان')).toBe(
      '&lt;script&gt;window.__xss=1&lt;/script&gt;عنوان',
    );
  });

  it('comes back as the writer typed it, and an Arabic headline is sent untouched', () => {
    const headline = 'قال: "a < b" و<b>';
    expect(plainTextFromSite(plainTextForSite(headline))).toBe(headline);
    expect(plainTextForSite('الحكومة تعلن خطة اقتصادية جديدة')).toBe(
      'الحكومة تعلن خطة اقتصادية جديدة',
    );
  });
});
