// Who is editing, before accounts exist: a display name and municipality kept in localStorage, a colour from the name.
export type Identity = {
  name: string;
  municipality: string;
  colour: string;
  /** The municipality was typed in (a workshop guest, a server without accounts), not taken from an account. */
  municipalityDeclared?: boolean;
};

const KEY = 'prozesswerk.identity';

// Distinct, readable on white, and dark enough for white text on a name badge.
const PALETTE = [
  '#1f6feb',
  '#c2410c',
  '#15803d',
  '#9333ea',
  '#b91c1c',
  '#0e7490',
  '#a16207',
  '#be185d',
  '#4d7c0f',
  '#4338ca',
];

export function colourForName(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0]!;
}

export function loadIdentity(): Identity | undefined {
  const raw = localStorage.getItem(KEY);
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as Partial<Identity>;
    if (typeof parsed.name !== 'string' || parsed.name.trim() === '') return undefined;
    const municipality = typeof parsed.municipality === 'string' ? parsed.municipality : '';
    return {
      name: parsed.name,
      municipality,
      colour: colourForName(parsed.name),
      municipalityDeclared: true,
    };
  } catch (error) {
    console.warn('Ignoring an unreadable identity in localStorage', error);
    return undefined;
  }
}

export function saveIdentity(name: string, municipality: string): Identity {
  const identity = {
    name: name.trim(),
    municipality: municipality.trim(),
    colour: colourForName(name.trim()),
    municipalityDeclared: true,
  };
  localStorage.setItem(KEY, JSON.stringify({ name: identity.name, municipality: identity.municipality }));
  return identity;
}

/*
 * A signed-in account's name wins; its municipality comes from the account's membership. Invite
 * guests have none on the server, so the municipality they typed when joining (kept in this
 * browser under the same name) fills the gap.
 */
export function identityFromSession(
  session: { name: string; municipality: string },
  local: Identity | undefined,
): Identity {
  const sameLocalPerson = local !== undefined && local.name === session.name.trim();
  const typed = !session.municipality && sameLocalPerson ? local.municipality : '';
  return {
    name: session.name,
    municipality: session.municipality || typed,
    colour: colourForName(session.name),
    municipalityDeclared: typed !== '',
  };
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  const first = parts[0]?.[0] ?? '?';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}
