// A page script (it runs in the page, before the content script) that timestamps badges as they
// arrive: `done` resolves with the milliseconds from DOMContentLoaded to the `want`-th badge, and
// `append(html, n)` adds cards the way infinite scroll does and resolves when there are n badges.
export const PROBE = (want: number) => `<script>
(() => {
  const sel = '[data-listing-lens-badge]';
  let waiters = [];
  const check = () => {
    const n = document.querySelectorAll(sel).length;
    waiters = waiters.filter((w) => (n >= w.n ? (w.ok(performance.now() - w.t0()), false) : true));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const wait = (n, t0) => new Promise((ok) => { waiters.push({ n, t0, ok }); check(); });
  let first;
  // From the moment DOMContentLoaded started: listeners registered earlier (the content script's) run first.
  const dcl = () => performance.getEntriesByType('navigation')[0].domContentLoadedEventStart;
  document.addEventListener('DOMContentLoaded', () => { first = wait(${want}, dcl); });
  window.__ll = {
    get done() { return first; },
    append(html, n) {
      const t0 = performance.now();
      const p = wait(n, () => t0);
      document.querySelector('.s-main-slot').insertAdjacentHTML('beforeend', html);
      return p;
    },
  };
})();
</script>`;
