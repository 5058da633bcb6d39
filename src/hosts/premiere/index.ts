export { loadPremiereRuntime, loadUxpHostInfo, loadUxpXmp } from './premiere-runtime';
export { PremiereHost } from './premiere-host';
