/**
 * A small LTI 1.3 platform (an LMS as far as a tool can tell), written from the 1EdTech specs for
 * the tests: its own keys and JWKS, OIDC login and authorisation, dynamic registration, deep
 * linking, a token endpoint that checks the tool's signed assertion, a gradebook (that can be
 * told to fail) and a course roster. Not hardened: it serves tests on 127.0.0.1 only.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import { z } from 'zod';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
const ROLE = {
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
};

export type PlatformUser = { id: string; name: string; role: 'instructor' | 'learner' };
type Key = { kid: string; privateKey: CryptoKey; publicJwk: JWK };
export type ResourceLink = {
  id: string;
  title: string;
  custom: Record<string, string>;
  lineItemId: string;
};
export type ScorePost = {
  lineItemId: string;
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  activityProgress: string;
  gradingProgress: string;
  timestamp: string;
};

/** How to spoil a launch, for the refusal tests. */
export type Tamper = 'signature' | 'unknown-kid' | 'audience' | 'expired' | 'deployment' | 'none';

async function newKey(kid: string): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return {
    kid,
    privateKey,
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' },
  };
}

export class TestPlatform {
  readonly users: PlatformUser[] = [
    { id: 'teacher-1', name: 'Ada Teacher', role: 'instructor' },
    { id: 'learner-1', name: 'Ana Learner', role: 'learner' },
    { id: 'learner-2', name: 'Ben Learner', role: 'learner' },
    { id: 'learner-3', name: 'Cleo Absent', role: 'learner' },
  ];
  readonly deploymentId = 'deployment-1';
  readonly contextId = 'course-101';
  clientId = 'attache-client';
  /** The tool as it registered (or as set by hand). */
  tool?: { loginUrl: string; launchUrl: string; jwksUrl: string };
  readonly links: ResourceLink[] = [];
  /** Every score the gradebook accepted, in order. */
  readonly scores: ScorePost[] = [];
  /** Score posts answered with 503 so far. */
  failedScorePosts = 0;
  /** The next this many score posts fail with 503. */
  failNextScores = 0;
  readonly tokenRequests: { scope: string }[] = [];
  readonly deepLinkResponses: Record<string, unknown>[] = [];
  /** The last launch form the authoriser answered with. */
  lastLaunch?: { id_token: string; state: string };
  private keys: Key[] = [];
  /** Keys that sign but are not (yet) published. */
  private hiddenKeys: Key[] = [];
  private readonly accessTokens = new Set<string>();
  private readonly registrationToken = randomBytes(16).toString('hex');
  private server?: Server;
  base = '';
  /** Where the tool's public keys come from when the tool is not served over HTTP (route tests). */
  toolKeysFrom?: () => Promise<JSONWebKeySet>;

