// A DOM for a saved page in Node, with happy-dom: no scripts run, nothing is fetched.
// Imported lazily by the scanner so `--help` and non-HTML files do not pay for it.
import { Window } from 'happy-dom';

export interface ParsedPage {
  doc: Document;
  close(): void;
}

export function parseHtml(html: string, url: string): ParsedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return {
    doc,
    close: () => {
      void window.happyDOM.abort();
      void window.happyDOM.close();
    },
  };
}
