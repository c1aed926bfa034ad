// Firefox preferences for the tests and benchmarks that drive Debian's
// Firefox ESR (test/e2e/firefox-safer.mjs, bench/page/page-bench.mjs). Only
// constants: run on its own (as `node --test test/` does) it does nothing.

// Tor Browser's "Safer" level: the prefs its security level sets
// (kSecuritySettings in toolkit/components/securitylevel/SecurityLevel.sys.mjs,
// the "2-m" column). Safer also has NoScript block JavaScript on pages not
// served over HTTPS or .onion; there is no NoScript here.
export const SAFER = {
  "javascript.options.ion": false,
  "javascript.options.baselinejit": false,
  "javascript.options.native_regexp": false,
  "javascript.options.asmjs": false,
  "javascript.options.wasm": false,
  "mathml.disabled": true,
  "gfx.font_rendering.graphite.enabled": false,
  "gfx.font_rendering.opentype_svg.enabled": false,
  "svg.disabled": false,
};

// Firefox's own background traffic, off (puppeteer adds its own test prefs
// on top: no updates, no safe browsing, no health report). As a backstop,
// everything not addressed to loopback goes to a SOCKS proxy on
// 127.0.0.1:9, where nothing listens, with DNS through the proxy too (the
// way Tor Browser sends everything to tor); loopback itself is never
// proxied (allow_hijacking_localhost is false), so the page reaches the
// test server directly.
export const QUIET = {
  "network.proxy.type": 1,
  "network.proxy.socks": "127.0.0.1",
  "network.proxy.socks_port": 9,
  "network.proxy.socks_version": 5,
  "network.proxy.socks_remote_dns": true,
  "network.proxy.allow_hijacking_localhost": false,
  "network.proxy.failover_direct": false,
  // Firefox still resolves some of its service hosts itself (seen:
  // firefox.settings.services.mozilla.com); Tor Browser turns the resolver
  // off the same way. IP literals such as 127.0.0.1 need no DNS.
  "network.dns.disabled": true,
  "network.trr.mode": 5,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "network.predictor.enabled": false,
  "network.http.speculative-parallel-limit": 0,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "app.normandy.enabled": false,
  "app.shield.optoutstudies.enabled": false,
  "messaging-system.rsexperimentloader.enabled": false,
  "services.settings.server": "http://127.0.0.1:9/v1",
  "toolkit.telemetry.enabled": false,
  "toolkit.telemetry.unified": false,
  "toolkit.telemetry.archive.enabled": false,
  "toolkit.telemetry.server": "",
  "datareporting.usage.uploadEnabled": false,
  "browser.ping-centre.telemetry": false,
  "extensions.systemAddon.update.enabled": false,
  "extensions.blocklist.enabled": false,
  "browser.region.network.url": "",
  "browser.region.update.enabled": false,
  "browser.search.geoSpecificDefaults": false,
  "geo.enabled": false,
  "media.gmp-gmpopenh264.enabled": false,
  "media.gmp-manager.url": "",
  "dom.push.enabled": false,
  "dom.push.connection.enabled": false,
  "security.OCSP.enabled": 0,
  "security.remote_settings.crlite_filters.enabled": false,
  "security.remote_settings.intermediates.enabled": false,
  "browser.safebrowsing.downloads.remote.enabled": false,
  "browser.newtabpage.activity-stream.feeds.section.topstories": false,
  "browser.topsites.contile.enabled": false,
  "browser.discovery.enabled": false,
  "browser.translations.enable": false,
  "browser.ml.enable": false,
  "identity.fxaccounts.enabled": false,
};
