/** Moving file bytes between the page and the API: base64 in, downloads out (browser mode). */

/** A file's bytes as base64, for `sources.import`. Uses the browser's native encoder (fast for big files). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Opens a PDF's bytes in a new tab with the browser's own viewer (browser mode). The tab shows a
 * blob: address of this page, so nothing is fetched from the network; `noopener` keeps it from
 * reaching back into Casebook.
 */
export function openPdfInNewTab(data: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(data)], { type: 'application/pdf' }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers `data` as a download named `fileName`. */
export function downloadFile(fileName: string, mediaType: string, data: string, encoding: 'utf8' | 'base64'): void {
  const blob = new Blob([encoding === 'base64' ? base64ToBytes(data) : data], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
