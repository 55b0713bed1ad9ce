// The emails Prozesswerk sends, in German first and English below: plain text, the link on its own line.
import type { Role } from '@prozesswerk/protocol';
import type { Mail } from './mailer.ts';

const ROLE_NAMES: Record<Role, { de: string; en: string }> = {
  viewer: { de: 'Lesen', en: 'viewer' },
  commenter: { de: 'Kommentieren', en: 'commenter' },
  editor: { de: 'Bearbeiten', en: 'editor' },
  facilitator: { de: 'Moderation', en: 'facilitator' },
  admin: { de: 'Verwaltung', en: 'admin' },
};

export function invitationMail(input: {
  to: string;
  orgName: string;
  role: Role;
  url: string;
  invitedBy: string;
}): Mail {
  const role = ROLE_NAMES[input.role];
  return {
    to: input.to,
    subject: `Einladung zu Prozesswerk: ${input.orgName}`,
    text: [
      `${input.invitedBy} lädt Sie ein, in Prozesswerk bei ${input.orgName} mitzuarbeiten (Rolle: ${role.de}).`,
      'Mit diesem Link nehmen Sie die Einladung an (7 Tage gültig, nur einmal):',
      '',
      input.url,
      '',
      'Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
      '',
      '---',
      `${input.invitedBy} invites you to work in Prozesswerk with ${input.orgName} (role: ${role.en}).`,
      'Accept with the link above (valid for 7 days, once).',
    ].join('\n'),
  };
}

export function passwordResetMail(input: { to: string; url: string }): Mail {
  return {
    to: input.to,
    subject: 'Prozesswerk: neues Passwort festlegen',
    text: [
      'Für Ihr Prozesswerk-Konto wurde ein Link zum Festlegen eines neuen Passworts ausgestellt.',
      'Der Link ist 24 Stunden gültig und funktioniert nur einmal:',
      '',
      input.url,
      '',
      'Danach sind Sie auf allen Geräten abgemeldet. Wenn Sie das nicht angefragt haben, wenden Sie sich an',
      'die Verwaltung Ihrer Kommune.',
      '',
      '---',
      'A link to set a new password for your Prozesswerk account: valid for 24 hours, once (see above).',
    ].join('\n'),
  };
}
