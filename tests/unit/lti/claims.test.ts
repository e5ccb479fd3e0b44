import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deepLinkResponse,
  DL,
  intentOf,
  isTeachingRole,
  launchClaimsSchema,
  LTI,
  nameOf,
  retryDelayMs,
  scoreBody,
  type LaunchClaims,
} from '@/lib/lti/claims';

const platform = { clientId: 'client-1', deploymentIds: ['dep-1'] };

function claims(overrides: Record<string, unknown> = {}): LaunchClaims {
  return launchClaimsSchema.parse({
    iss: 'https://lms.example.edu',
    sub: 'user-1',
    aud: 'client-1',
    nonce: 'n-1',
    name: 'Ana Learner',
    [`${LTI}message_type`]: 'LtiResourceLinkRequest',
    [`${LTI}version`]: '1.3.0',
    [`${LTI}deployment_id`]: 'dep-1',
    [`${LTI}roles`]: ['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'],
    [`${LTI}resource_link`]: { id: 'rl-1' },
    [`${LTI}custom`]: { attache_link: 'A'.repeat(22) },
    ...overrides,
  });
}

describe('launch claims', () => {
  it('finds the link of a resource launch', () => {
    expect(intentOf(claims(), platform, 'n-1')).toEqual({
      kind: 'resource',
      linkId: 'A'.repeat(22),
    });
  });

  it.each([
    ['another audience', { aud: 'client-2' }, 401, 'another tool'],
    ['several audiences without azp', { aud: ['client-1', 'client-2'] }, 401, 'azp'],
    ['an unregistered deployment', { [`${LTI}deployment_id`]: 'dep-9' }, 403, 'dep-9'],
    ['no resource link', { [`${LTI}resource_link`]: undefined }, 400, 'no resource link'],
    ['no Attaché link', { [`${LTI}custom`]: { attache_link: '../../etc' } }, 400, 'Select content'],
  ])('refuses %s', (_, overrides, status, message) => {
    const intent = intentOf(claims(overrides), platform, 'n-1');
    expect(intent.kind).toBe('problem');
    if (intent.kind === 'problem') {
      expect(intent.problem.status).toBe(status);
      expect(intent.problem.message).toContain(message);
    }
  });

  it('accepts several audiences when azp names this tool', () => {
    const intent = intentOf(claims({ aud: ['client-1', 'x'], azp: 'client-1' }), platform, 'n-1');
    expect(intent.kind).toBe('resource');
  });

  it('refuses a nonce from another login', () => {
    expect(intentOf(claims(), platform, 'n-2')).toMatchObject({
      kind: 'problem',
      problem: { status: 401 },
    });
  });

  it('reads a deep-linking request, and refuses one that takes no resource links', () => {
    const settings = {
      deep_link_return_url: 'https://lms.example.edu/return',
      accept_types: ['ltiResourceLink'],
      data: 'd',
    };
    const deep = {
      [`${LTI}message_type`]: 'LtiDeepLinkingRequest',
      [`${DL}deep_linking_settings`]: settings,
    };
    expect(intentOf(claims(deep), platform, 'n-1')).toEqual({
      kind: 'deep-link',
      returnUrl: settings.deep_link_return_url,
      data: 'd',
    });
    const files = {
      ...deep,
      [`${DL}deep_linking_settings`]: { ...settings, accept_types: ['file'] },
    };
    expect(intentOf(claims(files), platform, 'n-1').kind).toBe('problem');
  });

  it('refuses claims that are not LTI 1.3', () => {
    for (const bad of [
      { [`${LTI}version`]: '1.1' },
      { [`${LTI}message_type`]: 'Other' },
      { iss: 'javascript:alert(1)' },
    ]) {
      expect(launchClaimsSchema.safeParse({ ...claims(), ...bad }).success).toBe(false);
    }
  });

  it('never throws on arbitrary payloads', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        launchClaimsSchema.safeParse(value);
      }),
    );
  });
});

describe('roles and names', () => {
  it('tells teaching staff from learners, in full and short forms', () => {
    expect(isTeachingRole(['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'])).toBe(
      true,
    );
    expect(isTeachingRole(['Instructor'])).toBe(true);
    expect(
      isTeachingRole(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator']),
    ).toBe(true);
    expect(isTeachingRole(['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'])).toBe(
      false,
    );
    expect(isTeachingRole(['http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor'])).toBe(
      false,
    );
    expect(isTeachingRole([])).toBe(false);
  });

  it('names a learner as the LMS does, within 60 characters', () => {
    expect(nameOf({ given_name: 'Ana', family_name: 'Learner' })).toBe('Ana Learner');
    expect(nameOf({ name: '  Ben  ' })).toBe('Ben');
    expect(nameOf({})).toBe('Learner');
    expect(nameOf({ name: 'x'.repeat(80) })).toHaveLength(60);
  });
});

describe('messages back to the LMS', () => {
  it('answers deep linking with one resource link and its gradebook column', () => {
    const message = deepLinkResponse({
      nonce: 'n',
      clientId: 'client-1',
      issuer: 'https://lms.example.edu',
      deploymentId: 'dep-1',
      data: 'opaque',
      title: 'Week 3',
      launchUrl: 'https://attache.example.edu/lti/launch',
      linkId: 'L'.repeat(22),
      scoreMaximum: 10,
    });
    expect(message).toMatchObject({
      iss: 'client-1',
      aud: 'https://lms.example.edu',
      [`${DL}data`]: 'opaque',
      [`${DL}content_items`]: [
        {
          type: 'ltiResourceLink',
          custom: { attache_link: 'L'.repeat(22) },
          lineItem: { scoreMaximum: 10 },
        },
      ],
    });
  });

  it('sends a finished, fully graded score', () => {
    expect(scoreBody({ userId: 'u', scoreGiven: 3, scoreMaximum: 10, timestamp: 0 })).toEqual({
      userId: 'u',
      scoreGiven: 3,
      scoreMaximum: 10,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      timestamp: '1970-01-01T00:00:00.000Z',
    });
  });

  it('waits longer after each failed try, up to six hours', () => {
    expect([1, 2, 3, 4].map((t) => retryDelayMs(t))).toEqual([30_000, 60_000, 120_000, 240_000]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 3_600_000 }),
        (tries, base) => {
          const wait = retryDelayMs(tries, base);
          expect(wait).toBeLessThanOrEqual(6 * 3600_000);
          expect(retryDelayMs(tries + 1, base)).toBeGreaterThanOrEqual(wait);
        },
      ),
    );
  });
});
