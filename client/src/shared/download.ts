// Saving a file to the user's downloads: one naming rule for every export (BPMN, PNG, SVG) and the browser download.

/** Longest base name kept; file systems allow 255 bytes, and umlauts take two. */
const MAX_BASE_LENGTH = 120;

/*
 * A file name every operating system accepts: the process title without control characters and
 * the characters Windows refuses (\ / : * ? " < > |), without trailing dots (Windows drops them),
 * and "Prozess" when nothing is left.
 */
export function exportFileName(title: string, extension: string): string {
  const printable = [...title].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_BASE_LENGTH)
    .replace(/[.\s]+$/, '');
  return `${base || 'Prozess'}.${extension}`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; revoking later keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
