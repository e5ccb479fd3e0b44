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
