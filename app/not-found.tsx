import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="stack">
      <h1>Not found</h1>
      <p>There is no page, quiz or concept at this address. It may have been renamed.</p>
      <Link className="button" href="/">
        Back to the home page
      </Link>
    </div>
  );
}
