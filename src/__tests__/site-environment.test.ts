import {describe, expect, it} from 'vitest';
import {DEFAULT_SITE_URL, siteEnvironment} from '../site-environment';

describe('siteEnvironment', () => {
  it('defaults to the placeholder origin at the root, with Faster on', () => {
    expect(siteEnvironment({})).toEqual({url: DEFAULT_SITE_URL, baseUrl: '/', faster: true});
  });

  it('reads the origin and base path of the host, normalising slashes', () => {
    expect(
      siteEnvironment({BOUSSOLE_URL: 'https://aatiko.example/', BOUSSOLE_BASE_URL: 'boussole'}),
    ).toEqual({url: 'https://aatiko.example', baseUrl: '/boussole/', faster: true});
  });

  it('turns Faster off only with BOUSSOLE_FASTER=0', () => {
    expect(siteEnvironment({BOUSSOLE_FASTER: '0'}).faster).toBe(false);
    expect(siteEnvironment({BOUSSOLE_FASTER: '1'}).faster).toBe(true);
  });

  it('refuses an origin that carries a path, and says where the path goes', () => {
    expect(() => siteEnvironment({BOUSSOLE_URL: 'https://aatiko.example/boussole'})).toThrow(/BOUSSOLE_BASE_URL/);
    expect(() => siteEnvironment({BOUSSOLE_URL: 'boussole.example'})).toThrow(/BOUSSOLE_URL/);
  });
});
