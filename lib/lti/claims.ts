/**
 * LTI 1.3 and its services as data: the claims a launch carries, what they mean for Attaché,
 * and the messages the tool sends back. Pure: the signatures are checked by jose in server/lti.
 */
import { z } from 'zod';

export const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';
export const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';
export const AGS = 'https://purl.imsglobal.org/spec/lti-ags/';
export const NRPS = 'https://purl.imsglobal.org/spec/lti-nrps/';

export const SCOPES = {
  lineItem: `${AGS}scope/lineitem`,
  score: `${AGS}scope/score`,
  memberships: `${NRPS}scope/contextmembership.readonly`,
} as const;

const url = z.url({ protocol: /^https?$/ }).max(2000);
const shortText = z.string().min(1).max(255);

/** The claims of an id_token after jose has checked its signature, iss, aud, exp and iat. */
export const launchClaimsSchema = z.object({
  iss: url,
  sub: shortText,
  aud: z.union([shortText, z.array(shortText).min(1)]),
  azp: shortText.optional(),
  nonce: shortText,
  name: z.string().max(200).optional(),
  given_name: z.string().max(100).optional(),
  family_name: z.string().max(100).optional(),
  [`${LTI}message_type`]: z.enum(['LtiResourceLinkRequest', 'LtiDeepLinkingRequest']),
  [`${LTI}version`]: z.literal('1.3.0'),
  [`${LTI}deployment_id`]: shortText,
  [`${LTI}roles`]: z.array(z.string().max(300)).max(50),
  [`${LTI}target_link_uri`]: url.optional(),
  [`${LTI}resource_link`]: z
    .object({ id: shortText, title: z.string().max(300).optional() })
    .optional(),
  [`${LTI}context`]: z
    .object({
      id: shortText,
      title: z.string().max(300).optional(),
      label: z.string().max(300).optional(),
    })
    .optional(),
  [`${LTI}custom`]: z.record(z.string(), z.unknown()).optional(),
  [`${AGS}claim/endpoint`]: z
    .object({
      scope: z.array(z.string()).max(10),
      lineitem: url.optional(),
      lineitems: url.optional(),
    })
    .optional(),
  [`${NRPS}claim/namesroleservice`]: z.object({ context_memberships_url: url }).optional(),
  [`${DL}deep_linking_settings`]: z
    .object({
      deep_link_return_url: url,
      accept_types: z.array(z.string()).max(20),
      data: z.string().max(4000).optional(),
    })
    .optional(),
});
export type LaunchClaims = z.infer<typeof launchClaimsSchema>;

/** Why a launch is refused, in words an instructor can pass on to their LMS administrator. */
export type LaunchProblem = { status: 400 | 401 | 403 | 404; message: string };

/** What a verified launch asks for, or why it cannot go on. */
export type LaunchIntent =
  | { kind: 'deep-link'; returnUrl: string; data?: string }
  | { kind: 'resource'; linkId: string }
  | { kind: 'problem'; problem: LaunchProblem };

const INSTRUCTOR_ROLES = [
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper',
  'http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator',
  'http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator',
];

/** Teaching staff see the instructor view; every other role (learner, mentor, guest) takes the attempt. */
export function isTeachingRole(roles: readonly string[]): boolean {
  return roles.some(
    (role) =>
      INSTRUCTOR_ROLES.includes(role) ||
      // LIS short forms some platforms still send, e.g. "Instructor" or "membership#Instructor".
      /(^|#|\/)(Instructor|ContentDeveloper|Administrator)$/.test(role),
  );
}

/** The checks the spec asks for beyond the signature: audience, deployment, message. */
export function intentOf(
  claims: LaunchClaims,
  platform: { clientId: string; deploymentIds: readonly string[] },
  expectedNonce: string,
): LaunchIntent {
  const refuse = (status: LaunchProblem['status'], message: string): LaunchIntent => ({
    kind: 'problem',
    problem: { status, message },
  });
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(platform.clientId))
    return refuse(
      401,
      'The launch was meant for another tool (its audience is not our client id).',
    );
  if (audiences.length > 1 && claims.azp !== platform.clientId)
    return refuse(
      401,
      'The launch names several audiences but is not authorised for this tool (azp).',
    );
  if (claims.nonce !== expectedNonce)
    return refuse(401, 'The launch does not answer the login this browser started (nonce).');
  if (!platform.deploymentIds.includes(claims[`${LTI}deployment_id`]))
    return refuse(
      403,
      `The deployment "${claims[`${LTI}deployment_id`]}" is not registered for this LMS in Attaché. Add it on the LMS page.`,
    );
  if (claims[`${LTI}message_type`] === 'LtiDeepLinkingRequest') {
    const settings = claims[`${DL}deep_linking_settings`];
    if (!settings) return refuse(400, 'A deep-linking launch came without its settings.');
    if (!settings.accept_types.includes('ltiResourceLink'))
      return refuse(400, 'This LMS does not accept LTI resource links here.');
    return {
      kind: 'deep-link',
      returnUrl: settings.deep_link_return_url,
      ...(settings.data === undefined ? {} : { data: settings.data }),
    };
  }
  if (!claims[`${LTI}resource_link`]) return refuse(400, 'The launch names no resource link.');
  const link = claims[`${LTI}custom`]?.attache_link;
  if (typeof link !== 'string' || !/^[A-Za-z0-9_-]{22}$/.test(link))
    return refuse(
      400,
      'This link does not name an Attaché activity. Add the activity again from the LMS with “Select content”.',
    );
  return { kind: 'resource', linkId: link };
}