  static async start(): Promise<TestPlatform> {
    const platform = new TestPlatform();
    platform.keys = [await newKey('platform-key-1')];
    platform.hiddenKeys = [await newKey('platform-key-2')];
    await new Promise<void>((resolve) => {
      platform.server = createServer((req, res) => {
        platform.handle(req, res).catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
      }).listen(0, '127.0.0.1', resolve);
    });
    platform.base = `http://127.0.0.1:${(platform.server!.address() as AddressInfo).port}`;
    return platform;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  get issuer(): string {
    return this.base;
  }

  /** Publishes the second key, as a platform does when it rotates. */
  publishSecondKey(): void {
    // The new key signs from now on; the old one stays published.
    this.keys.unshift(...this.hiddenKeys);
    this.hiddenKeys = [];
  }

  /** The values an administrator would copy into the tool by hand. */
  registrationValues() {
    return {
      name: 'Test LMS',
      issuer: this.issuer,
      clientId: this.clientId,
      deploymentIds: [this.deploymentId],
      authUrl: `${this.base}/auth`,
      tokenUrl: `${this.base}/token`,
      jwksUrl: `${this.base}/jwks`,
    };
  }

  /** The URL an admin's browser opens to register a tool from its dynamic-registration link. */
  registerUrl(toolLink: string): string {
    const url = new URL(toolLink);
    url.searchParams.set('openid_configuration', `${this.base}/.well-known/openid-configuration`);
    url.searchParams.set('registration_token', this.registrationToken);
    return url.toString();
  }

  /** Where a user's browser starts a launch: a deep-linking request or a link's launch. */
  launchUrl(
    userId: string,
    what: { deepLink: true } | { link: string },
    tamper: Tamper = 'none',
    { storage = false }: { storage?: boolean } = {},
  ): string {
    const hint = JSON.stringify({ ...what, tamper });
    const query = new URLSearchParams({ user: userId, hint, ...(storage ? { storage: '1' } : {}) });
    return `${this.base}/launch?${query}`;
  }

  /** An id_token as this platform signs it, with optional spoiling. */
  async idToken(
    user: PlatformUser,
    nonce: string,
    what: { deepLink: true } | { link: string },
    tamper: Tamper = 'none',
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const launchUrl = this.tool?.launchUrl ?? '';
    const claims: Record<string, unknown> = {
      nonce,
      name: user.name,
      given_name: user.name.split(' ')[0],
      family_name: user.name.split(' ').slice(1).join(' '),
      [`${LTI}version`]: '1.3.0',
      [`${LTI}deployment_id`]: tamper === 'deployment' ? 'deployment-unknown' : this.deploymentId,
      [`${LTI}roles`]: [ROLE[user.role]],
      [`${LTI}target_link_uri`]: launchUrl,
      [`${LTI}context`]: { id: this.contextId, title: 'Defence Diplomacy 101', label: 'DD101' },
      'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
        context_memberships_url: `${this.base}/memberships`,
        service_versions: ['2.0'],
      },
    };
    if ('deepLink' in what) {
      claims[`${LTI}message_type`] = 'LtiDeepLinkingRequest';
      claims[`${DL}deep_linking_settings`] = {
        deep_link_return_url: `${this.base}/deep-link-return`,
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['iframe', 'window'],
        data: 'opaque-platform-data',
      };
    } else {
      const link = this.links.find((l) => l.id === what.link);
      claims[`${LTI}message_type`] = 'LtiResourceLinkRequest';
      claims[`${LTI}resource_link`] = { id: what.link, title: link?.title };
      claims[`${LTI}custom`] = link?.custom ?? {};
      claims['https://purl.imsglobal.org/spec/lti-ags/claim/endpoint'] = {
        scope: ['https://purl.imsglobal.org/spec/lti-ags/scope/score'],
        lineitem: `${this.base}/lineitems/${link?.lineItemId ?? 'none'}`,
      };
    }
    const signer = tamper === 'unknown-kid' ? (this.hiddenKeys[0] ?? this.keys[0]!) : this.keys[0]!;
    const key = tamper === 'signature' ? (await newKey(signer.kid)).privateKey : signer.privateKey;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: signer.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setSubject(user.id)
      .setAudience(tamper === 'audience' ? 'some-other-tool' : this.clientId)
      .setIssuedAt(tamper === 'expired' ? now - 3600 : now)
      .setExpirationTime(tamper === 'expired' ? now - 1800 : now + 300)
      .sign(key);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const body = req.method === 'POST' ? await readBody(req) : '';
    const send = (status: number, type: string, text: string) => {
      res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
      res.end(text);
    };
    const json = (status: number, value: unknown) =>
      send(status, 'application/json', JSON.stringify(value));

    switch (url.pathname) {
      case '/.well-known/openid-configuration':
        return json(200, {
          issuer: this.issuer,
          authorization_endpoint: `${this.base}/auth`,
          token_endpoint: `${this.base}/token`,
          jwks_uri: `${this.base}/jwks`,
          registration_endpoint: `${this.base}/register`,
          scopes_supported: ['openid'],
          response_types_supported: ['id_token'],
          id_token_signing_alg_values_supported: ['RS256'],
          'https://purl.imsglobal.org/spec/lti-platform-configuration': {
            product_family_code: 'test-lms',
            version: '1.0',
            messages_supported: [
              { type: 'LtiResourceLinkRequest' },
              { type: 'LtiDeepLinkingRequest' },
            ],
          },
        });
      case '/register': {
        if (req.headers.authorization !== `Bearer ${this.registrationToken}`)
          return json(401, { error: 'bad registration token' });
        const registration = registrationSchema.parse(JSON.parse(body));
        this.clientId = `client-${randomBytes(6).toString('hex')}`;
        this.tool = {
          loginUrl: registration.initiate_login_uri,
          launchUrl: registration.redirect_uris[0]!,
          jwksUrl: registration.jwks_uri,
        };
        return json(200, {
          ...registration,
          client_id: this.clientId,
          'https://purl.imsglobal.org/spec/lti-tool-configuration': {
            deployment_id: this.deploymentId,
          },
        });
      }
      case '/jwks':
        return json(200, { keys: this.keys.map((k) => k.publicJwk) });
      case '/launch': {
        // Third-party initiated login: send the browser to the tool's login URL.
        if (!this.tool) return send(409, 'text/plain', 'no tool registered');
        const login = new URL(this.tool.loginUrl);
        login.searchParams.set('iss', this.issuer);
        login.searchParams.set('login_hint', url.searchParams.get('user') ?? '');
        login.searchParams.set('target_link_uri', this.tool.launchUrl);
        login.searchParams.set('lti_message_hint', url.searchParams.get('hint') ?? '');
        login.searchParams.set('client_id', this.clientId);
        login.searchParams.set('lti_deployment_id', this.deploymentId);
        if (url.searchParams.get('storage'))
          login.searchParams.set('lti_storage_target', '_parent');
        res.writeHead(302, { location: login.toString() });
        return void res.end();
      }
      case '/frame':
        // The course page: the activity in an iframe, as an LMS shows it.
        return send(
          200,
          'text/html',
          `<!doctype html><title>Course</title><h1>Defence Diplomacy 101</h1><iframe title="Attaché activity" style="width:100%;height:400px" src="${escapeHtml(url.searchParams.get('src') ?? '')}"></iframe><script>${STORAGE_RESPONDER}</script>`,
        );
      case '/auth': {
        const q = url.searchParams;
        if (q.get('client_id') !== this.clientId || q.get('redirect_uri') !== this.tool?.launchUrl)
          return send(400, 'text/plain', 'unknown client or redirect_uri');
        if (
          q.get('response_type') !== 'id_token' ||
          q.get('scope') !== 'openid' ||
          q.get('response_mode') !== 'form_post'
        )
          return send(400, 'text/plain', 'not an LTI authentication request');
        const user = this.users.find((u) => u.id === q.get('login_hint'));
        if (!user) return send(400, 'text/plain', 'unknown login_hint');
        const hint = hintSchema.parse(JSON.parse(q.get('lti_message_hint') ?? '{}'));
        const token = await this.idToken(
          user,
          q.get('nonce') ?? '',
          hint.deepLink ? { deepLink: true } : { link: hint.link ?? '' },
          hint.tamper ?? 'none',
        );
        this.lastLaunch = { id_token: token, state: q.get('state') ?? '' };
        return send(200, 'text/html', autoPost(this.tool.launchUrl, this.lastLaunch));
      }
      case '/replay':
        // An attacker's replay: the last launch's id_token and state, posted again.
        if (!this.tool || !this.lastLaunch) return send(409, 'text/plain', 'nothing to replay');
        return send(200, 'text/html', autoPost(this.tool.launchUrl, this.lastLaunch));
      case '/token': {
        const form = new URLSearchParams(body);
        if (!this.tool) return json(400, { error: 'invalid_client' });
        try {
          await jwtVerify(form.get('client_assertion') ?? '', await this.toolKeys(), {
            issuer: this.clientId,
            subject: this.clientId,
            audience: `${this.base}/token`,
          });
        } catch {
          return json(401, { error: 'invalid_client' });
        }
        if (form.get('grant_type') !== 'client_credentials')
          return json(400, { error: 'unsupported_grant_type' });
        const token = randomBytes(16).toString('hex');
        this.accessTokens.add(token);
        this.tokenRequests.push({ scope: form.get('scope') ?? '' });
        return json(200, {
          access_token: token,
          token_type: 'Bearer',
          expires_in: 3600,
          scope: form.get('scope'),
        });
      }
      case '/memberships': {
        if (!this.authorised(req)) return json(401, { error: 'unauthorised' });
        return json(200, {
          id: url.toString(),
          context: { id: this.contextId },
          members: this.users.map((u) => ({
            user_id: u.id,
            name: u.name,
            status: 'Active',
            roles: [ROLE[u.role]],
          })),
        });
      }
      case '/deep-link-return': {
        const form = new URLSearchParams(body);
        if (!this.tool) return send(400, 'text/plain', 'no tool');
        const { payload } = await jwtVerify(form.get('JWT') ?? '', await this.toolKeys(), {
          issuer: this.clientId,
          audience: this.issuer,
        });
        this.deepLinkResponses.push(payload);
        const items = contentItemsSchema.parse(payload[`${DL}content_items`]);
        for (const item of items) {
          const id = `rl-${this.links.length + 1}`;
          this.links.push({
            id,
            title: item.title,
            custom: item.custom,
            lineItemId: `li-${this.links.length + 1}`,
          });
        }
        return send(
          200,
          'text/html',
          `<!doctype html><title>Added</title><h1>Added to the course</h1><ul>${items.map((i) => `<li>${escapeHtml(i.title)}</li>`).join('')}</ul>`,
        );
      }
    }
    const scores = /^\/lineitems\/([\w-]+)\/scores$/.exec(url.pathname);
    if (scores && req.method === 'POST') {
      if (!this.authorised(req)) return json(401, { error: 'unauthorised' });
      if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json')
        return json(415, { error: 'media type' });
      if (this.failNextScores > 0) {
        this.failNextScores--;
        this.failedScorePosts++;
        return json(503, { error: 'gradebook down for maintenance' });
      }
      const score = scoreSchema.parse(JSON.parse(body));
      this.scores.push({ lineItemId: scores[1]!, ...score });
      return send(204, 'text/plain', '');
    }
    return send(404, 'text/plain', 'not found');
  }

