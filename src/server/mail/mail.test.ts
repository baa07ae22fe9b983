import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { configProblems as problems } from '../test-support/config-problems.js';
import { createMailChannel } from './mail-channel.js';
import { parseMailMessage } from './mail-message.js';

const message = {
  recipient: 'maija.meikalainen@example.fi',
  subject: 'Palaute palvelusta: kerro mielipiteesi – kiitos',
  text: `Hei!\n\nVastaa tästä:\nhttp://localhost:3000/feedback/${'x'.repeat(43)}\n\nLinkki on voimassa 23.12.2026 asti, ja sillä voi vastata kerran.`,
  messageId: '<feedback-invitation-1@polku.test>',
  language: 'fi' as const,
};

function recordingLog() {
  const lines: string[] = [];
  const record = (line: string) => void lines.push(line);
  return { lines, log: { info: record, warn: record, error: record } };
}

describe('mail', () => {
  it('without SMTP_URL, development mail goes through nodemailer to the local sink, which logs no personal data', async () => {
    const { lines, log } = recordingLog();
    const mail = createMailChannel(readConfig({ POLKU_DEV_ENDPOINTS: 'true' }), { log, now: () => new Date('2026-11-23T07:00:00Z') });
    expect(mail.receivedInDevelopment()).toEqual([]);
    await mail.send(message);
    await mail.send({ ...message, messageId: '<feedback-reminder-1@polku.test>' });
    await mail.close();

    const [received] = mail.receivedInDevelopment();
    expect(received).toMatchObject({ to: message.recipient, subject: message.subject, messageId: message.messageId, text: message.text });
    expect(received!.from).toBe('Polku <polku@localhost>');
    expect(lines.some((line) => line.startsWith('development mail sink received a message'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/maija|meikalainen|Palaute|feedback\//);
  });

  it('the sink keeps no messages unless the development endpoints are on', async () => {
    const { log } = recordingLog();
    const mail = createMailChannel(readConfig({}), { log, now: () => new Date() });
    await mail.send(message);
    await mail.close();
    expect(mail.receivedInDevelopment()).toEqual([]);
  });

  it('decodes quoted-printable bodies and encoded headers', () => {
    const raw = [
      'From: Polku <polku@localhost>',
      'To: a@example.fi',
      'Subject: =?UTF-8?Q?Kerro_mielipiteesi_=E2=80=93_=C3=A4?= =?UTF-8?Q?=C3=B6?=',
      'Message-ID: <x@polku>',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'pitk=C3=A4 rivi joka jatkuu=',
      ' seuraavalle',
    ].join('\r\n');
    expect(parseMailMessage(raw)).toMatchObject({ subject: 'Kerro mielipiteesi – äö', text: 'pitkä rivi joka jatkuu seuraavalle' });
  });

  it('validates the mail configuration at start-up; production must name its SMTP server', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual(['SMTP_URL: required when NODE_ENV=production']);
    expect(problems({ NODE_ENV: 'production', SMTP_URL: 'smtps://polku:secret@mail.example.fi:465' })).toEqual([]);
    expect(problems({ SMTP_URL: 'http://mail.example.fi' })).toEqual(['SMTP_URL: must start with smtp:// or smtps:// and name a host']);
    expect(problems({ MAIL_FROM: 'Polku' })).toEqual(['MAIL_FROM: must be an address, e.g. Polku <polku@example.fi>']);
    expect(problems({ POLKU_JOB_POLL_MS: '5' })).toHaveLength(1);
    const config = readConfig({ PORT: '8080', POLKU_JOB_WORKER: 'false' });
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(config.jobs).toEqual({ workerEnabled: false, pollIntervalMs: 2000 });
    expect(readConfig({ POLKU_PUBLIC_URL: 'https://polku.oulu.fi/' }).publicUrl).toBe('https://polku.oulu.fi');
  });
});
