/** The confirmation before a notice is POSTed: where it goes and what goes with it. */
export function ConfirmPost(props: { endpoint: string; onConfirm: () => void; onCancel: () => void; busy: boolean }) {
  return (
    <section class="card" role="alertdialog" aria-label="Confirm sending">
      <p>
        Send this notice, with your name and email, to <strong>{props.endpoint}</strong>? The address comes from the
        signed rule pack. Nothing is sent until you confirm.
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={props.onConfirm} disabled={props.busy}>
          Confirm and send
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
