/**
 * The LMSs an instructor registered, by hand or by LTI Dynamic Registration, and the remote
 * key sets their launches are checked against.
 */
import { createRemoteJWKSet } from 'jose';
import { z } from 'zod';
import { platformConfigurationSchema, registrationResponseSchema, SCOPES } from '@/lib/lti/claims';
import { hashToken, newId, newToken } from '../auth/tokens';
import type { Db } from '../db/connect';
import type { Selectable } from 'kysely';
import type { LtiPlatformTable } from '../db/schema';

export type Platform = {
  id: string;
  ownerId: string;
  name: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
};

const httpUrl = z.url({ protocol: /^https?$/ }).max(2000);
const field = z.string().trim().min(1, 'required').max(255);

export const platformInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'a name you will recognise, e.g. “University Moodle”').max(100),
  issuer: httpUrl,
  clientId: field,
  deploymentIds: z.array(field).min(1, 'at least one deployment id').max(20),
  authUrl: httpUrl,
  tokenUrl: httpUrl,
  jwksUrl: httpUrl,
});
export type PlatformInput = z.infer<typeof platformInputSchema>;

const deploymentIdsSchema = z.array(z.string());

function platformOf(row: Selectable<LtiPlatformTable>): Platform {
  return {
    id: row.id,
    ownerId: row.owner_id,
    name: row.name,
    issuer: row.issuer,
    clientId: row.client_id,
    deploymentIds: deploymentIdsSchema.parse(JSON.parse(row.deployment_ids)),
    authUrl: row.auth_url,
    tokenUrl: row.token_url,
    jwksUrl: row.jwks_url,
  };
}

export type RegisterResult = { ok: true; platform: Platform } | { ok: false; reason: string };

/**
 * Registers a platform for an instructor. Registering the same issuer and client id again adds
 * deployment ids (an LMS makes one per course or site) when it is the same owner's.
 */
export async function registerPlatform(
  db: Db,
  ownerId: string,
  input: PlatformInput,
  now: number,
): Promise<RegisterResult> {
  const existing = await db
    .selectFrom('lti_platform')
    .selectAll()
    .where('issuer', '=', input.issuer)
    .where('client_id', '=', input.clientId)
    .executeTakeFirst();
  if (existing) {
    if (existing.owner_id !== ownerId)
      return { ok: false, reason: 'Another account has registered this LMS client already.' };
    const merged = [...new Set([...platformOf(existing).deploymentIds, ...input.deploymentIds])];
    await db
      .updateTable('lti_platform')
      .set({
        name: input.name,
        deployment_ids: JSON.stringify(merged),
        auth_url: input.authUrl,
        token_url: input.tokenUrl,
        jwks_url: input.jwksUrl,
      })
      .where('id', '=', existing.id)
      .execute();
    return { ok: true, platform: { ...platformOf(existing), ...input, deploymentIds: merged } };
  }
  const id = newId();
  await db
    .insertInto('lti_platform')
    .values({
      id,
      owner_id: ownerId,
      name: input.name,
      issuer: input.issuer,
      client_id: input.clientId,
      deployment_ids: JSON.stringify(input.deploymentIds),
      auth_url: input.authUrl,
      token_url: input.tokenUrl,
      jwks_url: input.jwksUrl,
      created_at: now,
    })
    .execute();
  return { ok: true, platform: { id, ownerId, ...input } };
}

export async function platformsOf(db: Db, ownerId: string): Promise<Platform[]> {
  const rows = await db
    .selectFrom('lti_platform')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('created_at')
    .execute();
  return rows.map(platformOf);
}

export async function platformById(db: Db, id: string): Promise<Platform | undefined> {
  const row = await db
    .selectFrom('lti_platform')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? platformOf(row) : undefined;
}

/** The platform a login names: by issuer, and by client id when the LMS sends it. */
export async function platformForLogin(
  db: Db,
  issuer: string,
  clientId: string | undefined,
): Promise<Platform | 'ambiguous' | undefined> {
  let query = db.selectFrom('lti_platform').selectAll().where('issuer', '=', issuer);
  if (clientId !== undefined) query = query.where('client_id', '=', clientId);
  const rows = await query.limit(2).execute();
  if (rows.length > 1) return 'ambiguous';
  return rows[0] ? platformOf(rows[0]) : undefined;
}

