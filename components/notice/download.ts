/** Saves text or base64 bytes as a file through a temporary link (extension pages only). */
export function download(filename: string, mime: string, content: { text?: string; base64?: string }): void {
  const body =
    content.base64 !== undefined ? Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0)) : (content.text ?? '');
  const url = URL.createObjectURL(new Blob([body], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
