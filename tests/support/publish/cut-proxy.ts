// A loopback TCP proxy between Midad and WordPress that can cut a connection right after
// the server has answered a chosen request: the server did the work (committed), the
// client never hears of it. php -S answers one request per connection (Connection:
// close), so a connection is a request here. Binds 127.0.0.1 only; close() stops it.
import { createConnection, createServer, type Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  path: string;
}

export interface CutProxy {
  port: number;
  url: string;
  /** Every request that went through, in order, with whether it was cut. */
  log: (ProxiedRequest & { cut: boolean })[];
  /** Cuts the next request `match` accepts (after its answer), once. */
  cutNext(match: (request: ProxiedRequest) => boolean): void;
  /** Answers nothing at all while set (a site that hangs): the client times out. */
  hang(on: boolean): void;
  close(): Promise<void>;
}

export async function startCutProxy(targetPort: number): Promise<CutProxy> {
  let pending: ((request: ProxiedRequest) => boolean) | null = null;
  let hanging = false;
  const log: CutProxy['log'] = [];
  const sockets = new Set<Socket>();

  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (hanging) return;
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    let head = Buffer.alloc(0);
    let decided = false;
    let cut = false;
    client.on('data', (data: Buffer) => {
      upstream.write(data);
      if (decided) return;
      head = Buffer.concat([head, data]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      decided = true;
      const [method = '', path = ''] = head
        .subarray(0, head.indexOf('\r\n'))
        .toString('latin1')
        .split(' ');
      const request = { method, path };
      if (pending?.(request)) {
        cut = true;
        pending = null;
      }
      log.push({ ...request, cut });
    });
    client.on('end', () => upstream.end());
    upstream.on('data', (data: Buffer) => {
      if (!cut) client.write(data);
    });
    // The server has sent its whole answer and closed: now drop the client unanswered.
    upstream.on('end', () => (cut ? client.destroy() : client.end()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the proxy has no port');
  return {
    port: address.port,
    url: `http://127.0.0.1:${address.port}`,
    log,
    cutNext: (match) => {
      pending = match;
    },
    hang: (on) => {
      hanging = on;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
