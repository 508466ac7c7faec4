import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../../core/contract/bridge';
import { presenterChannelNames } from '../../core/contract/channels';

// The projector window's bridge: only what the room may see, never the records.
contextBridge.exposeInMainWorld(
  'facilitator',
  buildBridge(presenterChannelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);
