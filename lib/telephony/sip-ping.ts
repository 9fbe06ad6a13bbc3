import dgram from 'node:dgram';

/** Sends one OPTIONS to the server and resolves true when any SIP response comes back. */
export function sipOptionsPing(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('message', (msg) => done(msg.toString('latin1').startsWith('SIP/2.0 ')));
    socket.once('error', () => done(false));
    socket.bind(0, '127.0.0.1', () => {
      const local = socket.address().port;
      const tag = Math.random().toString(36).slice(2);
      const request = [
        `OPTIONS sip:${host}:${port} SIP/2.0`,
        `Via: SIP/2.0/UDP 127.0.0.1:${local};branch=z9hG4bK-${tag}`,
        `From: <sip:probe@127.0.0.1>;tag=${tag}`,
        `To: <sip:${host}:${port}>`,
        `Call-ID: probe-${tag}@127.0.0.1`,
        'CSeq: 1 OPTIONS',
        'Max-Forwards: 70',
        'Content-Length: 0',
        '',
        '',
      ].join('\r\n');
      socket.send(request, port, host);
    });
  });
}