export async function deletePlatform(db: Db, ownerId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('lti_platform')
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

const remoteSets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/**
 * The platform's public keys, fetched once and kept; an id_token signed with a key id we have
 * not seen makes jose fetch the set again (at most every 2 s), so a platform may rotate keys.
 */
export function platformKeys(jwksUrl: string): ReturnType<typeof createRemoteJWKSet> {
  let set = remoteSets.get(jwksUrl);
  if (!set) {
    set = createRemoteJWKSet(new URL(jwksUrl), {
      cooldownDuration: 2_000,
      cacheMaxAge: 24 * 3600_000,
      timeoutDuration: 5_000,
    });
    remoteSets.set(jwksUrl, set);
  }
  return set;
}

// ---- LTI Dynamic Registration -------------------------------------------------------------

export const REGISTRATION_DAYS = 7;

/** A link the instructor pastes into their LMS's "register a tool" box; it works once. */
export async function newRegistrationToken(db: Db, ownerId: string, now: number): Promise<string> {
  const token = newToken();
  await db
    .insertInto('lti_registration')
    .values({
      token_hash: hashToken(token),
      owner_id: ownerId,
      expires_at: now + REGISTRATION_DAYS * 24 * 3600_000,
    })
    .execute();
  return token;
}

export type ToolUrls = {
  origin: string;
  login: string;
  launch: string;
  jwks: string;
  icon: string;
};

export function toolUrls(origin: string): ToolUrls {
  return {
    origin,
    login: `${origin}/lti/login`,
    launch: `${origin}/lti/launch`,
    jwks: `${origin}/lti/jwks`,
    icon: `${origin}/icon.svg`,
  };
}

/** The registration the tool sends (LTI Dynamic Registration 1.0, section 3.5). */
export function toolRegistration(urls: ToolUrls): Record<string, unknown> {
  const host = new URL(urls.origin).host;
  return {
    application_type: 'web',
    response_types: ['id_token'],
    grant_types: ['implicit', 'client_credentials'],
    initiate_login_uri: urls.login,
    redirect_uris: [urls.launch],
    client_name: 'Attaché',
    jwks_uri: urls.jwks,
    logo_uri: urls.icon,
    token_endpoint_auth_method: 'private_key_jwt',
    scope: [SCOPES.lineItem, SCOPES.score, SCOPES.memberships].join(' '),
    'https://purl.imsglobal.org/spec/lti-tool-configuration': {
      domain: host,
      target_link_uri: urls.launch,
      claims: ['iss', 'sub', 'name', 'given_name', 'family_name'],
      messages: [
        { type: 'LtiDeepLinkingRequest', target_link_uri: urls.launch, label: 'Attaché' },
        { type: 'LtiResourceLinkRequest', target_link_uri: urls.launch },
      ],
      description: 'Classify real cases of defence diplomacy; scores go to the gradebook.',
    },
  };
}

type Fetch = typeof fetch;

/**
 * Runs a dynamic registration: reads the platform's configuration, registers the tool there and
 * stores the platform for the instructor whose one-time link was used.
 */
export async function registerDynamically(
  db: Db,
  input: { token: string; configurationUrl: string; registrationToken?: string; urls: ToolUrls },
  now: number,
  fetchImpl: Fetch = fetch,
): Promise<RegisterResult> {
  const claimed = await db
    .deleteFrom('lti_registration')
    .where('token_hash', '=', hashToken(input.token))
    .returning(['owner_id', 'expires_at'])
    .executeTakeFirst();
  if (!claimed || claimed.expires_at <= now)
    return {
      ok: false,
      reason: 'This registration link has been used or has expired. Make a new one in Attaché.',
    };
  const configUrl = httpUrl.safeParse(input.configurationUrl);
  if (!configUrl.success)
    return { ok: false, reason: 'The LMS sent no valid openid_configuration URL.' };
  let configuration: z.infer<typeof platformConfigurationSchema>;
  try {
    const response = await fetchImpl(configUrl.data, {
      headers: input.registrationToken
        ? { authorization: `Bearer ${input.registrationToken}` }
        : {},
      signal: AbortSignal.timeout(10_000),
    });
    const parsed = platformConfigurationSchema.safeParse(await response.json());
    if (!response.ok || !parsed.success)
      return { ok: false, reason: 'The LMS’s configuration could not be read.' };
    configuration = parsed.data;
  } catch {
    return { ok: false, reason: 'The LMS’s configuration could not be fetched.' };
  }
  // The configuration must come from the issuer it names (Dynamic Registration §3.4).
  if (!configUrl.data.startsWith(configuration.issuer))
    return { ok: false, reason: 'The LMS’s configuration names another issuer than its address.' };
  let registered: z.infer<typeof registrationResponseSchema>;
  try {
    const response = await fetchImpl(configuration.registration_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(input.registrationToken ? { authorization: `Bearer ${input.registrationToken}` } : {}),
      },
      body: JSON.stringify(toolRegistration(input.urls)),
      signal: AbortSignal.timeout(10_000),
    });
    const parsed = registrationResponseSchema.safeParse(await response.json());
    if (!response.ok || !parsed.success)
      return { ok: false, reason: `The LMS refused the registration (HTTP ${response.status}).` };
    registered = parsed.data;
  } catch {
    return { ok: false, reason: 'The LMS could not be reached to register.' };
  }
  const deploymentId =
    registered['https://purl.imsglobal.org/spec/lti-tool-configuration']?.deployment_id;
  const family =
    configuration['https://purl.imsglobal.org/spec/lti-platform-configuration']
      ?.product_family_code;
  return registerPlatform(
    db,
    claimed.owner_id,
    {
      name: family
        ? `${family} (${new URL(configuration.issuer).host})`
        : new URL(configuration.issuer).host,
      issuer: configuration.issuer,
      clientId: registered.client_id,
      deploymentIds: deploymentId ? [deploymentId] : [],
      authUrl: configuration.authorization_endpoint,
      tokenUrl: configuration.token_endpoint,
      jwksUrl: configuration.jwks_uri,
    },
    now,
  );
}

/** The origin of the LMS a login in flight belongs to: the one page that may frame our answer. */
export async function platformOfState(db: Db, state: string): Promise<string[]> {
  const row = await db
    .selectFrom('lti_login')
    .innerJoin('lti_platform', 'lti_platform.id', 'lti_login.platform_id')
    .select(['lti_platform.issuer', 'lti_platform.auth_url'])
    .where('lti_login.state', '=', state)
    .executeTakeFirst();
  return row ? framersOf({ issuer: row.issuer, authUrl: row.auth_url }) : [];
}

/** The origins that may frame our answer to a launch: the LMS's own. */
export function framersOf(platform: Pick<Platform, 'issuer' | 'authUrl'>): string[] {
  return [...new Set([new URL(platform.issuer).origin, new URL(platform.authUrl).origin])];
}
