// The open draft's place in the newsroom (draft-newsroom.ts), shared by the shell with the
// editor's suggesting plugin, the review panels and the stage menu.
import { createContext, useContext } from 'react';
import type { DraftNewsroom } from './draft-newsroom.ts';

/** Before the sites are read, and outside a shell: a reporter on their own story, unnamed. */
export const NO_NEWSROOM: DraftNewsroom = {
  site: null,
  role: 'reporter',
  othersStory: false,
  reviewerName: '',
};

export const DraftNewsroomContext = createContext<DraftNewsroom>(NO_NEWSROOM);

export function useDraftNewsroom(): DraftNewsroom {
  return useContext(DraftNewsroomContext);
}
