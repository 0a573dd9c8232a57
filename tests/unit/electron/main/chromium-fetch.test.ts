// WordPress through the desktop app's fetch (Chromium's network stack, net.request): the
// client behaves as with Node's fetch. net.request is a stand-in over Node's http that
// copies ClientRequest's documented behaviour (tests/support/electron/net-request-stand-in.ts).
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { chromiumFetch, type ChromiumRequest } from '../../../../electron/main/chromium-fetch.ts';
import { downloadFromSite } from '../../../../electron/services/publish/review/site-pictures.ts';
import { systemClock, type Clock } from '../../../../electron/services/publish/wordpress/clock.ts';
import { contentDisposition } from '../../../../electron/services/publish/wordpress/wordpress-client.ts';
import { WordPressHttp } from '../../../../electron/services/publish/wordpress/wordpress-http.ts';
import {
  standInNetRequest,
  type SentRequest,
} from '../../../support/electron/net-request-stand-in.ts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

async function site(
  handle: (request: IncomingMessage, body: Buffer, response: ServerResponse) => void,
): Promise<string> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, Buffer.concat(chunks), response));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function desktopHttp(
  sent: SentRequest[] = [],
  options: { clock?: Clock; authorization?: string } = {},
) {
  return new WordPressHttp({
    fetch: chromiumFetch(standInNetRequest(sent)),
    clock: options.clock ?? systemClock,
    authorization: options.authorization,
  });
}