  private async toolKeys() {
    if (this.toolKeysFrom) return createLocalJWKSet(await this.toolKeysFrom());
    return createRemoteJWKSet(new URL(this.tool!.jwksUrl));
  }

  private authorised(req: IncomingMessage): boolean {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') && this.accessTokens.has(header.slice(7));
  }
}

/** The platform's side of LTI client-side storage: keeps data for the framed tool, by origin. */
const STORAGE_RESPONDER = `
const kept = {};
window.addEventListener('message', (event) => {
  const d = event.data || {};
  const key = event.origin + ' ' + d.key;
  if (d.subject === 'lti.put_data') {
    kept[key] = d.value;
    event.source.postMessage({ subject: 'lti.put_data.response', message_id: d.message_id, key: d.key, value: d.value }, event.origin);
  } else if (d.subject === 'lti.get_data') {
    event.source.postMessage({ subject: 'lti.get_data.response', message_id: d.message_id, key: d.key, value: kept[key] }, event.origin);
  }
});`;

// What the platform reads from the tool, checked as a real platform would.
const registrationSchema = z.looseObject({
  initiate_login_uri: z.url(),
  redirect_uris: z.array(z.url()).min(1),
  jwks_uri: z.url(),
});
const hintSchema = z.object({
  deepLink: z.literal(true).optional(),
  link: z.string().optional(),
  tamper: z
    .enum(['signature', 'unknown-kid', 'audience', 'expired', 'deployment', 'none'])
    .optional(),
});
const contentItemsSchema = z.array(
  z.object({ type: z.string(), title: z.string(), custom: z.record(z.string(), z.string()) }),
);
const scoreSchema = z.object({
  userId: z.string(),
  scoreGiven: z.number(),
  scoreMaximum: z.number(),
  activityProgress: z.string(),
  gradingProgress: z.string(),
  timestamp: z.string(),
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function autoPost(action: string, fields: Record<string, string>): string {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join('');
  return `<!doctype html><title>Launching</title><form method="post" action="${escapeHtml(action)}">${inputs}<button>Continue</button></form><script>document.forms[0].submit()</script>`;
}
