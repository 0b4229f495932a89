using System.Net;
using LinkJ.Partnerships.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>Which host the app answers to, and which proxies it believes: README, "Behind a reverse proxy".</summary>
public static class PublicAddressSetup
{
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration[PublicAddress.Setting];
        Uri? baseUrl = null;
        if (!string.IsNullOrWhiteSpace(configured)
            && (!Uri.TryCreate(configured, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("https" or "http") || baseUrl.Query.Length > 0))
        {
            throw new OperatorError($"{PublicAddress.Setting} is \"{configured}\"; set it to the registry's public address, such as https://registry.example.org.");
        }

        services.AddSingleton(new PublicAddress(baseUrl));
        if (baseUrl is not null)
        {
            // Runs after the host's own reading of AllowedHosts: the public host is always allowed, and "*" is narrowed to it.
            services.PostConfigure<HostFilteringOptions>(options =>
            {
                var others = options.AllowedHosts.Where(h => h != "*");
                options.AllowedHosts = [baseUrl.IdnHost, .. others];
            });
        }

        // Forwarded headers only from the proxies the operator names (loopback by default), so a client cannot claim
        // to be someone else or to have come over HTTPS.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in (configuration["ForwardedHeaders:KnownProxies"] ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new OperatorError($"ForwardedHeaders:KnownProxies lists \"{proxy}\", which is not an IP address."));
            }
        });
        return services;
    }
}
