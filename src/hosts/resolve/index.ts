export { ResolveHost } from './resolve-host';
export { runResolveDiagnostics } from './resolve-diagnostics';
