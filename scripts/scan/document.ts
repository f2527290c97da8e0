// A DOM for a saved page in Node, with happy-dom: no scripts run, nothing is fetched.
// Imported lazily by the scanner so `--help` and non-HTML files do not pay for it.
import { Window } from 'happy-dom';

export interface ParsedPage {
  doc: Document;
  close(): void;
}

/**
 * happy-dom stops parsing at some inline SVGs (a <style> inside <svg> swallows the rest of the
 * page), and no adapter reads SVG: drop them before parsing so the rest of the page survives.
 */
function withoutSvg(html: string): string {
  return html.replace(/<svg\b[\s\S]*?<\/svg\s*>/gi, '<svg></svg>');
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
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = new window.DOMParser().parseFromString(withoutSvg(html), 'text/html') as unknown as Document;
  return {
    doc,
    close: () => {
      void window.happyDOM.abort();
      void window.happyDOM.close();
    },
  };
}
