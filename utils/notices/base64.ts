/** Standard base64 of bytes, in chunks so large screenshots do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export const wrap76 = (s: string) => s.replace(/.{1,76}/g, '$&\r\n').replace(/\r\n$/, '');
