// A page script (it runs in the page's head, before the body is parsed) that timestamps badges as they
// arrive: `done` resolves with the page time (performance.now()) at which the `want`-th badge appeared,
// and `append(html, n)` adds cards the way infinite scroll does and resolves with the milliseconds
// until there are n badges.
export const PROBE = (want: number) => `<script>
(() => {
  const sel = '[data-listing-lens-badge]';
  let waiters = [];
  const check = () => {
    const n = document.querySelectorAll(sel).length;
    waiters = waiters.filter((w) => (n >= w.n ? (w.ok(performance.now() - w.t0), false) : true));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const wait = (n, t0) => new Promise((ok) => { waiters.push({ n, t0, ok }); check(); });
  const first = wait(${want}, 0);
  window.__ll = {
    done: first,
    append(html, n) {
      const p = wait(n, performance.now());
      document.querySelector('.s-main-slot').insertAdjacentHTML('beforeend', html);
      return p;
    },
  };
})();
</script>`;
