import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../../core/contract/bridge';
import { channelNames } from '../../core/contract/channels';

// Only the contract's channels are reachable; ipcRenderer itself never reaches the page.
contextBridge.exposeInMainWorld(
  'facilitator',
  buildBridge(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);
