import { AppError } from '../../shared/app-error';

/** A subscription URL whose host this build of ClipRelay may not reach; the message names the setting to change. */
export class PackHostNotAllowedError extends AppError {
  readonly host: string;

  constructor(init: { host: string; allowedHosts: readonly string[] }) {
    const allowed = init.allowedHosts.length === 0 ? 'no pack hosts at all' : `only ${init.allowedHosts.join(', ')}`;
    super(
      `This build of ClipRelay may fetch packs from ${allowed}, not from ${init.host}. Whoever builds the plugin adds the host to ` +
        `"packHosts" in cliprelay.build.json (or builds with --env pack-host=${init.host}) and reinstalls it; the manifest then lets the panel reach it.`,
      {
        localized:
          init.allowedHosts.length === 0
            ? { id: 'packs.noHostAllowed', values: { host: init.host } }
            : { id: 'packs.hostNotAllowed', values: { host: init.host, hosts: init.allowedHosts.join(', ') } },
      },
    );
    this.name = 'PackHostNotAllowedError';
    this.host = init.host;
  }
}
