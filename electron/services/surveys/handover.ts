import type { ChannelName } from '../../../core/contract/contract';
import type { HandoverStatus, HandoverView } from '../../../core/contract/surveys';
import { AppFailure } from '../../../core/contract/result';
import type { Handlers, HandoverChannel } from '../handlers';

export type HandoverHandlers = Pick<Handlers, HandoverChannel>;

export interface HandoverDoor {
  handlers: HandoverHandlers;
  /** Why a channel is refused now (a handover is under way), or undefined when it may answer. */
  refusal(channel: ChannelName): AppFailure | undefined;
  /** The data was locked or closed: a handover cannot outlive it. */
  end(): void;
}

const notYet = (): never => {
  throw new AppFailure('internal', { code: 'unexpected' });
};

/** The youth-screen handover, held in memory only (quitting the app ends it). */
export function createHandoverDoor(): HandoverDoor {
  return {
    handlers: {
      'surveys.handoverStart': (): HandoverView => notYet(),
      'surveys.handoverStatus': (): HandoverStatus => ({ state: 'off' }),
      'surveys.handoverQuestions': (): HandoverView => notYet(),
      'surveys.handoverAnswer': (): HandoverView => notYet(),
      'surveys.handoverFinish': (): HandoverStatus => notYet(),
      'surveys.handoverUnlock': (): HandoverStatus => notYet(),
    },
    refusal: () => undefined,
    end: () => undefined,
  };
}