describe("the desktop app's fetch for WordPress", () => {
  it('keeps the address a site redirected to, as discovery needs', async () => {
    const url = await site((request, _body, response) => {
      if (request.url === '/') response.writeHead(301, { location: '/news/' }).end();
      else
        response
          .writeHead(200, {
            'content-type': 'text/html',
            link: '</news/wp-json/>; rel="https://api.w.org/"',
          })
          .end('<html></html>');
    });
    const answer = await desktopHttp().send(`${url}/`);
    expect(answer).toMatchObject({ status: 200, url: `${url}/news/`, text: '<html></html>' });
    expect(answer.headers.get('link')).toContain('/news/wp-json/');
  });

  it('hands a redirected write its redirect, never re-sending it as a GET elsewhere', async () => {
    const sent: SentRequest[] = [];
    const url = await site((_request, _body, response) =>
      response.writeHead(301, { location: '/elsewhere' }).end(),
    );
    const answer = await desktopHttp(sent).send(`${url}/wp-json/wp/v2/posts`, {
      method: 'POST',
      json: { title: 'خبر' },
    });
    expect(answer.status).toBe(301);
    expect(answer.headers.get('location')).toBe('/elsewhere');
    expect(sent.map((request) => request.method)).toEqual(['POST']);
  });

  it('uploads a picture byte for byte, with its name and the credentials', async () => {
    const picture = Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x80, 0xfe, 0x0a, 0x0d]);
    let received: { body: Buffer; headers: IncomingMessage['headers'] } | undefined;
    const url = await site((request, body, response) => {
      received = { body, headers: request.headers };
      response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":7}');
    });
    const http = desktopHttp([], { authorization: 'Basic ZWRpdG9yOnNlY3JldA==' });
    const answer = await http.json(`${url}/wp-json/wp/v2/media`, {
      method: 'POST',
      body: new Uint8Array(picture),
      headers: {
        'content-type': 'image/jpeg',
        'content-disposition': 'attachment; filename="photo.jpg"',
      },
    });
    expect(answer.body).toEqual({ id: 7 });
    expect(received?.body.equals(picture)).toBe(true);
    expect(received?.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-disposition': 'attachment; filename="photo.jpg"',
      authorization: 'Basic ZWRpdG9yOnNlY3JldA==',
    });
  });

  it("sends an Arabic file name as the same UTF-8 bytes as Node's fetch, and reads non-ASCII headers as it does", async () => {
    const received: Buffer[] = [];
    const url = await site((request, _body, response) => {
      const rawIndex = request.rawHeaders.findIndex(
        (name) => name.toLowerCase() === 'content-disposition',
      );
      if (rawIndex >= 0) received.push(Buffer.from(request.rawHeaders[rawIndex + 1]!, 'latin1'));
      response.setHeader('x-site-name', Buffer.from('أخبار', 'utf8').toString('latin1'));
      response.writeHead(201, { 'content-type': 'application/json' }).end('{"id":8}');
    });
    // What the client's media upload sends (wordpress-client.ts).
    const answer = await desktopHttp().send(`${url}/wp-json/wp/v2/media`, {
      method: 'POST',
      body: new Uint8Array([0xff, 0xd8, 0xff]),
      headers: {
        'content-type': 'image/jpeg',
        'content-disposition': contentDisposition('صورة الغلاف.jpg'),
      },
    });
    expect(received.map((bytes) => bytes.toString('utf8'))).toEqual([
      'attachment; filename="صورة الغلاف.jpg"',
    ]);
    expect(answer.headers.get('x-site-name')).toBe(Buffer.from('أخبار', 'utf8').toString('latin1'));
  });

  it("brings a site's picture across a redirect on the same site", async () => {
    const url = await site((request, _body, response) => {
      if (request.url === '/old.jpg')
        response.writeHead(302, { location: '/uploads/new.jpg' }).end();
      else response.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([1, 2, 3]));
    });
    const outcome = await downloadFromSite(
      { fetch: chromiumFetch(standInNetRequest()), clock: systemClock },
      `${url}/old.jpg`,
      url,
    );
    expect(outcome).toEqual({ bytes: new Uint8Array([1, 2, 3]) });
  });

  it('gives up on a site that stops in the middle of its answer, as a timeout', async () => {
    let fireTimer = () => {};
    const clock: Clock = {
      now: () => new Date(),
      startTimer: (_ms, callback) => ((fireTimer = callback), () => {}),
    };
    let bodyStarted = () => {};
    const started = new Promise<void>((resolve) => (bodyStarted = resolve));
    const url = await site((_request, _body, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":', () => bodyStarted());
    });
    const sending = desktopHttp([], { clock }).send(`${url}/wp-json/`);
    await started;
    fireTimer();
    await expect(sending).rejects.toMatchObject({ code: 'wordpress.timeout' });
  });

  it('does not carry the credentials to another site a request is redirected to', async () => {
    const sentToOther: string[] = [];
    const other = await site((request, _body, response) => {
      sentToOther.push(String(request.headers.authorization));
      response.writeHead(200).end('{}');
    });
    const url = await site((_request, _body, response) =>
      response.writeHead(302, { location: `${other}/wp-json/` }).end(),
    );
    const sending = desktopHttp([], { authorization: 'Basic ZWRpdG9yOnNlY3JldA==' }).send(
      `${url}/wp-json/`,
    );
    await expect(sending).rejects.toMatchObject({ code: 'wordpress.unreachable' });
    expect(sentToOther).toEqual([]);
  });

  it('tells a certificate the system does not trust as a certificate problem', async () => {
    // Chromium reports it as net::ERR_CERT_AUTHORITY_INVALID (net::ErrorToString).
    class UntrustedRequest extends EventEmitter implements ChromiumRequest {
      setHeader() {}
      write() {}
      abort() {}
      end() {
        queueMicrotask(() => this.emit('error', new Error('net::ERR_CERT_AUTHORITY_INVALID')));
      }
    }
    const http = new WordPressHttp({
      fetch: chromiumFetch(() => new UntrustedRequest()),
      clock: systemClock,
    });
    await expect(http.send('https://news.example/wp-json/')).rejects.toMatchObject({
      code: 'wordpress.tls',
      wordpressCode: 'ERR_CERT_AUTHORITY_INVALID',
    });
  });

  it('reaches only http and https addresses (net.request also opens file: and app://)', async () => {
    const sent: SentRequest[] = [];
    await expect(chromiumFetch(standInNetRequest(sent))('file:///etc/passwd')).rejects.toThrow(
      TypeError,
    );
    expect(sent).toEqual([]);
  });
});
