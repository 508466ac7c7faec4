/** A blank line to sign above each name, with what they sign as. */
export function Signatures({ names, role }: { names: readonly string[]; role: string }) {
  // With no facilitator on the plan, one unnamed line still leaves room to sign.
  const signers = names.length ? names : [''];
  return (
    <div className="doc-signatures">
      {signers.map((name, index) => (
        <div className="doc-signature" key={`${name}-${index}`}>
          <div className="doc-signature-line" />
          <p>
            {name ? `${name}, ` : ''}
            {role}
          </p>
        </div>
      ))}
    </div>
  );
}
