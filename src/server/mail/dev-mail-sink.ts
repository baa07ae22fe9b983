import type { AddressInfo } from 'node:net';
import type { JobLog } from '../jobs/job-worker.js';
import { parseMailMessage } from './mail-message.js';
import type { ReceivedMessage } from './message-channel.js';

export type DevMailSink = {
  url: string;
  /** What arrived, newest last; kept only when asked (end-to-end tests read invitation links from it). */
  messages: () => ReceivedMessage[];
  close: () => Promise<void>;
};

/**
 * A local SMTP server for development and tests, so mail takes the same nodemailer → SMTP path
 * as in production. smtp-server is a development dependency: it is imported only here, and this
 * runs only when no SMTP server is configured outside production (config.ts refuses that in production).
 * The log line says a message arrived, never to whom or what it said. Mail to an address at the
 * reserved .invalid domain is refused with 550.
 */
export async function startDevMailSink(options: { log: JobLog; keepMessages: boolean; now: () => Date }): Promise<DevMailSink> {
  const { SMTPServer } = await import('smtp-server');
  const kept: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'Polku development mail sink',
    logger: false,
    // The reserved .invalid domain (RFC 2606) is refused the way a real server refuses an unknown
    // mailbox, so a failing send and its retries can be seen in development and browser tests.
    onRcptTo(address, _session, callback) {
      if (/\.invalid$/i.test(address.address)) {
        callback(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        options.log.info(`development mail sink received a message (${raw.length} bytes, ${session.envelope.rcptTo.length} recipient(s))`);
        if (options.keepMessages) {
          kept.push(parseMailMessage(raw.toString('utf8'), options.now()));
          // Bounded: a long-running development server must not grow without end.
          if (kept.length > 200) kept.shift();
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages: () => [...kept],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
