// Sending one-time links by email when SMTP_URL is set; without it, admins pass the links on themselves.
import type { Transporter } from 'nodemailer';

export type Mail = { to: string; subject: string; text: string };
export type Mailer = { send(mail: Mail): Promise<void> };

/** nodemailer (~2 MiB of heap) is loaded with the first mail, not with the server: most mail rarely or never. */
export function createSmtpMailer(url: string, from: string): Mailer {
  let transport: Promise<Transporter> | undefined;
  return {
    async send(mail) {
      transport ??= import('nodemailer').then(({ createTransport }) => createTransport(url));
      await (await transport).sendMail({ from, ...mail });
    },
  };
}

/**
 * Sends if a mailer is configured; true when the mail was handed to the server. A failure is logged and answered
 * with false, never thrown: the link still works and the admin can pass it on.
 */
export async function trySend(
  mailer: Mailer | undefined,
  mail: Mail,
  log: (message: string, error?: unknown) => void,
): Promise<boolean> {
  if (!mailer) return false;
  try {
    await mailer.send(mail);
    return true;
  } catch (error) {
    log(`sending mail to ${mail.to} failed`, error);
    return false;
  }
}
