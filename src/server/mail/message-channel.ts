import type { Locale } from '../../contract/common.js';

/** One message to one person. Personal data lives only here, never in logs or job rows. */
export type OutgoingMessage = {
  /** An e-mail address for the e-mail channel; a phone number for an SMS channel later. */
  recipient: string;
  subject: string;
  text: string;
  /**
   * Stable for one logical message: a send retried after a crash carries the same Message-ID,
   * so mail systems and clients can recognise the duplicate.
   */
  messageId: string;
  language: Locale;
};

/** How Polku reaches people: e-mail now, SMS later behind the same interface. */
export type MessageChannel = {
  kind: 'email' | 'sms';
  send: (message: OutgoingMessage) => Promise<void>;
  /** Where messages go, for the start-up log (no credentials). */
  describe: () => string;
  close: () => Promise<void>;
};

/** A received message as the development sink and the tests see it. */
export type ReceivedMessage = {
  from: string;
  to: string;
  subject: string;
  messageId: string;
  text: string;
  receivedAt: string;
};
