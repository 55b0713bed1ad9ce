// A person's export as a readable German document (Markdown), with the same content as the JSON.
import type { PersonExport } from '@prozesswerk/contract';

const ROLES: Record<string, string> = {
  viewer: 'Lesen',
  commenter: 'Kommentieren',
  editor: 'Bearbeiten',
  facilitator: 'Moderation',
  admin: 'Verwaltung',
};

const ACTIONS: Record<string, string> = {
  'member.invited': 'Einladung verschickt',
  'member.invite-revoked': 'Einladung zurückgezogen',
  'member.joined': 'Kommune beigetreten',
  'member.role-changed': 'Rolle geändert',
  'member.removed': 'Aus der Kommune entfernt',
  'member.password-reset-issued': 'Link für neues Passwort ausgestellt',
  'token.revoked': 'API-Token widerrufen',
  'workshop-link.revoked': 'Workshop-Link widerrufen',
  'person.exported': 'Daten exportiert',
  'person.erased': 'Daten gelöscht',
};

const AS_IN_VERSION = {
  froze: 'eingefroren',
  agreed: 'zugestimmt',
  named: 'in der Diskussion genannt',
} as const;

export function personExportMarkdown(data: PersonExport, timeZone = 'Europe/Berlin'): string {
  const when = dateTime(timeZone);
  const { person } = data;
  const lines: string[] = [
    `# Auskunft über gespeicherte Daten: ${inline(person.name)}`,
    '',
    `Erstellt am ${when(data.exportedAt)} (Art. 15 und 20 DSGVO). Die maschinenlesbare Fassung enthält dieselben Angaben als JSON.`,
    '',
    '## Person',
    '',
    `- Name: ${inline(person.name)}`,
    `- Art: ${person.kind === 'user' ? 'Konto' : 'Workshop-Gast'}`,
    ...(person.email ? [`- E-Mail: ${inline(person.email)}`] : []),
    `- Angelegt: ${when(person.createdAt)}`,
    `- Zuletzt aktiv: ${person.lastActiveAt ? when(person.lastActiveAt) : 'nicht erfasst'}`,
  ];
  const section = (title: string, items: string[]) => {
    lines.push('', `## ${title}`, '');
    lines.push(...(items.length > 0 ? items : ['_Keine._']));
  };
  section(
    'Mitgliedschaften',
    data.memberships.map((m) => `- ${inline(m.orgName)}: ${ROLES[m.role] ?? m.role}`),
  );
  section(
    'Als Gast in Workshops',
    data.guestAccess.map(
      (g) =>
        `- „${inline(g.processTitle)}“ als ${inline(g.name)}, beigetreten ${when(g.joinedAt)}` +
        (g.linkRevokedAt ? `, Link widerrufen ${when(g.linkRevokedAt)}` : '') +
        (g.linkExpiresAt ? `, Link gültig bis ${when(g.linkExpiresAt)}` : ''),
    ),
  );
  section(
    'Anmeldungen (Sitzungen)',
    data.sessions.map((s) => `- ${when(s.createdAt)} bis ${when(s.expiresAt)}`),
  );
  section(
    'API-Tokens',
    data.accessTokens.map(
      (t) =>
        `- „${inline(t.label)}“, erstellt ${when(t.createdAt)}${t.revokedAt ? `, widerrufen ${when(t.revokedAt)}` : ''}`,
    ),
  );
  section(
    'Erstellte Workshop-Links',
    data.invitesCreated.map(
      (i) =>
        `- „${inline(i.processTitle)}“ (${ROLES[i.role] ?? i.role}), erstellt ${when(i.createdAt)}, ${i.uses}× genutzt`,
    ),
  );
  section(
    'Verschickte Einladungen',
    data.memberInvitationsCreated.map(
      (i) => `- ${ROLES[i.role] ?? i.role}, ${when(i.createdAt)}${i.acceptedAt ? ', angenommen' : ''}`,
    ),
  );
  section(
    'Erhaltene Einladungen',
    data.invitationsReceived.map(
      (i) =>
        `- ${inline(i.orgName)} (${ROLES[i.role] ?? i.role}), ${when(i.createdAt)}${i.acceptedAt ? ', angenommen' : ''}`,
    ),
  );
  section(
    'Kommentare',
    data.comments.map(
      (c) =>
        `- „${inline(c.processTitle)}“, ${when(c.createdAt)}${c.opensThread ? ' (neues Thema)' : ''}: ` +
        (c.deleted ? '_gelöscht_' : `„${inline(c.text)}“`),
    ),
  );
  section(
    'Entscheidungen',
    data.decisions.map(
      (d) => `- „${inline(d.processTitle)}“: „${inline(d.decision)}“ (${when(d.resolvedAt)})`,
    ),
  );
  section(
    'Reaktionen',
    data.reactions.map((r) => `- „${inline(r.processTitle)}“: ${r.emoji}`),
  );
  section(
    'Punkte bei Abstimmungen',
    data.votes.map(
      (v) => `- „${inline(v.processTitle)}“: ${v.count} auf „${inline(v.targetLabel || v.targetId)}“`,
    ),
  );
  section(
    'Eingefrorene Versionen',
    data.versions.map(
      (v) =>
        `- „${inline(v.processTitle)}“, Version ${v.version} „${inline(v.name)}“ vom ${when(v.frozenAt)}: ` +
        `${AS_IN_VERSION[v.as]} (als ${inline(v.nameAsFrozen)})`,
    ),
  );
  section(
    'Einträge im Verwaltungsprotokoll',
    data.auditEntries.map(
      (e) =>
        `- ${when(e.at)}: ${ACTIONS[e.action] ?? e.action} (${e.as === 'actor' ? 'selbst ausgeführt' : 'betroffen'})`,
    ),
  );
  section(
    'Zuletzt angesehen',
    data.visits.map((v) => `- „${inline(v.processTitle)}“: ${when(v.lastSeenAt)}`),
  );
  return lines.join('\n') + '\n';
}

function dateTime(timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? 'unbekannt' : `${format.format(date)} Uhr`;
  };
}

/** One line of Markdown: no line breaks, and characters that would start markup escaped. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .trim();
}
