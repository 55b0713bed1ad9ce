// German entries: Catalogue entries of the bottom layer: plain-language text for every problem code the server may answer with.
export const de = {
  problems: {
    network: 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.',
    unauthenticated: 'Sie sind nicht angemeldet. Bitte melden Sie sich an.',
    'insufficient-role': 'Dafür fehlt Ihnen die Berechtigung.',
    'guests-not-allowed': 'Als Gast können Sie das nicht tun.',
    'process-not-found': 'Diesen Prozess gibt es nicht, oder Sie dürfen ihn nicht sehen.',
    'version-not-found': 'Diese Version gibt es nicht.',
    'snapshot-tampered':
      'Diese Version wurde nachträglich verändert und wird deshalb nicht angezeigt. Bitte wenden Sie sich an die Verwaltung.',
    'invalid-version': 'Die Versionsangabe ist ungültig.',
    'invalid-leika-key': 'Ein Leistungsschlüssel (LeiKa) hat 14 Ziffern.',
    'comparison-service-required':
      'Bitte wählen Sie eine Leistung: einen Leistungsschlüssel oder eine Prozessfamilie.',
    'rates-changed':
      'Inzwischen hat jemand anderes die Stundensätze geändert. Bitte laden Sie die Seite neu und tragen Sie Ihre Änderung dann ein.',
    'invalid-input': 'Bitte prüfen Sie Ihre Eingaben.',
    'invalid-json': 'Bitte prüfen Sie Ihre Eingaben.',
    'org-required': 'Bitte wählen Sie eine Kommune.',
    'org-not-found': 'Diese Kommune gibt es nicht.',
    'no-origin': 'Dieser Prozess wurde nicht aus einem anderen übernommen.',
    'version-not-newer': 'Ihre Variante basiert schon auf dieser oder einer neueren Version.',
    'version-not-published': 'Diese Version des Ursprungs ist nicht veröffentlicht.',
    'version-not-of-origin': 'Diese Version gibt es beim Ursprung nicht.',
    'origin-withdrawn': 'Der Ursprung wird nicht mehr in der Bibliothek geteilt.',
    'unknown-change':
      'Eine der gewählten Änderungen gibt es in dieser Version nicht mehr. Bitte laden Sie neu.',
    'upstream-moved': 'Jemand hat inzwischen eine andere Version übernommen. Bitte laden Sie neu.',
    'map-locked': 'Die Karte ist gesperrt; nur die Moderation kann sie gerade ändern.',
    'not-published': 'Dieser Prozess ist nicht in der Bibliothek veröffentlicht.',
    'cross-site-request':
      'Die Anfrage wurde aus Sicherheitsgründen abgelehnt. Bitte laden Sie die Seite neu.',
    unknown: 'Das hat leider nicht geklappt. Bitte versuchen Sie es erneut.',
  },
} as const;
