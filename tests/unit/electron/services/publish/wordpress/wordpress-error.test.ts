import { describe, expect, it } from 'vitest';
import {
  errorFromAnswer,
  errorFromNetworkFailure,
} from '../../../../../../electron/services/publish/wordpress/wordpress-error.ts';

describe('WordPress errors by status and code, never by message', () => {
  it.each([
    [401, 'rest_not_logged_in', 'wordpress.bad_credentials'],
    [401, 'incorrect_password', 'wordpress.bad_credentials'],
    [401, 'rest_cannot_create', 'wordpress.bad_credentials'],
    [403, 'rest_cannot_publish', 'wordpress.cannot_publish'],
    [403, 'rest_cannot_create', 'wordpress.forbidden'],
    [403, 'rest_cannot_edit', 'wordpress.forbidden'],
    [400, 'rest_invalid_param', 'wordpress.invalid_param'],
    [400, 'term_exists', 'wordpress.term_exists'],
    [400, 'rest_invalid_json', 'wordpress.bad_request'],
    [404, 'rest_post_invalid_id', 'wordpress.post_deleted'],
    [404, 'rest_no_route', 'wordpress.not_found'],
    [413, 'rest_upload_too_large', 'wordpress.too_large'],
    [403, 'midad_upload_not_own_post', 'wordpress.picture_not_allowed'],
    [403, 'midad_upload_post_published', 'wordpress.picture_not_allowed'],
    [415, 'midad_upload_not_image', 'wordpress.picture_not_allowed'],
    [413, 'midad_upload_too_large', 'wordpress.too_large'],
    [409, 'some_conflict', 'wordpress.rejected'],
    [500, 'rest_upload_sideload_error', 'wordpress.server_error'],
    [503, 'maintenance', 'wordpress.server_error'],
  ])('HTTP %i %s → %s', (status, code, expected) => {
    expect(
      errorFromAnswer(status, { code, message: 'Sorry, you are not allowed to do that.' }).code,
    ).toBe(expected);
  });

  it('an answer that is not JSON: 401 is still credentials, 5xx a server error, 403 forbidden, anything else not JSON', () => {
    expect(errorFromAnswer(401, null).code).toBe('wordpress.bad_credentials');
    expect(errorFromAnswer(502, null).code).toBe('wordpress.server_error');
    expect(errorFromAnswer(403, null).code).toBe('wordpress.forbidden');
    expect(errorFromAnswer(404, null).code).toBe('wordpress.not_json');
  });

  it('term_exists carries the existing term id; details carry status and code, not the message', () => {
    const error = errorFromAnswer(400, {
      code: 'term_exists',
      message: 'A term with the name provided already exists.',
      data: { status: 400, term_id: 7 },
    });
    expect(error).toMatchObject({
      termId: 7,
      wordpressCode: 'term_exists',
      details: ['HTTP 400', 'term_exists'],
    });
    expect(JSON.stringify(error.toValue())).not.toContain('already exists');
  });

  it('a code that is not a plain identifier is not kept', () => {
    expect(
      errorFromAnswer(403, { code: 'Basic ZWRpdG9yOnNlY3JldA== <b>' }).wordpressCode,
    ).toBeNull();
  });

  it('network failures: refused or unknown host is unreachable, certificate trouble is TLS', () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    });
    expect(errorFromNetworkFailure(refused)).toMatchObject({
      code: 'wordpress.unreachable',
      wordpressCode: 'ECONNREFUSED',
      status: 0,
    });
    const expired = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('certificate has expired'), { code: 'CERT_HAS_EXPIRED' }),
    });
    expect(errorFromNetworkFailure(expired).code).toBe('wordpress.tls');
    const selfSigned = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    });
    expect(errorFromNetworkFailure(selfSigned).code).toBe('wordpress.tls');
    expect(errorFromNetworkFailure(new TypeError('fetch failed')).code).toBe(
      'wordpress.unreachable',
    );
  });

  it('a network failure keeps nothing of the original error', () => {
    const failure = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ECONNRESET', headers: { authorization: 'Basic c2VjcmV0' } },
    });
    const error = errorFromNetworkFailure(failure);
    expect(error.cause).toBeUndefined();
    expect(JSON.stringify(error)).not.toContain('c2VjcmV0');
  });
});
