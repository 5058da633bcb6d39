export { ResolveHost } from './resolve-host';
