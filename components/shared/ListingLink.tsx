/** A listing's title, linked to the listing only when its URL is https: page-derived URLs get no other scheme. */
export function ListingLink({ url, title }: { url: string; title: string }) {
  return url.startsWith('https://') ? (
    <a href={url} target="_blank" rel="noreferrer">
      {title}
    </a>
  ) : (
    title
  );
}
