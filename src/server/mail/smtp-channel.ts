import nodemailer from 'nodemailer';
import type { MessageChannel, OutgoingMessage } from './message-channel.js';

/**
 * E-mail over SMTP with nodemailer. Timeouts are short enough that a hung server fails the job
 * (and the queue retries it) well within the job's lease.
 */
export function createSmtpChannel(options: { url: string; from: string }): MessageChannel {
  const transport = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  const location = new URL(options.url);
  return {
    kind: 'email',
    send: async (message: OutgoingMessage) => {
      const info = await transport.sendMail({
        from: options.from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        headers: { 'Content-Language': message.language },
      });
      if (info.rejected.length > 0) throw new Error('the SMTP server rejected the recipient');
    },
    describe: () => `${location.protocol}//${location.hostname}:${location.port || (location.protocol === 'smtps:' ? 465 : 587)}`,
    close: async () => transport.close(),
  };
}
