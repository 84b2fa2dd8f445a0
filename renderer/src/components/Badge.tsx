/** A coloured label (a status, a share type): the class picks the colour, the title repeats the text for narrow cells. */
export function Badge({ label, className }: { label: string; className: string }) {
  return (
    <span className={`badge ${className}`} title={label}>
      {label}
    </span>
  );
}
