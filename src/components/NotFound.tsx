/** A view that is not there, with the way back. */
export function NotFound({ what }: { what: string }) {
  return (
    <div className="not-found">
      <h1>Not found</h1>
      <p>{what}</p>
      <p>
        <a href="#/">Back to the overview of all decisions</a>
      </p>
    </div>
  );
}
