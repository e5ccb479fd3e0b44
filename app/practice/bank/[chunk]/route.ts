import { practiceBank } from '@/server/practice-bank';

export const dynamic = 'force-static';
// Only the chunks the build wrote exist; any other number is a plain 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return practiceBank().chunks.map((c) => ({ chunk: String(c.chunk) }));
}

export async function GET(_request: Request, context: { params: Promise<{ chunk: string }> }) {
  const { chunk } = await context.params;
  const found = practiceBank().chunks.find((c) => String(c.chunk) === chunk);
  if (!found) return new Response('No such chunk.', { status: 404 });
  return Response.json(found);
}
