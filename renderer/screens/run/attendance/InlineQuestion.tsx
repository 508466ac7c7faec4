import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface InlineQuestionProps {
  id: string;
  question: string;
  /** The answers, first the one that goes ahead; focus moves to it when the question opens. */
  children: ReactNode;
  onCancel: () => void;
}

/** A question asked inline before a change (no dialog): Escape answers "no". */
export function InlineQuestion({ id, question, children, onCancel }: InlineQuestionProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  return (
    <div ref={ref} id={id} role="group" aria-labelledby={`${id}-question`} className="run-attendance-question" onKeyDown={onKeyDown}>
      <p id={`${id}-question`} className="run-attendance-question-text">
        {question}
      </p>
      <div className="actions">{children}</div>
    </div>
  );
}
