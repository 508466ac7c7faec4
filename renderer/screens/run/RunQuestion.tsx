import type { ReactNode } from 'react';

interface RunQuestionProps {
  id: string;
  question: string;
  /** What the answer means, under the question. */
  help: string;
  /** The answers, then anything they open. */
  children: ReactNode;
  /** Escape answers "not now". */
  onEscape: () => void;
  className?: string;
}

/** A question the session controls ask before a change (ending the session, starting on another day). */
export function RunQuestion({ id, question, help, children, onEscape, className }: RunQuestionProps) {
  return (
    <div
      className={`confirm run-confirm ${className ?? ''}`}
      role="group"
      aria-labelledby={id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onEscape();
      }}
    >
      <p className="confirm-question" id={id}>
        {question}
      </p>
      <p>{help}</p>
      {children}
    </div>
  );
}
