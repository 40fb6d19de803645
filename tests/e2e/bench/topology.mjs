// The topology import the benchmarks time: a published topology of about 2 MB, and the time from
// choosing it to its pools listed, in a fresh page of the given context.

/** A published topology of about 2 MB (many sites and pools). */
export function bigTopology() {
  const clusters = []; const services = []; let n = 0;
  while (clusters.join('').length + services.join('').length < 2_000_000) {
    n += 1;
    const machines = Array.from({ length: 8 }, (_, m) => `<Machine OrdinalInCluster="${m + 1}" Fqdn="fe${n}-${m}.example.com"><NetInterface InterfaceSide="Primary" InterfaceNumber="1" IPAddress="0.0.0.0" /></Machine>`).join('');
    clusters.push(`<Cluster Fqdn="pool${n}.example.com" RequiresReplication="true" RequiresSetup="true"><ClusterId SiteId="1" Number="${n}" />${machines}</Cluster>`);
    services.push(`<Service RoleVersion="1" ServiceVersion="6"><ServiceId SiteId="1" RoleName="UserServices" Instance="${n}" /><InstalledOn><ClusterId SiteId="1" Number="${n}" /></InstalledOn><Ports>${'<Port Owner="urn:component:Registrar" Usage="SipServer" InterfaceSide="Primary" InterfaceNumber="1" Port="5061" Protocol="Mtls" UrlPath="/" AuthorizesRequests="true" />'.repeat(6)}</Ports></Service>`);
  }
  return `<?xml version="1.0" encoding="utf-8"?><Topology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008"><Sites><CentralSite SiteId="1"><Name>Big</Name></CentralSite></Sites><Clusters>${clusters.join('')}</Clusters><SqlInstances /><Services>${services.join('')}</Services></Topology>`;
}

/** Milliseconds from choosing the topology file at `path` to its pools listed, on `base`. */
export async function importTime(context, base, path) {
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForSelector('.app');
  await page.click('summary:has-text("Import the topology")');
  const t0 = Date.now();
  await page.setInputFiles('#topology-file', path);
  await page.waitForSelector('.topo-summary', { timeout: 120000 });
  const ms = Date.now() - t0;
  await page.close();
  return ms;
}
