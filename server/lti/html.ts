/**
 * The few pages LTI needs outside React: a launch's answer inside the LMS's frame, a refusal,
 * and the forms that post back to the LMS. Each carries its own Content-Security-Policy, since
 * these alone may be framed by an LMS or post to one.
 */
const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `body{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;max-width:40rem;color:#1a1a1a;background:#fafaf7}
h1{font-size:1.25rem;margin:0 0 .75rem}p{margin:0 0 1rem;overflow-wrap:break-word}
a.button,button{display:inline-block;font:inherit;font-weight:600;padding:.6rem 1rem;border-radius:.5rem;border:0;background:#1d4e89;color:#fff;text-decoration:none;min-height:44px;cursor:pointer}
@media (prefers-color-scheme:dark){body{color:#eee;background:#16181b}a.button,button{background:#8ab4f8;color:#111}}`;

type PageOptions = {
  status: number;
  title: string;
  body: string;
  /** Origins that may frame the page (the LMS); none when omitted. */
  frameAncestors?: string[];
  /** Where the page's form may post (the LMS's return URL). */
  formAction?: string;
  script?: string;
};

export function htmlPage({
  status,
  title,
  body,
  frameAncestors,
  formAction,
  script,
}: PageOptions): Response {
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    script ? "script-src 'unsafe-inline'" : "script-src 'none'",
    `form-action ${formAction ? new URL(formAction).origin : "'none'"}`,
    `frame-ancestors ${frameAncestors && frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
    "base-uri 'none'",
  ].join('; ');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(title)} · Attaché</title><style>${STYLE}</style></head><body><main><h1>${escape(title)}</h1>${body}</main>${script ? `<script>${script}</script>` : ''}</body></html>`;
  return new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': csp,
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    },
  });
}

export const paragraph = (text: string) => `<p>${escape(text)}</p>`;

/** A refusal: what went wrong and what to do, never a stack trace. */
export function problemPage(status: number, message: string, frameAncestors?: string[]): Response {
  return htmlPage({
    status,
    title: 'Attaché could not open this activity',
    body: paragraph(message),
    ...(frameAncestors ? { frameAncestors } : {}),
  });
}

/** Inside the LMS's frame: a link that opens Attaché in its own window. */
export function newWindowPage(url: string, frameAncestors: string[], why: string): Response {
  return htmlPage({
    status: 200,
    title: 'Attaché opens in its own window',
    body: `${paragraph(why)}<p><a class="button" href="${escape(url)}" target="_blank" rel="noopener">Open Attaché in a new window</a></p>`,
    frameAncestors,
  });
}

/** A form that posts itself to the LMS (the deep-linking answer), with a button if scripts are off. */
export function autoPostPage(
  action: string,
  fields: Record<string, string>,
  title: string,
): Response {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escape(name)}" value="${escape(value)}">`)
    .join('');
  return htmlPage({
    status: 200,
    title,
    body: `<form id="back" method="post" action="${escape(action)}">${inputs}<button type="submit">Continue to the LMS</button></form>`,
    formAction: action,
    script: "document.getElementById('back').submit();",
  });
}

/** Data for an inline script: JSON that cannot close the script element. */
const scriptData = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The LMS frame that keeps data for tools ("_parent" or a named frame beside us). */
const STORAGE_FRAME = `var frame = d.target === '_parent' ? window.parent : window.parent.frames[d.target];
var id = 'attache-' + Math.random().toString(36).slice(2);`;

/**
 * LTI client-side storage, at login: ask the LMS's frame to keep the state, then go on to the
 * LMS's authoriser (after its answer, or 1.5 s without one: the cookie may still do).
 */
export function storagePutPage(
  put: { target: string; origin: string; key: string; value: string },
  next: string,
): Response {
  return htmlPage({
    status: 200,
    title: 'Opening Attaché…',
    body: `<p><a href="${escape(next)}">Continue</a></p>`,
    frameAncestors: [put.origin],
    script: `(function () {
var d = ${scriptData({ ...put, next })};
${STORAGE_FRAME}
var go = function () { window.location.replace(d.next); };
var timer = setTimeout(go, 1500);
window.addEventListener('message', function (e) {
  if (e.origin !== d.origin || !e.data || e.data.message_id !== id) return;
  clearTimeout(timer); go();
});
try { frame.postMessage({ subject: 'lti.put_data', message_id: id, key: d.key, value: d.value }, d.origin); }
catch (err) { clearTimeout(timer); go(); }
})();`,
  });
}

/**
 * LTI client-side storage, at launch: the cookie did not come back, so read the state from the
 * LMS's frame; if it matches, resume the launch by a same-origin form, else offer a new window.
 */
export function storageCheckPage(
  check: { target: string; origin: string; key: string; value: string; resumeCode: string },
  launchUrl: string,
  relaunch: string,
): Response {
  return htmlPage({
    status: 200,
    title: 'Opening Attaché…',
    body: `<form id="resume" method="post" action="${escape(launchUrl)}"><input type="hidden" name="resume" value="${escape(check.resumeCode)}"></form>
<p id="fallback" hidden>Your browser keeps cookies from Attaché inside the LMS’s page, and the LMS could not vouch for this launch. <a class="button" href="${escape(relaunch)}" target="_blank" rel="noopener">Open Attaché in a new window</a></p>`,
    frameAncestors: [check.origin],
    formAction: launchUrl,
    script: `(function () {
var d = ${scriptData({ target: check.target, origin: check.origin, key: check.key, value: check.value })};
${STORAGE_FRAME}
var settled = false;
var fail = function () { if (settled) return; settled = true; document.getElementById('fallback').hidden = false; };
var timer = setTimeout(fail, 2000);
window.addEventListener('message', function (e) {
  if (e.origin !== d.origin || !e.data || e.data.message_id !== id || settled) return;
  clearTimeout(timer);
  if (e.data.subject === 'lti.get_data.response' && e.data.value === d.value) {
    settled = true; document.getElementById('resume').submit();
  } else fail();
});
try { frame.postMessage({ subject: 'lti.get_data', message_id: id, key: d.key }, d.origin); }
catch (err) { clearTimeout(timer); fail(); }
})();`,
  });
}
