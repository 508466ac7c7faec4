import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { closeOnEscape } from '../../../components/closeOnEscape';

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

  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, []);

  return (
    <div ref={ref} id={id} role="group" aria-labelledby={`${id}-question`} className="run-attendance-question" onKeyDown={closeOnEscape(onCancel)}>
      <p id={`${id}-question`} className="run-attendance-question-text">
        {question}
      </p>
      <div className="actions">{children}</div>
    </div>
  );
}
