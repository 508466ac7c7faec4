/** A participant's code corrected on another computer and not taken here (the program hub, a bundle). */
export const participantCodesText = {
  notTaken:
    'Another computer changed {{code}} to {{wanted}}, but someone else here already has {{wanted}}, so {{code}} was kept. Correct whichever code is wrong, then save: this note goes away.',
};
