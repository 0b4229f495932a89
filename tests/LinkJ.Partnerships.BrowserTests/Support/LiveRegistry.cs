using LinkJ.Partnerships.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace LinkJ.Partnerships.BrowserTests.Support;

/// <summary>The real app on real Kestrel, on a loopback port, over a fresh SQLite file.</summary>
public sealed class LiveRegistry : RegistryFactory
{
    public LiveRegistry()
    {
        // No mail server: a test message or digest goes to an .eml file in a folder of the run's own.
        Settings["Mail:PickupDirectory"] = Directory.CreateTempSubdirectory("linkj-browser-mail-").FullName;
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + path;
}
