import 'server-only';
import { zipSync, strToU8 } from 'fflate';
import { NextResponse } from 'next/server';
import { toGift } from '@/lib/export/gift';
import type { ExportFramework, Skipped } from '@/lib/export/interchange';
import { toMoodleXml } from '@/lib/export/moodle-xml';
import { toQti } from '@/lib/export/qti';
import type { Item } from '@/lib/items/schema';

/** The formats LMSs import questions from (README: "Taking items into your LMS"). */
export const INTERCHANGE_FORMATS = ['moodle', 'gift', 'qti'] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

export type InterchangeFile = {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** e.g. "attache-K7QX2M.moodle.xml" from the base "attache-K7QX2M". */
  filename: string;
  skipped: Skipped[];
};

/**
 * The items as a file in one format: Moodle XML, GIFT (Moodle's ".txt"), or a zipped QTI 2.1
 * package. Callers pass the items they may show (an assignment's snapshot, a set, own items).
 */
export function interchangeFile(
  items: readonly Item[],
  frameworks: readonly ExportFramework[],
  format: InterchangeFormat,
  base: string,
): InterchangeFile {
  switch (format) {
    case 'moodle': {
      const { text, skipped } = toMoodleXml(items, frameworks);
      return {
        body: strToU8(text),
        contentType: 'application/xml; charset=utf-8',
        filename: `${base}.moodle.xml`,
        skipped,
      };
    }
    case 'gift': {
      const { text, skipped } = toGift(items, frameworks);
      return {
        body: strToU8(text),
        contentType: 'text/plain; charset=utf-8',
        filename: `${base}.gift.txt`,
        skipped,
      };
    }
    case 'qti': {
      const { files } = toQti(items, frameworks);
      // The manifest first, as some importers expect; a fixed date keeps the zip reproducible.
      const zip = zipSync(
        Object.fromEntries(
          files.map((f) => [f.path, [strToU8(f.content), { mtime: ZIP_DATE }] as const]),
        ),
        { level: 6 },
      );
      return {
        body: zip as Uint8Array<ArrayBuffer>,
        contentType: 'application/zip',
        filename: `${base}.qti.zip`,
        skipped: [],
      };
    }
  }
}

const ZIP_DATE = new Date(Date.UTC(2026, 0, 1));

/** The file as a download: private, never cached, with the count of items left out. */
export function interchangeResponse(
  items: readonly Item[],
  frameworks: readonly ExportFramework[],
  format: InterchangeFormat,
  base: string,
): NextResponse {
  const file = interchangeFile(items, frameworks, format, base);
  return new NextResponse(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'private, no-store',
      'x-skipped': String(file.skipped.length),
    },
  });
}
