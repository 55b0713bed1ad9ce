// What went wrong with a form as a whole, announced when it appears.
export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="field-error" role="alert">
      {error}
    </p>
  );
}
