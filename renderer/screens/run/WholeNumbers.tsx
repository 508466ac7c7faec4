/** A phone number or short code (three digits or more), with spaces, dots, dashes, brackets or a leading + between them. */
const NUMBER = /(\+?\(?\d(?:[\d\s().-]*\d){2,})/;

/**
 * Text whose numbers ("1-888-373-7888", "text 233733") never wrap mid-number: on a projector a
 * hotline split over two lines is easily misread. The words around them wrap as usual.
 */
export function WholeNumbers({ text }: { text: string }) {
  return (
    <>
      {text.split(NUMBER).map((part, index) =>
        // split() with a capturing group puts the numbers at the odd places.
        index % 2 === 1 ? (
          <span key={index} className="run-whole-number">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
