export function HistorySection() {
  return <p>No flags yet.</p>;
}
