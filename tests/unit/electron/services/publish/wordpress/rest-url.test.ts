import { describe, expect, it } from 'vitest';
import {
  restRootForm,
  restUrl,
} from '../../../../../../electron/services/publish/wordpress/rest-url.ts';

describe('REST URLs under a discovered root', () => {
  it('pretty permalinks put the route under /wp-json/', () => {
    expect(restUrl('https://news.example/wp-json/', 'wp/v2/posts/5', { context: 'edit' })).toBe(
      'https://news.example/wp-json/wp/v2/posts/5?context=edit',
    );
    expect(restUrl('https://news.example/blog/wp-json', '/wp/v2/users/me')).toBe(
      'https://news.example/blog/wp-json/wp/v2/users/me',
    );
  });

  it('plain permalinks put the route in rest_route and the rest after &', () => {
    expect(
      restUrl('http://127.0.0.1:8090/index.php?rest_route=/', 'wp/v2/posts/5', { context: 'edit' }),
    ).toBe('http://127.0.0.1:8090/index.php?rest_route=/wp/v2/posts/5&context=edit');
    expect(restUrl('https://news.example/?rest_route=/', '')).toBe(
      'https://news.example/?rest_route=/',
    );
  });

  it('a root that is itself a sub-route keeps its base, and other parameters of the root stay', () => {
    expect(restUrl('https://news.example/?lang=ar&rest_route=/', 'wp/v2/tags')).toBe(
      'https://news.example/?rest_route=/wp/v2/tags&lang=ar',
    );
  });

  it('Arabic search terms are percent-encoded, lists joined by commas, undefined left out', () => {
    expect(
      restUrl('https://news.example/wp-json/', 'wp/v2/categories', {
        search: 'الدولية',
        include: [2, 3],
        page: undefined,
      }),
    ).toBe(
      'https://news.example/wp-json/wp/v2/categories?search=%D8%A7%D9%84%D8%AF%D9%88%D9%84%D9%8A%D8%A9&include=2%2C3',
    );
  });

  it('knows which form a root takes', () => {
    expect(restRootForm('https://news.example/wp-json/')).toBe('pretty');
    expect(restRootForm('https://news.example/index.php?rest_route=/')).toBe('query');
  });
});
