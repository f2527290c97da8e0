import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../utils/i18n';

/** A named table with its column headings from the catalogue; wide tables scroll sideways in their box. */
export function DataTable(props: {
  label: string;
  columns: MessageKey[];
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <div class="table-scroll">
      <table aria-label={props.label} class={props.class}>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c} scope="col">
                {t(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
