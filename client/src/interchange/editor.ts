// What BPMN interchange adds to the editor: dropping a file on the canvas, "Aufräumen", import and export in "Datei".
import type { EditorFeature } from '../board/slots.ts';
import { CanvasFileDrop } from './CanvasFileDrop.tsx';
import { useInterchangeMenu } from './interchange-menu.tsx';
import { TidyButton } from './TidyButton.tsx';

export const interchangeFeature: EditorFeature = {
  id: 'interchange',
  canvasWrapper: CanvasFileDrop,
  fileMenu: useInterchangeMenu,
  topBar: [{ place: 'tools', Item: TidyButton }],
};
