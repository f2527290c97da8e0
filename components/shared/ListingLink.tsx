/** A listing's title, linked to the listing only when its URL is https: page-derived URLs get no other scheme. */
export function ListingLink({ url, title }: { url: string; title: string }) {
  // translate={false}: a title is the seller's words, not the extension's, whatever the UI language.
  return url.startsWith('https://') ? (
    <a href={url} target="_blank" rel="noreferrer" translate={false}>
      {title}
    </a>
  ) : (
    <span translate={false}>{title}</span>
  );
}
