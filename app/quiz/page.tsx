import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { randomBytes } from 'node:crypto';
import Link from 'next/link';
import { z } from 'zod';
import { QuizRunner } from '@/components/quiz/QuizRunner';
import { buildQuiz } from '@/lib/quiz/build';
import { needsSeed, quizKeyOf, quizQuerySchema, specOf, type QuizSpec } from '@/lib/quiz/spec';
import { getBank } from '@/server/bank';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Quiz' };

export default async function QuizPage({ searchParams }: Props) {
  const query = quizQuerySchema.safeParse(await searchParams);
  if (!query.success) {
    return (
      <>
        <h1>That quiz link is not valid</h1>
        <p>{z.prettifyError(query.error)}</p>
        <Link href="/">Choose a quiz on the home page</Link>
      </>
    );
  }
  const seed = randomBytes(6).toString('hex').slice(0, 8);
  const spec = specOf(query.data, seed);
  // Fix the seed in the URL so that a reload rebuilds exactly this quiz.
  if (needsSeed(query.data)) redirect(`/quiz?${quizKeyOf(spec)}`);

  const bank = getBank();
  const built = buildQuiz(spec, {
    items: bank.items,
    frameworks: bank.frameworks,
    sets: bank.sets,
  });
  if (!built.ok) notFound();

  const href = `/quiz?${quizKeyOf(spec)}`;
  return (
    <>
      <h1 className="page-title-small">{built.title}</h1>
      <QuizRunner
        quizKey={quizKeyOf(spec)}
        href={href}
        title={built.title}
        items={built.items}
        certaintyBased={spec.certaintyBased}
        requestedIndex={
          query.data.q === undefined ? undefined : Math.min(query.data.q - 1, built.items.length)
        }
        newQuizHref={newQuizHref(spec)}
      />
    </>
  );
}

function newQuizHref(spec: QuizSpec): string | undefined {
  if (spec.source === 'scope')
    return `/quiz?scope=${spec.scope}&n=${spec.count}${spec.certaintyBased ? '&cbm=1' : ''}`;
  return undefined;
}
