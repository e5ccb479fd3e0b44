/**
 * Own items through their routes, on SQLite and on PostgreSQL: who may see and change what,
 * versions that assignments keep, and imports that refuse bad files item by item.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as attemptRoute from '@/app/api/a/[code]/attempt/route';
import * as assignmentRoute from '@/app/api/assignments/[id]/route';
import * as assignments from '@/app/api/assignments/route';
import * as itemRoute from '@/app/api/items/[id]/route';
import * as duplicateRoute from '@/app/api/items/[id]/duplicate/route';
import * as checkRoute from '@/app/api/items/check/route';
import * as exportRoute from '@/app/api/items/export/route';
import * as importRoute from '@/app/api/items/import/route';
import * as interchangeRoute from '@/app/api/items/interchange/route';
import * as items from '@/app/api/items/route';
import * as shares from '@/app/api/items/shares/route';
import * as join_ from '@/app/api/join/route';
import { DEFAULT_SETTINGS } from '@/lib/assignments/settings';
import { ownYaml } from '@/lib/authoring/yaml';
import { closeDb } from '@/server/db';
import { routeEngines } from './support/engines';
import { signedUpInstructor } from './support/classroom';
import { Browser, params } from './support/http';
import { ownScenario, withLens } from '../unit/authoring/own-scenario';

type Saved = { item: { id: string; version: number; status: string } };

const engines = routeEngines('items');

describe.each(engines)('own items on $name', ({ setUp }) => {
  let tearDown: () => Promise<void>;
  beforeAll(async () => {
    process.env.TRUST_PROXY = '1';
    await closeDb();
    tearDown = await setUp();
  });
  afterAll(async () => {
    await closeDb();
    await tearDown();
    delete process.env.DATABASE_URL;
    delete process.env.TRUST_PROXY;
  });

  async function create(
    browser: Browser,
    scenario: Record<string, unknown>,
    status: 'draft' | 'ready' = 'ready',
  ) {
    return browser.send(items.POST, { path: '/api/items', body: { scenario, status } });
  }

  async function createReady(browser: Browser, scenario = ownScenario()): Promise<string> {
    const response = await create(browser, scenario);
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return ((await response.json()) as Saved).item.id;
  }

  const get = (browser: Browser, id: string) =>
    browser.send(itemRoute.GET, { method: 'GET', path: `/api/items/${id}` }, params({ id }));
  const put = (browser: Browser, id: string, scenario: Record<string, unknown>, status = 'ready') =>
    browser.send(
      itemRoute.PUT,
      { method: 'PUT', path: `/api/items/${id}`, body: { scenario, status } },
      params({ id }),
    );

  async function upload(
    browser: Browser,
    bytes: Uint8Array<ArrayBuffer> | string,
    query: string,
  ): Promise<{ status: number; body: Record<string, unknown> & { messages: string[] } }> {
    const response = await browser.send(importRoute.POST, {
      path: `/api/items/import?${query}`,
      rawBody: typeof bytes === 'string' ? new Uint8Array(Buffer.from(bytes)) : bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    return { status: response.status, body: await response.json() };
  }

  it('keeps a draft that fails the checks, refuses it as ready with every problem, and counts versions', async () => {
    const ada = await signedUpInstructor();
    const draft = withLens(
      'whyNot',
      {},
      ownScenario({ title: 'An official visit by a Kestrian frigate' }),
    );
    const refused = await create(ada, draft, 'ready');
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as { checks: { field: string; message: string }[] };
    expect(body.checks.map((c) => c.field)).toEqual(
      expect.arrayContaining(['title', 'lenses.pajtinka.whyNot.information']),
    );

    const saved = await create(ada, draft, 'draft');
    expect(saved.status).toBe(201);
    const { item } = (await saved.json()) as Saved;
    expect(item).toMatchObject({ status: 'draft', version: 1 });

    const fixed = await put(ada, item.id, ownScenario());
    expect(((await fixed.json()) as Saved).item).toMatchObject({ status: 'ready', version: 2 });
    const same = await put(ada, item.id, ownScenario());
    expect(((await same.json()) as Saved).item.version).toBe(2);
  });

  it('answers 404 to another instructor for an item not shared with them, for every verb', async () => {
    const ada = await signedUpInstructor();
    const eve = await signedUpInstructor('Eve');
    const id = await createReady(ada);
    expect((await get(eve, id)).status).toBe(404);
    expect((await put(eve, id, ownScenario())).status).toBe(404);
    const del = await eve.send(
      itemRoute.DELETE,
      { method: 'DELETE', path: `/api/items/${id}` },
      params({ id }),
    );
    expect(del.status).toBe(404);
    const dup = await eve.send(
      duplicateRoute.POST,
      { path: `/api/items/${id}/duplicate` },
      params({ id }),
    );
    expect(dup.status).toBe(404);
    const list = (await (
      await eve.send(items.GET, { method: 'GET', path: '/api/items' })
    ).json()) as {
      mine: unknown[];
      shared: unknown[];
    };
    expect(list).toEqual({ mine: [], shared: [] });
    expect((await get(ada, id)).status).toBe(200);
  });

  it('lets a co-instructor read, use and duplicate shared items, never change them, and never see drafts', async () => {
    const ada = await signedUpInstructor();
    const bob = await signedUpInstructor('Bob');
    const id = await createReady(ada);
    const draftResponse = await create(ada, ownScenario({ id: 'half-done' }), 'draft');
    const draftId = ((await draftResponse.json()) as Saved).item.id;

    const refused = await ada.send(shares.POST, {
      path: '/api/items/shares',
      body: { email: 'nobody@example.edu' },
    });
    expect(refused.status).toBe(400);
    const shared = await ada.send(shares.POST, {
      path: '/api/items/shares',
      body: { email: bob.email },
    });
    expect(shared.status).toBe(200);

    const read = await get(bob, id);
    expect(read.status).toBe(200);
    expect(((await read.json()) as { access: string }).access).toBe('shared');
    expect((await get(bob, draftId)).status).toBe(404);
    expect((await put(bob, id, ownScenario({ title: 'Changed by Bob, who may not' }))).status).toBe(
      403,
    );
    const del = await bob.send(
      itemRoute.DELETE,
      { method: 'DELETE', path: `/api/items/${id}` },
      params({ id }),
    );
    expect(del.status).toBe(403);

    const copy = await bob.send(
      duplicateRoute.POST,
      { path: `/api/items/${id}/duplicate` },
      params({ id }),
    );
    expect(copy.status).toBe(201);
    const copied = ((await copy.json()) as Saved).item;
    expect((await get(bob, copied.id)).status).toBe(200);
    expect(((await (await get(bob, copied.id)).json()) as { access: string }).access).toBe('owner');

    const lists = (await (
      await bob.send(items.GET, { method: 'GET', path: '/api/items' })
    ).json()) as {
      mine: { slug: string }[];
      shared: { id: string; ownerName: string }[];
    };
    expect(lists.mine.map((i) => i.slug)).toEqual(['kestrian-frigate-visit-copy']);
    expect(lists.shared).toEqual([expect.objectContaining({ id, ownerName: 'Ada' })]);

    const bobsAssignment = await bob.send(assignments.POST, {
      path: '/api/assignments',
      body: {
        title: 'From Ada’s items',
        items: { source: 'picked', items: [`own-${id}.pajtinka`] },
        settings: DEFAULT_SETTINGS,
      },
    });
    expect(bobsAssignment.status).toBe(201);

    const stop = await ada.send(shares.DELETE, {
      method: 'DELETE',
      path: '/api/items/shares',
      body: {
        instructorId: (
          (await (
            await ada.send(shares.GET, { method: 'GET', path: '/api/items/shares' })
          ).json()) as { shares: { id: string }[] }
        ).shares[0]!.id,
      },
    });
    expect(stop.status).toBe(200);
    expect((await get(bob, id)).status).toBe(404);
  });

  it('keeps the version an assignment was given when the item changes, and shows where it is used', async () => {
    const ada = await signedUpInstructor();
    const id = await createReady(ada);
    const made = await ada.send(assignments.POST, {
      path: '/api/assignments',
      body: {
        title: 'Own items only',
        items: {
          source: 'filters',
          frameworks: [],
          categories: [],
          difficulties: [],
          kinds: [],
          pool: 'public',
          from: ['mine'],
          count: 5,
          seed: 'abcd1234',
        },
        settings: DEFAULT_SETTINGS,
      },
    });
    expect(made.status).toBe(201);
    const {
      id: assignmentId,
      joinCode,
      itemCount,
    } = (await made.json()) as {
      id: string;
      joinCode: string;
      itemCount: number;
    };
    expect(itemCount).toBe(1);

    const edited = await put(
      ada,
      id,
      ownScenario({ title: 'A Kestrian frigate stays four days in Valdoria' }),
    );
    expect(((await edited.json()) as Saved).item.version).toBe(2);

    const student = new Browser();
    await student.send(join_.POST, { path: '/api/join', body: { code: joinCode, name: 'Sam' } });
    const view = (await (
      await student.send(
        attemptRoute.GET,
        { method: 'GET', path: `/api/a/${joinCode}/attempt` },
        params({ code: joinCode }),
      )
    ).json()) as { items: { scenario?: { title: string; id: string } }[] };
    expect(view.items[0]?.scenario?.title).toBe(
      'A Kestrian frigate calls at Valdorian port for three days',
    );
    // The student's page names scenarios by opaque ids, never the own item's row id.
    expect(JSON.stringify(view)).not.toContain(id);

    const detail = (await (await get(ada, id)).json()) as {
      uses: { mine: { id: string; version: number }[] };
    };
    expect(detail.uses.mine).toEqual([expect.objectContaining({ id: assignmentId, version: 1 })]);

    const del = await ada.send(
      itemRoute.DELETE,
      { method: 'DELETE', path: `/api/items/${id}` },
      params({ id }),
    );
    expect(del.status).toBe(204);
    const still = await ada.send(
      assignmentRoute.GET,
      { method: 'GET', path: `/api/assignments/${assignmentId}` },
      params({ id: assignmentId }),
    );
    expect(
      ((await still.json()) as { assignment: { items: unknown[] } }).assignment.items,
    ).toHaveLength(1);
  });

  it('checks a draft live without storing it, with a preview of its items', async () => {
    const ada = await signedUpInstructor();
    const response = await ada.send(checkRoute.POST, {
      path: '/api/items/check',
      body: { scenario: ownScenario() },
    });
    const body = (await response.json()) as { checks: unknown[]; preview: { kind: string }[] };
    expect(body.checks).toEqual([]);
    expect(body.preview.map((i) => i.kind)).toEqual(['classify', 'sort']);
    const list = (await (
      await ada.send(items.GET, { method: 'GET', path: '/api/items' })
    ).json()) as {
      mine: unknown[];
    };
    expect(list.mine).toEqual([]);
  });

  it('round-trips a YAML export through an import into another account', async () => {
    const ada = await signedUpInstructor();
    await createReady(ada);
    await createReady(
      ada,
      ownScenario({
        id: 'second-visit',
        title: 'A second Kestrian frigate visits the Valdorian coast',
      }),
    );
    const exported = await ada.send(exportRoute.GET, {
      method: 'GET',
      path: '/api/items/export?format=yaml',
    });
    expect(exported.headers.get('content-disposition')).toContain('attache-items.yaml');
    const text = await exported.text();

    const bob = await signedUpInstructor('Bob');
    const imported = await upload(bob, text, 'format=yaml&file=ada.yaml');
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: 2, updated: 0, imported: true });
    const again = await bob.send(exportRoute.GET, {
      method: 'GET',
      path: '/api/items/export?format=yaml',
    });
    expect(await again.text()).toBe(text);

    const reimport = await upload(bob, text, 'format=yaml&file=ada.yaml');
    expect(reimport.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses a file with any invalid item and imports nothing, or only the valid ones when asked', async () => {
    const ada = await signedUpInstructor();
    const text = ownYaml([
      ownScenario(),
      withLens(
        'key',
        'espionage',
        ownScenario({ id: 'bad-key', title: 'A Kestrian frigate and a spy' }),
      ),
      withLens(
        'whyNot',
        {},
        ownScenario({ id: 'no-why-not', title: 'A Kestrian frigate without reasons' }),
      ),
    ]);
    const all = await upload(ada, text, 'format=yaml&mode=all&file=week3.yaml');
    expect(all.status).toBe(422);
    expect(all.body).toMatchObject({ imported: false, created: 0 });
    expect(all.body.messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^week3\.yaml:\d+ scenarios\[1\]\.lenses\.pajtinka\.key: unknown category "espionage"/,
        ),
        expect.stringMatching(
          /^week3\.yaml:\d+ scenarios\[2\]\.lenses\.pajtinka\.whyNot\.information: missing/,
        ),
      ]),
    );
    const list = async () =>
      (
        (await (await ada.send(items.GET, { method: 'GET', path: '/api/items' })).json()) as {
          mine: { slug: string }[];
        }
      ).mine.map((i) => i.slug);
    expect(await list()).toEqual([]);

    const valid = await upload(ada, text, 'format=yaml&mode=valid&file=week3.yaml');
    expect(valid.status).toBe(200);
    expect(valid.body).toMatchObject({ imported: true, created: 1, refused: 2 });
    expect(await list()).toEqual(['kestrian-frigate-visit']);
  });

  it('refuses broken files with a clear message and changes nothing', async () => {
    const ada = await signedUpInstructor();
    const cases: [string, Uint8Array<ArrayBuffer> | string, RegExp][] = [
      [
        'format=yaml&file=a.yaml',
        'schemaVersion: 1\nscenarios:\n  - id: [unclosed\n',
        /^a\.yaml:\d+: invalid YAML/,
      ],
      ['format=yaml&file=b.yaml', 'schemaVersion: 1\nscenarios: []\n', /no scenarios/],
      [
        'format=yaml&file=c.yaml',
        new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0xe9, 0x0a]),
        /not UTF-8/,
      ],
      ['format=csv&file=d.csv', 'id,title,text\n', /missing|required/i],
      [
        'format=csv&file=e.csv',
        new Uint8Array(Buffer.from('id,title\nab,caf\xe9\n', 'latin1')),
        /not UTF-8/,
      ],
      [
        'format=csv&file=f.csv',
        `${header()}\n${row({ title: '=HYPERLINK("http://evil.example","click")' })}\n`,
        /formula/,
      ],
      [
        'format=csv&file=g.csv',
        `${header()}\n${Array.from({ length: 10_000 }, (_, i) => `case-${i},A title,Text`).join('\n')}\n`,
        /more than 1000 rows/,
      ],
    ];
    for (const [query, bytes, expected] of cases) {
      const result = await upload(ada, bytes, query);
      expect(result.status, query).toBe(422);
      expect(result.body.messages.join('\n'), query).toMatch(expected);
    }
    const list = (await (
      await ada.send(items.GET, { method: 'GET', path: '/api/items' })
    ).json()) as {
      mine: unknown[];
    };
    expect(list.mine).toEqual([]);
    const huge = await upload(
      ada,
      `${header()}\n${Array.from({ length: 10_000 }, () => row()).join('\n')}\n`,
      'format=csv&file=huge.csv',
    );
    expect(huge.status).toBe(413);
    expect(String(huge.body.error)).toMatch(/larger than 5 MB/);
    const unsent = await ada.send(importRoute.POST, {
      path: '/api/items/import?format=pdf',
      rawBody: 'x',
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(unsent.status).toBe(400);
  });

  it('exports only the instructor’s own ready items for an LMS', async () => {
    const ada = await signedUpInstructor();
    await createReady(ada);
    const eve = await signedUpInstructor('Eve');
    const mine = await ada.send(interchangeRoute.GET, {
      method: 'GET',
      path: '/api/items/interchange?format=moodle',
    });
    expect(mine.status).toBe(200);
    expect(await mine.text()).toContain('A Kestrian frigate calls at Valdorian port');
    const theirs = await eve.send(interchangeRoute.GET, {
      method: 'GET',
      path: '/api/items/interchange?format=gift',
    });
    expect(await theirs.text()).not.toContain('Kestrian');
    const bad = await ada.send(interchangeRoute.GET, {
      method: 'GET',
      path: '/api/items/interchange?format=docx',
    });
    expect(bad.status).toBe(400);
  });

  it('imports a spreadsheet of single-best items, with the Excel ";" variant and a BOM', async () => {
    const ada = await signedUpInstructor();
    const csv = `\uFEFF${header(';')}\r\n${row({}, ';')}\r\n`;
    const result = await upload(ada, csv, 'format=csv&file=week3.csv');
    expect(result.body.messages.filter((m) => !/no "cue"|reads like/.test(m))).toEqual([]);
    expect(result.body).toMatchObject({ imported: true, created: 1 });
    const exported = await ada.send(exportRoute.GET, {
      method: 'GET',
      path: '/api/items/export?format=csv',
    });
    const bytes = Buffer.from(await exported.arrayBuffer());
    // Response.text() would drop it: the byte order mark is what makes Excel read UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('kestrian-frigate-visit');
  });
});

const CSV_COLUMNS = [
  'id',
  'title',
  'text',
  'context',
  'era',
  'region',
  'actorTypes',
  'framework',
  'key',
  'difficulty',
  'explanation',
  'whyNot.information',
  'whyNot.cooperation',
  'whyNot.arms-business',
  'whyNot.representation',
  'cue',
  'citation',
];

function header(delimiter = ','): string {
  return CSV_COLUMNS.join(delimiter);
}

function row(overrides: Record<string, string> = {}, delimiter = ','): string {
  const s = ownScenario() as Record<string, string>;
  const lens = (ownScenario().lenses as Record<string, Record<string, unknown>>).pajtinka!;
  const whyNot = lens.whyNot as Record<string, string>;
  const values: Record<string, string> = {
    id: s.id!,
    title: s.title!,
    text: s.text!,
    context: s.context!,
    era: s.era!,
    region: s.region!,
    actorTypes: 'navy',
    framework: 'pajtinka',
    key: String(lens.key),
    difficulty: '1',
    explanation: String(lens.explanation),
    'whyNot.information': whyNot.information!,
    'whyNot.cooperation': whyNot.cooperation!,
    'whyNot.arms-business': whyNot['arms-business']!,
    'whyNot.representation': whyNot.representation!,
    cue: String(lens.cue),
    citation: 'pajtinka-2016, p. 188',
    ...overrides,
  };
  return CSV_COLUMNS.map((c) => `"${values[c]!.replaceAll('"', '""')}"`).join(delimiter);
}
