import { contract } from '../../../core/contract/contract';
import { hubSettingsInput, isAllowedHubAddress } from '../../../core/contract/hub';
import { issuesOf } from '../../../core/contract/result';

const valid = { address: 'https://hub.example.org:6984', database: 'harbor-youth', userName: 'ana.reyes', password: 'correct horse' };

function problems(input: unknown) {
  const parsed = hubSettingsInput.safeParse(input);
  return parsed.success ? [] : issuesOf(parsed.error);
}

describe('the hub connection the renderer may save', () => {
  it('takes https anywhere, and plain http only to this computer', () => {
    for (const address of ['https://hub.example.org', 'https://10.0.0.5:6984', 'http://127.0.0.1:5984', 'http://localhost:5984', 'http://[::1]:5984']) {
      expect(isAllowedHubAddress(address)).toBe(true);
      expect(problems({ ...valid, address })).toEqual([]);
    }
    for (const address of ['http://hub.example.org', 'http://10.0.0.5:5984', 'http://127.0.0.1.example.org']) {
      expect(isAllowedHubAddress(address)).toBe(false);
      expect(problems({ ...valid, address })).toEqual([{ path: 'address', rule: 'hub-not-https' }]);
    }
  });

  it('refuses an address carrying credentials, a path, a query or a fragment, and anything not a web address', () => {
    expect(problems({ ...valid, address: 'https://ana:secret@hub.example.org' })).toEqual([{ path: 'address', rule: 'hub-address-credentials' }]);
    for (const address of ['https://hub.example.org/harbor-youth', 'https://hub.example.org/?x=1', 'https://hub.example.org/#db']) {
      expect(problems({ ...valid, address })).toEqual([{ path: 'address', rule: 'hub-address-path' }]);
    }
    for (const address of ['hub.example.org', 'ftp://hub.example.org', 'file:///etc/passwd']) {
      expect(problems({ ...valid, address })).toEqual([{ path: 'address', rule: 'hub-not-an-address' }]);
    }
    expect(problems({ ...valid, address: '  ' })).toEqual([{ path: 'address', rule: 'required' }]);
  });

  it('keeps the address as its origin (no trailing slash), and the password only when one is typed', () => {
    expect(hubSettingsInput.parse({ ...valid, address: 'https://hub.example.org:6984/' }).address).toBe('https://hub.example.org:6984');
    const { password: _left, ...withoutPassword } = valid;
    expect(hubSettingsInput.parse(withoutPassword)).toEqual(withoutPassword);
  });

  it('checks the database name by CouchDB’s rules and the user name by the hub’s', () => {
    expect(problems({ ...valid, database: 'Harbor Youth' })).toEqual([{ path: 'database', rule: 'hub-database-name' }]);
    expect(problems({ ...valid, database: '_users' })).toEqual([{ path: 'database', rule: 'hub-database-name' }]);
    expect(problems({ ...valid, database: 'harbor_2027(b)+c$/d-e' })).toEqual([]);
    expect(problems({ ...valid, userName: '_admin' })).toEqual([{ path: 'userName', rule: 'hub-user-name' }]);
    expect(problems({ ...valid, userName: 'ana:reyes' })).toEqual([{ path: 'userName', rule: 'hub-user-name' }]);
  });

  it('never takes more than it names (a stray field is refused)', () => {
    expect(problems({ ...valid, admin: true })).toEqual([{ path: '', rule: 'unknown-field' }]);
    expect(contract['hub.leave'].input.safeParse({ keepCopies: 'yes' }).success).toBe(false);
    expect(contract['hub.decide'].input.safeParse({ decisionId: 'd1', keep: 'both' }).success).toBe(false);
  });
});
