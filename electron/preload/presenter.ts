import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../api/bridge';
import { presenterChannelNames } from '../api/channels';

// The projector window's bridge: only what the room may see, never the records.
contextBridge.exposeInMainWorld(
  'facilitator',
  buildBridge(presenterChannelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);
