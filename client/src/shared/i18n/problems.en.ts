// English entries: Catalogue entries of the bottom layer: plain-language text for every problem code the server may answer with.
export const en = {
  problems: {
    network: 'The server cannot be reached. Please check the connection and try again.',
    unauthenticated: 'You are not signed in. Please sign in.',
    'insufficient-role': 'You do not have permission to do that.',
    'guests-not-allowed': 'Guests cannot do that.',
    'process-not-found': 'This process does not exist, or you may not see it.',
    'version-not-found': 'This version does not exist.',
    'snapshot-tampered':
      'This version was altered after it was frozen and is therefore not shown. Please contact your administrator.',
    'invalid-version': 'The version is not valid.',
    'invalid-leika-key': 'A LeiKa service key has 14 digits.',
    'comparison-service-required': 'Please choose a service: a LeiKa key or a process family.',
    'rates-changed':
      'Someone else changed the hourly rates meanwhile. Please reload the page and enter your change again.',
    'invalid-input': 'Please check your input.',
    'invalid-json': 'Please check your input.',
    'org-required': 'Please choose a municipality.',
    'org-not-found': 'This municipality does not exist.',
    'no-origin': 'This process was not adopted from another one.',
    'cross-site-request': 'The request was refused for security reasons. Please reload the page.',
    'version-not-newer': 'Your variant is already based on this or a newer version.',
    'version-not-published': 'This version of the origin is not published.',
    'version-not-of-origin': 'The origin has no such version.',
    'origin-withdrawn': 'The origin is no longer shared in the library.',
    'unknown-change': 'One of the chosen changes no longer exists in this version. Please reload.',
    'upstream-moved': 'Someone has taken over another version meanwhile. Please reload.',
    'map-locked': 'The map is locked; only the facilitators can change it right now.',
    'not-published': 'This process is not published in the library.',
    unknown: 'That did not work. Please try again.',
  },
} as const;
