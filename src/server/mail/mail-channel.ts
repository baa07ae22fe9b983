import type { Config } from '../config.js';
import type { JobLog } from '../jobs/job-worker.js';
import { startDevMailSink, type DevMailSink } from './dev-mail-sink.js';
import type { MessageChannel, OutgoingMessage, ReceivedMessage } from './message-channel.js';
import { createSmtpChannel } from './smtp-channel.js';

export type MailChannel = MessageChannel & {
  /** Messages the development sink kept (end-to-end tests); empty with a real SMTP server. */
  receivedInDevelopment: () => ReceivedMessage[];
};

/**
 * The e-mail channel from the configuration: the configured SMTP server, or (development and
 * tests, never production) a local sink started at the first message, so a process that sends
 * nothing opens no port.
 */
export function createMailChannel(config: Config, options: { log: JobLog; now: () => Date }): MailChannel {
  if (config.mail.smtpUrl) {
    const smtp = createSmtpChannel({ url: config.mail.smtpUrl, from: config.mail.from });
    return { ...smtp, receivedInDevelopment: () => [] };
  }
  let started: Promise<{ sink: DevMailSink; channel: MessageChannel }> | null = null;
  const start = () => {
    started ??= startDevMailSink({ log: options.log, keepMessages: config.devEndpoints, now: options.now }).then((sink) => {
      options.log.info(`no SMTP_URL configured: mail goes to the development sink at ${sink.url}`);
      return { sink, channel: createSmtpChannel({ url: sink.url, from: config.mail.from }) };
    });
    return started;
  };
  let sinkMessages: () => ReceivedMessage[] = () => [];
  return {
    kind: 'email',
    send: async (message: OutgoingMessage) => {
      const { sink, channel } = await start();
      sinkMessages = sink.messages;
      await channel.send(message);
    },
    describe: () => 'development mail sink (started at the first message)',
    receivedInDevelopment: () => sinkMessages(),
    close: async () => {
      if (!started) return;
      const { sink, channel } = await started;
      await channel.close();
      await sink.close();
    },
  };
}
