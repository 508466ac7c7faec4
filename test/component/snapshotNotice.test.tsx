import { screen } from '@testing-library/react';
import { installFakeFacilitator, sampleNotice } from './fakeFacilitator';
import { renderApp } from './renderApp';

describe('a notice about a module snapshot', () => {
  it('says the copy of the module was put back from a backup, and that nothing was lost', async () => {
    const file = 'modules/8bf756e91c86289922875a64e3f0411acba5e2e7ce3b40760e450a74297f313a.json';
    installFakeFacilitator({ notices: [sampleNotice({ code: 'module-snapshot-restored', file, movedTo: `${file.slice(0, -5)}.corrupt-1.json` })] });
    renderApp('/settings');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAccessibleName('A damaged copy of a module was replaced by its backup');
    expect(alert).toHaveTextContent(`could not read ${file}, the copy of a module that workshops were planned from`);
    expect(alert).toHaveTextContent('Nothing was lost: the copy put back was checked to be exactly the version those workshops were planned from.');
    expect(alert).toHaveTextContent('The damaged copy was kept, unchanged, at modules/');
  });
});