/** The learner's name as the LMS gives it, kept within the app's 60 characters. */
export function nameOf(claims: Pick<LaunchClaims, 'name' | 'given_name' | 'family_name'>): string {
  const full =
    claims.name?.trim() ||
    [claims.given_name, claims.family_name].filter(Boolean).join(' ').trim() ||
    'Learner';
  return full.slice(0, 60);
}

/** The deep-linking answer: one LTI resource link with a gradebook column. */
export function deepLinkResponse(input: {
  nonce: string;
  clientId: string;
  issuer: string;
  deploymentId: string;
  data?: string;
  title: string;
  launchUrl: string;
  linkId: string;
  scoreMaximum: number;
}): Record<string, unknown> {
  return {
    iss: input.clientId,
    aud: input.issuer,
    nonce: input.nonce,
    [`${LTI}message_type`]: 'LtiDeepLinkingResponse',
    [`${LTI}version`]: '1.3.0',
    [`${LTI}deployment_id`]: input.deploymentId,
    ...(input.data === undefined ? {} : { [`${DL}data`]: input.data }),
    [`${DL}content_items`]: [
      {
        type: 'ltiResourceLink',
        title: input.title,
        url: input.launchUrl,
        custom: { attache_link: input.linkId },
        lineItem: {
          scoreMaximum: input.scoreMaximum,
          label: input.title,
          resourceId: input.linkId,
        },
      },
    ],
  };
}

/** An AGS score: the attempt is complete and its marks are final. */
export function scoreBody(input: {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  timestamp: number;
}): Record<string, unknown> {
  return {
    userId: input.userId,
    scoreGiven: input.scoreGiven,
    scoreMaximum: input.scoreMaximum,
    activityProgress: 'Completed',
    gradingProgress: 'FullyGraded',
    timestamp: new Date(input.timestamp).toISOString(),
  };
}

/** Waits between tries to send a grade: base, 2×, 4×… (30 s, 1, 2, 4 minutes by default), at most 6 hours. */
export function retryDelayMs(tries: number, baseMs = 30_000): number {
  return Math.min(baseMs * 2 ** Math.max(0, tries - 1), 6 * 3600_000);
}

/** After this many tries a grade is marked failed and shown so; the instructor may send it again. */
export const MAX_GRADE_TRIES = 12;

/** The NRPS members list, as far as Attaché reads it. */
export const membershipsSchema = z.object({
  members: z
    .array(
      z.object({
        user_id: shortText,
        status: z.string().optional(),
        name: z.string().max(200).optional(),
        given_name: z.string().max(100).optional(),
        family_name: z.string().max(100).optional(),
        roles: z.array(z.string().max(300)).max(50),
      }),
    )
    .max(5000),
});

/** The platform's OpenID configuration, as far as dynamic registration reads it. */
export const platformConfigurationSchema = z.object({
  issuer: url,
  authorization_endpoint: url,
  token_endpoint: url,
  jwks_uri: url,
  registration_endpoint: url,
  'https://purl.imsglobal.org/spec/lti-platform-configuration': z
    .object({ product_family_code: z.string().max(100).optional() })
    .optional(),
});

/** The platform's answer to a registration: the client id and the deployment it made. */
export const registrationResponseSchema = z.object({
  client_id: shortText,
  'https://purl.imsglobal.org/spec/lti-tool-configuration': z
    .object({ deployment_id: shortText.optional() })
    .optional(),
});
